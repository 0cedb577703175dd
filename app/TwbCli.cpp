#include "TwbCli.h"

#include "DatasetCatalog.h"
#include "Errors.h"
#include "Experiment.h"
#include "Trainer.h"
#include "Version.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>

namespace twb::cli {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kMainHelp = R"(usage: twb [--version] [--help] COMMAND [ARGS]

Transfer Workbench without a window.

commands:
  datasets [--json]                 list the built-in datasets
  train EXPERIMENT.json [--out RUN_DIR] [--set KEY=VALUE ...] [--json]
                                    run an experiment to the end and write its run directory

Run 'twb COMMAND --help' for one command's options.
Exit status: 0 ok, 1 the run failed, 2 bad usage or bad input.
)";

constexpr const char* kDatasetsHelp = R"(usage: twb datasets [--json]

Lists the built-in datasets: name, classes, train/test counts, image size,
channels, and the files each is made from.
)";

constexpr const char* kTrainHelp = R"(usage: twb train EXPERIMENT.json [--out RUN_DIR] [--set KEY=VALUE ...] [--json]

Runs an experiment to the end and writes its run directory: experiment.json
(resolved), metrics.csv, summary.json and model.pt.

options:
  --out RUN_DIR      where to write the run (default: runs/DATE-TIME-METHOD-sSEED);
                     a directory that already holds a run is refused
  --set KEY=VALUE    override one experiment key by dotted path, e.g.
                     --set training.steps=500 --set seed=3 (repeatable)
  --json             print the summary as JSON on stdout
Ctrl+C stops the run early; it is still evaluated and written.
)";

// Commands the contract names that later versions add.
const char* kLaterCommands[] = {"sweep-layers", "embed", "tsne"};

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::atomic<Trainer*> g_trainer{nullptr};

extern "C" void onInterrupt(int) {
  if (Trainer* t = g_trainer.load())
    t->requestStop();
}

bool wantsHelp(const std::vector<std::string>& args) {
  for (const auto& a : args)
    if (a == "--help" || a == "-h")
      return true;
  return false;
}

int datasets(const std::vector<std::string>& args) {
  if (wantsHelp(args)) {
    std::cout << kDatasetsHelp;
    return 0;
  }
  bool json = false;
  for (const auto& a : args) {
    if (a == "--json")
      json = true;
    else if (a == "show")
      throw InputError("twb datasets show is not available in this version yet");
    else
      throw UsageError("twb datasets: unknown argument '" + a + "'");
  }
  const auto list = builtinDatasets();
  if (json) {
    Json out = Json::array();
    for (const auto& d : list)
      out.push_back({{"name", d.name}, {"description", d.description}, {"classes", d.classes},
                     {"train", d.trainCount}, {"test", d.testCount}, {"width", d.width},
                     {"height", d.height}, {"channels", d.channels}, {"origin", d.origin},
                     {"available", d.available}, {"problem", d.problem}});
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  std::printf("%-10s %7s %7s %7s %7s  %s\n", "name", "classes", "train", "test", "size", "origin");
  for (const auto& d : list) {
    const std::string size = std::to_string(d.width) + "x" + std::to_string(d.height) + "x" + std::to_string(d.channels);
    std::printf("%-10s %7d %7d %7d %7s  %s%s\n", d.name.c_str(), d.classes, d.trainCount, d.testCount,
                size.c_str(), d.origin.c_str(), d.available ? "" : ("  [missing: " + d.problem + "]").c_str());
  }
  return 0;
}

int train(const std::vector<std::string>& args) {
  if (wantsHelp(args)) {
    std::cout << kTrainHelp;
    return 0;
  }
  std::string file, out;
  std::vector<std::string> sets;
  bool json = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* flag) {
      if (i + 1 >= args.size())
        throw UsageError(std::string("twb train: ") + flag + " needs a value");
      return args[++i];
    };
    if (a == "--out")
      out = value("--out");
    else if (a == "--set")
      sets.push_back(value("--set"));
    else if (a == "--json")
      json = true;
    else if (!a.empty() && a[0] == '-')
      throw UsageError("twb train: unknown option '" + a + "'");
    else if (file.empty())
      file = a;
    else
      throw UsageError("twb train: more than one experiment file given ('" + file + "' and '" + a + "')");
  }
  if (file.empty())
    throw UsageError("twb train: no experiment file given");

  Experiment e = loadExperimentFile(file);
  for (const auto& s : sets)
    applySetting(e, s);
  if (out.empty())
    out = defaultRunDir(e);

  useAllCores();
  Trainer trainer(e, out);
  TrainerCallbacks cb;
  cb.onLog = [](const std::string& line) { std::cerr << line << "\n"; };
  cb.onMetrics = [&](const MetricRow& row) {
    double src = 0, tgt = 0;
    if (row.find(metric::kAccSourceTest, src) && row.find(metric::kAccTargetTest, tgt))
      std::fprintf(stderr, "step %lld/%lld  source test %.4f  target test %.4f\n", static_cast<long long>(row.step),
                   static_cast<long long>(e.training.steps), src, tgt);
  };
  g_trainer.store(&trainer);
  auto previous = std::signal(SIGINT, onInterrupt);
  TrainResult r;
  try {
    r = trainer.run(cb);
  } catch (...) {
    g_trainer.store(nullptr);
    std::signal(SIGINT, previous);
    throw;
  }
  g_trainer.store(nullptr);
  std::signal(SIGINT, previous);

  const RunSummary& s = r.summary;
  if (json) {
    Json j = Json::parse(summaryToJson(s));
    j["run_dir"] = r.runDir;
    std::cout << j.dump(2) << "\n";
  } else {
    std::printf("%s %s on %s -> %s, seed %llu, %lld steps (%s)\n", s.method.c_str(), s.backbone.c_str(),
                s.source.c_str(), s.target.c_str(), static_cast<unsigned long long>(s.seed),
                static_cast<long long>(s.steps), s.status.c_str());
    std::printf("source test accuracy  %.4f\ntarget test accuracy  %.4f\n", s.sourceTestAcc, s.targetTestAcc);
    std::printf("training time         %.1f s (%.0f images/s, %s)\n", s.trainSeconds, s.imagesPerSecond, s.device.c_str());
    std::printf("run directory         %s\n", r.runDir.c_str());
  }
  return 0;
}

} // namespace

int run(const std::vector<std::string>& args) {
  try {
    if (args.empty())
      throw UsageError("twb: no command given (try 'twb --help')");
    const std::string& cmd = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
      std::cout << kMainHelp;
      return 0;
    }
    if (cmd == "--version") {
      std::cout << "twb " << kVersion << "\n";
      return 0;
    }
    if (cmd == "datasets")
      return datasets(rest);
    if (cmd == "train")
      return train(rest);
    for (const char* later : kLaterCommands)
      if (cmd == later)
        throw UsageError(std::string("twb: '") + later + "' is not available in this version yet");
    throw UsageError("twb: unknown command '" + cmd + "' (try 'twb --help')");
  } catch (const UsageError& e) {
    std::cerr << e.what() << "\n";
    return 2;
  } catch (const InputError& e) {
    std::cerr << "twb: " << e.what() << "\n";
    return 2;
  } catch (const RunError& e) {
    std::cerr << "twb: " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "twb: the run failed: " << e.what() << "\n";
    return 1;
  }
}

} // namespace twb::cli
