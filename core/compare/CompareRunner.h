#pragma once
// `twb compare`: an experiment's method(s) and their baselines for each seed, one
// cached run directory a cell under one folder (CachedRuns), so a stopped comparison
// resumes and many machines can fill one folder (plan()). The table is
// comparisonRows() of the cells' runs over seeds: the window's results table.
#include "compare/Comparison.h"
#include "training/CachedRuns.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace twb {

struct CompareCell {
  std::string name; // "dann-s1", "finetune-scratch-s2": its folder under the comparison's
  std::string dir;
  Experiment experiment;
};

struct CompareCallbacks {
  // Before a cell runs (index from 0) and after it is done (read back or trained).
  std::function<void(const CompareCell&, std::size_t index, std::size_t total)> onCellStarted;
  std::function<void(const CompareCell&, bool cached)> onCellDone;
  RunEventSink onEvent; // what the cells' runs report
};

class CompareRunner {
public:
  // methods empty: the experiment's own method. InputError for a method this build
  // cannot run or no seed.
  CompareRunner(Experiment base, std::vector<std::string> methods, std::vector<std::uint64_t> seeds,
                std::string outDir);

  // Every cell, the methods' first, each baseline once (source_only serves them all).
  const std::vector<CompareCell>& cells() const { return cells_; }
  // The cells that hold no completed run yet.
  std::vector<CompareCell> missing() const;
  // Writes each missing cell's experiment to OUT/plan/<cell>.json, clears the folder a
  // stop left unfinished (`twb train` refuses a taken one), and returns them:
  // `twb train OUT/plan/<cell>.json --out OUT/<cell>` trains one anywhere.
  std::vector<CompareCell> plan() const;

  // Reads back or trains every cell in turn; false when a stop ended it early.
  bool run(const CompareCallbacks& callbacks = {});
  void requestStop() { runs_.requestStop(); }

  // The completed cells' runs (any that are missing are left out).
  std::vector<RunPtr> completedRuns() const;

private:
  Experiment base_;
  std::string outDir_;
  std::vector<CompareCell> cells_;
  CachedRuns runs_;
};

} // namespace twb
