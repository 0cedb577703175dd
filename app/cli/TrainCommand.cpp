// twb train: one experiment to the end, written to a run directory.
#include "cli/Args.h"
#include "cli/Commands.h"

#include "cli/Interrupt.h"
#include "cli/Print.h"

#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"
#include "training/Trainer.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace twb::cli {

namespace {

constexpr const char* kTrainHelp = R"(usage: twb train EXPERIMENT.json [--out RUN_DIR] [--set KEY=VALUE ...] [--json]
       twb train --resume RUN_DIR [--json]

Runs an experiment to the end and writes its run directory: experiment.json
(resolved), metrics.csv, summary.json and model.pt.

options:
  --out RUN_DIR      where to write the run (default: runs/DATE-TIME-METHOD-sSEED);
                     a directory that already holds a run is refused
  --set KEY=VALUE    override one experiment key by dotted path, e.g.
                     --set training.steps=500 --set seed=3 (repeatable)
  --resume RUN_DIR   continue a stopped or killed run from the checkpoint of its last
                     evaluation to its planned steps, with the same batches and random
                     draws as an unbroken run; refused when the run completed or
                     diverged, when its experiment.json was edited since, or when its
                     method keeps state the checkpoint does not hold (source_only,
                     target_only, dann, cdan, vada, mmd, coral and entropy resume)
  --json             print the summary as JSON on stdout
Ctrl+C stops the run early; it is still evaluated and written, and --resume continues it.
)";

void printSummary(const TrainResult& r) {
  const RunSummary& s = r.summary;
  std::printf("%s %s on %s -> %s, seed %llu, %lld steps (%s)\n", s.method.c_str(), s.backbone.c_str(),
              s.source.c_str(), s.target.c_str(), static_cast<unsigned long long>(s.seed),
              static_cast<long long>(s.steps), s.status.c_str());
  std::printf("source test accuracy  %.4f\ntarget test accuracy  %.4f\n", s.sourceTestAcc, s.targetTestAcc);
  std::printf("training time         %.1f s (%.0f images/s, %s)\n", s.trainSeconds, s.imagesPerSecond,
              s.device.c_str());
  if (const auto d = s.extra.find("domain_acc"); d != s.extra.end())
    std::printf("domain accuracy       %.4f (the run's own domain classifier, test splits)\n", d->second);
  if (const auto p = s.extra.find("proxy_a_distance"); p != s.extra.end())
    std::printf("proxy A-distance      %.3f (0 = domains indistinguishable, 2 = fully separable)\n", p->second);
  for (const auto& [task, values] : s.tasks) // multitask: each task's own test accuracy
    std::printf("task %-16s test accuracy %.4f (loss weight %.3f)\n", task.c_str(), values.at("test_acc"),
                values.count("weight") ? values.at("weight") : 1.0);
  std::printf("run directory         %s\n", r.runDir.c_str());
}

} // namespace

int trainCommand(const Arguments& raw) {
  const Args args(raw, "twb train", {"--json"}, {"--out", "--set", "--resume"});
  if (args.help()) {
    std::cout << kTrainHelp;
    return 0;
  }
  const bool resume = !args.values("--resume").empty();
  Experiment e;
  std::string out;
  if (resume) {
    if (!args.positionals().empty() || !args.values("--out").empty() || !args.values("--set").empty())
      throw UsageError("twb train: --resume RUN_DIR continues that run as it was; it takes no experiment file, "
                       "--out or --set");
    out = args.value("--resume", "");
    e = experimentToResume(out);
  } else {
    args.expectPositionals({"experiment file"});
    e = loadExperimentFile(args.positionals()[0]);
    for (const auto& s : args.values("--set"))
      applySetting(e, s);
    out = args.value("--out", defaultRunDir(e));
  }

  useAllCores();
  Trainer trainer(e, out, resume);
  TrainerCallbacks cb;
  cb.onEvent = printEvent;
  cb.onMetrics = [&](const MetricRow& row) {
    // An evaluation's row: every test accuracy it measured (a multitask run's tasks,
    // a zero-shot run's unseen classes), or the source's and the target's.
    double src = 0, tgt = 0;
    if (row.find(metric::kAccSourceTest, src) && row.find(metric::kAccTargetTest, tgt)) {
      std::fprintf(stderr, "step %lld/%lld  source test %.4f  target test %.4f\n", static_cast<long long>(row.step),
                   static_cast<long long>(e.training.steps), src, tgt);
      return;
    }
    std::string line;
    for (const auto& [name, value] : row.values) {
      const MetricInfo info = describeMetric(name);
      if (info.plot == MetricPlot::Accuracies && !info.perBatch)
        line += "  " + name.substr(name.find('/') + 1) + " test " + std::to_string(value).substr(0, 6);
    }
    if (!line.empty())
      std::fprintf(stderr, "step %lld/%lld%s\n", static_cast<long long>(row.step),
                   static_cast<long long>(e.training.steps), line.c_str());
  };
  TrainResult r;
  {
    InterruptStops<Trainer> interrupt(trainer);
    r = trainer.run(cb);
  }

  if (args.flag("--json")) {
    auto j = nlohmann::ordered_json::parse(summaryToJson(r.summary));
    j["run_dir"] = r.runDir;
    std::cout << j.dump(2) << "\n";
  } else {
    printSummary(r);
  }
  return 0;
}

} // namespace twb::cli
