#pragma once
// "Which layers transfer?" (Yosinski et al. 2014): for k = 0..L, the first k layers
// of a source model copied into the target model, then (a) kept frozen and (b)
// fine-tuned, the rest trained on the target's labels; k = 0 is training from
// scratch. One run directory per cell under the output folder, and a finished cell
// is never rerun, so a stopped sweep resumes where it stopped. A long job as an
// object: the experiment in, a table out, each cell reported as it finishes.
#include "experiment/Experiment.h"
#include "training/CachedRuns.h"
#include "training/RunEvents.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace twb {


struct SweepCell {
  int k = 0;
  std::string variant; // "source" (the pretraining), "scratch", "frozen" or "finetuned"
  std::string runDir;
  double targetAcc = 0.0; // the source cell: its source test accuracy
  bool cached = false;    // read back from an earlier sweep, not run now
};

struct SweepRow {
  int k = 0;
  std::optional<double> frozenAcc, finetunedAcc; // empty: not run (the sweep was stopped)
};

struct SweepResult {
  std::vector<std::string> layers; // in copy order: first k (or, with copyLast, last k)
  std::vector<SweepRow> rows;      // k = 0..layers.size()
  std::optional<double> scratchAcc;
  double sourceTestAcc = 0.0;
  bool stopped = false;
};

struct SweepCallbacks {
  std::function<void(const SweepCell&)> onCell;  // after each cell, cached or run
  RunEventSink onEvent; // what the cells' runs report
  std::function<void(int cellsDone, int cellsTotal)> onProgress;
};

class LayerSweep {
public:
  // copyLast: copy the last k layers before the head instead of the first k.
  LayerSweep(Experiment base, std::string outDir, bool copyLast = false);

  // Runs (or reads back) every cell on the calling thread. InputError for a bad
  // experiment or an output folder that holds another recipe's cells.
  SweepResult run(const SweepCallbacks& callbacks = {});
  // Safe from any thread: the running cell stops within one step and is rerun next time.
  void requestStop();

  // The transferable layers of the experiment's backbone, in copy order.
  std::vector<std::string> layers() const;
  int cellCount() const;

private:
  SweepCell runCell(const Experiment& e, const std::string& name, const SweepCallbacks& cb);

  Experiment base_;
  std::string outDir_;
  bool copyLast_;
  CachedRuns runs_;
};

} // namespace twb
