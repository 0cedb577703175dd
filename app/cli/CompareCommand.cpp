// twb compare: a method beside its baselines over seeds, the table the window's
// results table shows ("Mean ± sd over seeds"), from one cached run directory a cell.
#include "cli/Args.h"
#include "cli/Commands.h"
#include "cli/Interrupt.h"
#include "cli/Print.h"

#include "base/Errors.h"
#include "compare/Cautions.h"
#include "compare/CompareRunner.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"
#include "training/Trainer.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <unistd.h>

namespace twb::cli {

namespace {

constexpr const char* kCompareHelp =
    R"(usage: twb compare EXPERIMENT.json --seeds 1,2,3 --out DIR [--methods a,b] [--set KEY=VALUE ...]
                   [--plan | --collect] [--json]

Runs the experiment's method (or each of --methods) and its baselines (source_only
and target_only; fine-tuning from scratch; each task alone) for each seed, one run
directory a cell under DIR, and prints the comparison the window's results table
shows over seeds: method, settings, target and source accuracy (mean ± sd and per
seed), domain accuracy, proxy A-distance, and the gap closed, (method - source_only)
/ (target_only - source_only). A cell already in DIR is read back, not rerun, so a
stopped comparison resumes.

options:
  --seeds 1,2,3      the seeds, comma-separated (required)
  --out DIR          the folder of the cells (required): DIR/dann-s1, DIR/source_only-s1, ...
  --methods a,b      the methods to compare (default: the experiment's own)
  --set KEY=VALUE    override one experiment key by dotted path (repeatable)
  --plan             train nothing: write each missing cell's experiment to DIR/plan/
                     and print one 'twb train' command a line, for GNU parallel or a
                     job array that fills DIR; then 'twb compare --collect' prints the table
  --collect          train nothing: print the table of the cells DIR holds
  --json             print the table as JSON
Ctrl+C stops after the running cell's current step; run the same command again to resume.
)";

std::vector<std::string> commaList(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, ',');)
    if (!item.empty())
      out.push_back(item);
  return out;
}

std::vector<std::uint64_t> seedList(const std::string& text) {
  std::vector<std::uint64_t> seeds;
  for (const std::string& s : commaList(text)) {
    if (s.find_first_not_of("0123456789") != std::string::npos || s.size() > 19)
      throw UsageError("twb compare: --seeds takes comma-separated non-negative integers, got '" + text + "'");
    seeds.push_back(std::stoull(s));
  }
  if (seeds.empty())
    throw UsageError("twb compare: --seeds 1,2,3 is required");
  return seeds;
}

// This program's own path, so a printed plan runs as it is.
std::string selfPath() {
  char path[4096];
  const ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
  if (n <= 0)
    return "twb";
  path[n] = '\0';
  return path;
}

