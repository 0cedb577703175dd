// twb sweep-layers: which layers transfer? Target accuracy for k = 0..L copied layers,
// frozen and fine-tuned, one cached run directory per cell.
#include "cli/Args.h"
#include "cli/Commands.h"

#include "cli/Interrupt.h"
#include "cli/Print.h"

#include "experiment/ExperimentFile.h"
#include "methods/finetune/LayerSweep.h"
#include "training/Trainer.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace twb::cli {

namespace {

constexpr const char* kSweepLayersHelp =
    R"(usage: twb sweep-layers EXPERIMENT.json --out DIR [--last] [--set KEY=VALUE ...] [--json]

The layer-transfer experiment (Yosinski et al. 2014). Trains a source model
(method.pretrain_steps on the source; or model.init_from's), then for k = 0..L
copies its first k layers (all but the head) into a new target model and trains
it on the target's labels (target.labels_per_class per class) twice: (a) with the
copied layers frozen, (b) fine-tuning them. k = 0 is training from scratch.

options:
  --out DIR          one run directory per cell (DIR/source, DIR/k0-scratch,
                     DIR/first1-frozen, DIR/first1-finetuned, ...); a finished
                     cell is read back, not rerun, so a stopped sweep resumes
  --last             copy the last k layers before the head instead (the mirror experiment)
  --set KEY=VALUE    override one experiment key by dotted path (repeatable)
  --json             print {"rows": [{"k", "frozen_acc", "finetuned_acc"}], "scratch_acc"}
Ctrl+C stops the sweep after the running cell; run the same command again to resume.
)";

std::string percent(const std::optional<double>& v) {
  if (!v)
    return "     -";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%6.4f", *v);
  return buf;
}

nlohmann::ordered_json number(const std::optional<double>& v) {
  return v ? nlohmann::ordered_json(*v) : nullptr;
}

void printTable(const SweepResult& r, bool last) {
  std::printf("%-3s %-10s %-10s %-10s  %s\n", "k", "frozen", "finetuned", "",
              last ? "last k layers copied" : "first k layers copied");
  for (const auto& row : r.rows) {
    std::string copied;
    const int k = row.k;
    for (int i = 0; i < k; ++i)
      copied += (copied.empty() ? "" : ",") + r.layers[static_cast<std::size_t>(i)];
    std::printf("%-3d %-10s %-10s %-10s  %s\n", k, percent(row.frozenAcc).c_str(), percent(row.finetunedAcc).c_str(),
                "", k == 0 ? "(none: from scratch)" : copied.c_str());
  }
  std::printf("scratch baseline  %s\n", percent(r.scratchAcc).c_str());
  if (r.sourceTestAcc > 0)
    std::printf("source model's source test accuracy  %.4f\n", r.sourceTestAcc);
  if (r.stopped)
    std::printf("stopped: run the same command again to resume\n");
}

} // namespace

int sweepLayersCommand(const Arguments& raw) {
  const Args args(raw, "twb sweep-layers", {"--json", "--last"}, {"--out", "--set"});
  if (args.help()) {
    std::cout << kSweepLayersHelp;
    return 0;
  }
  args.expectPositionals({"experiment file"});
  if (args.value("--out").empty())
    throw UsageError("twb sweep-layers: --out DIR is required (the folder that holds one run per cell)");

  Experiment e = loadExperimentFile(args.positionals()[0]);
  for (const auto& s : args.values("--set"))
    applySetting(e, s);
  const bool last = args.flag("--last");

  useAllCores();
  LayerSweep sweep(e, args.value("--out"), last);
  SweepCallbacks cb;
  cb.onEvent = printEvent;
  cb.onCell = [](const SweepCell& c) {
    std::fprintf(stderr, "cell %-10s k=%d  %s %.4f%s  (%s)\n", c.variant.c_str(), c.k,
                 c.variant == "source" ? "source test" : "target test", c.targetAcc, c.cached ? " (cached)" : "",
                 c.runDir.c_str());
  };
  SweepResult r;
  {
    InterruptStops<LayerSweep> interrupt(sweep);
    r = sweep.run(cb);
  }

  if (args.flag("--json")) {
    nlohmann::ordered_json j;
    j["rows"] = nlohmann::ordered_json::array();
    for (const auto& row : r.rows)
      j["rows"].push_back(
          {{"k", row.k}, {"frozen_acc", number(row.frozenAcc)}, {"finetuned_acc", number(row.finetunedAcc)}});
    j["scratch_acc"] = number(r.scratchAcc);
    j["layers"] = r.layers;
    j["copy"] = last ? "last" : "first";
    j["source_test_acc"] = r.sourceTestAcc;
    j["stopped"] = r.stopped;
    std::cout << j.dump(2) << "\n";
  } else {
    printTable(r, last);
  }
  return 0;
}

} // namespace twb::cli
