#include "compare/CompareRunner.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"

#include <algorithm>
#include <filesystem>

namespace twb {

namespace fs = std::filesystem;

namespace {

std::string cellName(const Experiment& e) {
  const Method& m = methodOf(e);
  const std::string variant = m.variant(e);
  return m.name() + (variant.empty() ? "" : "-" + variant) + "-s" + std::to_string(e.seed);
}

} // namespace

CompareRunner::CompareRunner(Experiment base, std::vector<std::string> methods, std::vector<std::uint64_t> seeds,
                             std::string outDir)
    : base_(std::move(base)), outDir_(std::move(outDir)) {
  if (seeds.empty())
    throw InputError(Message::text(TWB_TR("twb", "a comparison needs at least one seed")));
  if (methods.empty())
    methods.push_back(methodOf(base_).name());
  std::vector<CompareCell> baselines;
  const auto add = [&](std::vector<CompareCell>& into, const Experiment& e) {
    const std::string name = cellName(e);
    const auto same = [&](const CompareCell& c) { return c.name == name; };
    if (std::none_of(cells_.begin(), cells_.end(), same) && std::none_of(baselines.begin(), baselines.end(), same))
      into.push_back({name, (fs::path(outDir_) / name).string(), e});
  };
  for (const std::string& name : methods) {
    if (!findMethod(name))
      throw InputError(Message::text(TWB_TR("twb", "--methods: '%1' is not a method of this version; available: %2"),
                                   {name, listMessage(methodNames())}));
    for (const std::uint64_t seed : seeds) {
      Experiment e = base_;
      e.method.name = name;
      e.seed = seed;
      add(cells_, e);
      for (const Experiment& b : methodOf(e).baselines(e))
        add(baselines, b);
    }
  }
  cells_.insert(cells_.end(), baselines.begin(), baselines.end());
}

std::vector<CompareCell> CompareRunner::missing() const {
  std::vector<CompareCell> out;
  for (const CompareCell& c : cells_)
    if (!CachedRuns::completedRun(c.experiment, c.dir))
      out.push_back(c);
  return out;
}

std::vector<CompareCell> CompareRunner::plan() const {
  const std::vector<CompareCell> cells = missing();
  const fs::path planDir = fs::path(outDir_) / "plan";
  std::error_code ec;
  fs::create_directories(planDir, ec);
  if (ec)
    throw InputError(Message::text(TWB_TR("twb", "%1: cannot create the plan folder (%2)"), {planDir.string(), ec.message()}));
  for (const CompareCell& c : cells) {
    CachedRuns::clearUnfinished(c.dir);
    writeFileAtomic((planDir / (c.name + ".json")).string(), experimentToJson(c.experiment));
  }
  return cells;
}

bool CompareRunner::run(const CompareCallbacks& cb) {
  std::error_code ec;
  fs::create_directories(outDir_, ec);
  if (ec)
    throw InputError(Message::text(TWB_TR("twb", "%1: cannot create the comparison folder (%2)"), {outDir_, ec.message()}));
  // Every cell's recipe is checked before the first trains, so a comparison that cannot
  // run fails in its first seconds, not after hours of cells. Through runs_, so a stop
  // (Ctrl-C) reaches a check that is generating a dataset for the first time.
  for (const CompareCell& c : cells_) {
    if (CachedRuns::completedRun(c.experiment, c.dir))
      continue;
    try {
      runs_.check(c.experiment);
    } catch (const Cancelled&) {
      return false;
    }
  }
  TrainerCallbacks tcb;
  tcb.onEvent = cb.onEvent;
  for (std::size_t i = 0; i < cells_.size() && !runs_.stopRequested(); ++i) {
    if (cb.onCellStarted)
      cb.onCellStarted(cells_[i], i, cells_.size());
    const CachedRuns::Outcome r = runs_.run(cells_[i].experiment, cells_[i].dir, tcb);
    if (!r.completed)
      return false;
    if (cb.onCellDone)
      cb.onCellDone(cells_[i], r.cached);
  }
  return !runs_.stopRequested();
}

std::vector<RunPtr> CompareRunner::completedRuns() const {
  std::vector<RunPtr> out;
  for (const CompareCell& c : cells_)
    if (CachedRuns::completedRun(c.experiment, c.dir))
      out.push_back(std::make_shared<const RunRecord>(readRunDirectory(c.dir)));
  return out;
}

} // namespace twb