std::string quoted(const std::string& s) {
  if (s.find_first_of(" '\"\\$`") == std::string::npos)
    return s;
  std::string out = "'";
  for (const char c : s)
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

void printTable(const std::vector<ComparisonRow>& rows, const std::string& outDir) {
  if (rows.empty()) {
    std::printf("no completed cell in %s yet\n", outDir.c_str());
    return;
  }
  const Experiment& e = rows.front().lead().experiment;
  std::printf("%s, %s, %lld steps, batch %d, %s lr %g (%s); the cells are in %s\n\n",
              methodOf(e).datasets(e).english().c_str(), e.model.backbone.c_str(),
              static_cast<long long>(e.training.steps), e.training.batchSize, e.training.optimizer.c_str(),
              e.training.lr, e.training.lrSchedule.c_str(), outDir.c_str());
  std::printf("| Method | Settings | Seeds | Target acc. | Target per seed | Source acc. | Domain acc. | Proxy A-dist. "
              "| Gap closed |\n|---|---|---|---:|---|---:|---:|---:|---:|\n");
  for (const ComparisonRow& row : rows) {
    std::printf("| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", methodText(row).c_str(),
                settingsText(row).c_str(), seedsText(row).c_str(), measureText(row, Measure::TargetAccuracy).c_str(),
                perSeedText(row).c_str(), measureText(row, Measure::SourceAccuracy).c_str(),
                measureText(row, Measure::DomainAccuracy).c_str(), measureText(row, Measure::ProxyADistance).c_str(),
                gapClosedText(row).c_str());
  }
  const std::vector<Message> notes = cautionsForRows(rows);
  if (!notes.empty())
    std::printf("\n");
  for (const Message& note : notes) // numbers that cannot be read as they look
    std::printf("Note: %s\n", note.english().c_str());
}

nlohmann::ordered_json spreadJson(const ComparisonRow& row, Measure m) {
  const Spread* s = row.measure(m);
  if (!s)
    return nullptr;
  return {{"mean", s->mean}, {"sd", s->sd}, {"per_seed", s->values}};
}

nlohmann::ordered_json tableJson(const std::vector<ComparisonRow>& rows, const std::vector<CompareCell>& missing) {
  nlohmann::ordered_json j;
  j["rows"] = nlohmann::ordered_json::array();
  for (const ComparisonRow& row : rows) {
    const Experiment& x = row.lead().experiment;
    const Method& m = methodOf(x);
    std::vector<std::string> dirs;
    for (const RunPtr& r : row.runs)
      dirs.push_back(r->dir);
    j["rows"].push_back({{"method", m.label(x).english()},
                         {"name", m.name()},
                         {"role", row.role == MethodRole::LowerBound   ? "lower_bound"
                                  : row.role == MethodRole::UpperBound ? "upper_bound"
                                                                       : "method"},
                         {"settings", settingsText(row)},
                         {"seeds", row.seeds},
                         {"target_acc", spreadJson(row, Measure::TargetAccuracy)},
                         {"source_acc", spreadJson(row, Measure::SourceAccuracy)},
                         {"domain_acc", spreadJson(row, Measure::DomainAccuracy)},
                         {"proxy_a_distance", spreadJson(row, Measure::ProxyADistance)},
                         {"images_per_second", spreadJson(row, Measure::Speed)},
                         {"gap_closed", row.gapClosed ? nlohmann::ordered_json(*row.gapClosed) : nullptr},
                         {"run_dirs", dirs}});
  }
  j["missing"] = nlohmann::ordered_json::array();
  for (const CompareCell& c : missing)
    j["missing"].push_back(c.name);
  return j;
}

} // namespace

int compareCommand(const Arguments& raw) {
  const Args args(raw, "twb compare", {"--json", "--plan", "--collect"}, {"--seeds", "--out", "--methods", "--set"});
  if (args.help()) {
    std::cout << kCompareHelp;
    return 0;
  }
  args.expectPositionals({"experiment file"});
  const std::string out = args.value("--out");
  if (out.empty())
    throw UsageError("twb compare: --out DIR is required (the folder that holds one run per cell)");
  if (args.flag("--plan") && args.flag("--collect"))
    throw UsageError("twb compare: --plan and --collect exclude each other");
  const std::vector<std::uint64_t> seeds = seedList(args.value("--seeds"));

  Experiment e = loadExperimentFile(args.positionals()[0]);
  for (const auto& s : args.values("--set"))
    applySetting(e, s);
  CompareRunner runner(e, commaList(args.value("--methods")), seeds, out);

  if (args.flag("--plan")) {
    const std::string twb = quoted(selfPath());
    for (const CompareCell& c : runner.plan())
      std::printf("%s train %s --out %s\n", twb.c_str(),
                  quoted((std::filesystem::path(out) / "plan" / (c.name + ".json")).string()).c_str(),
                  quoted(c.dir).c_str());
    return 0;
  }
  if (!args.flag("--collect")) {
    useAllCores();
    CompareCallbacks cb;
    cb.onEvent = printEvent;
    cb.onCellStarted = [](const CompareCell& c, std::size_t i, std::size_t n) {
      std::fprintf(stderr, "cell %zu/%zu: %s\n", i + 1, n, c.name.c_str());
    };
    cb.onCellDone = [](const CompareCell& c, bool cached) {
      if (cached)
        std::fprintf(stderr, "cell %s: read back from %s\n", c.name.c_str(), c.dir.c_str());
    };
    InterruptStops<CompareRunner> interrupt(runner);
    runner.run(cb);
  }
  const std::vector<CompareCell> missing = runner.missing();
  const std::vector<ComparisonRow> rows = comparisonRows(runner.completedRuns(), true);
  if (args.flag("--json")) {
    std::cout << tableJson(rows, missing).dump(2) << "\n";
  } else {
    printTable(rows, out);
    if (!missing.empty()) {
      std::string names;
      for (const CompareCell& c : missing)
        names += (names.empty() ? "" : ", ") + c.name;
      std::printf("\nmissing %zu of %zu cells: %s (run the same command again to train them, or --plan)\n",
                  missing.size(), runner.cells().size(), names.c_str());
    }
  }
  return 0;
}

} // namespace twb::cli
