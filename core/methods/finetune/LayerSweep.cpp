#include "methods/finetune/LayerSweep.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"
#include "nn/ModelInfo.h"
#include "training/RunSummary.h"
#include "training/Trainer.h"
#include "training/CachedRuns.h"
#include "methods/finetune/Pretraining.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"

#include <algorithm>
#include <filesystem>

namespace twb {

namespace fs = std::filesystem;

namespace {

Experiment cellExperiment(const Experiment& base, const std::vector<std::string>& copied, bool frozen,
                          const std::string& sourceDir, const std::string& title) {
  Experiment e = base;
  e.name = base.name + " / " + title;
  e.method.name = "finetune";
  e.model.initFrom = sourceDir;
  e.model.transferAll = false;
  e.model.transfer = copied;
  e.model.reinit.clear();
  e.model.freeze = frozen ? copied : std::vector<std::string>{};
  return e;
}

// The source cell trains the lower bound's method; its number is its source accuracy.
bool isPretraining(const Experiment& e) {
  return e.method.name == boundMethod(MethodRole::LowerBound).name();
}

} // namespace

LayerSweep::LayerSweep(Experiment base, std::string outDir, bool copyLast)
    : base_(std::move(base)), outDir_(std::move(outDir)), copyLast_(copyLast) {}

std::vector<std::string> LayerSweep::layers() const {
  std::vector<std::string> out;
  for (const auto& l : describeBackbone(base_.model.backbone).layers)
    if (l.name != "head")
      out.push_back(l.name);
  if (copyLast_)
    std::reverse(out.begin(), out.end());
  return out;
}

int LayerSweep::cellCount() const {
  return static_cast<int>(2 * layers().size() + 1 + (base_.model.initFrom.empty() ? 1 : 0));
}

void LayerSweep::requestStop() {
  runs_.requestStop();
}

SweepCell LayerSweep::runCell(const Experiment& e, const std::string& name, const SweepCallbacks& cb) {
  SweepCell cell;
  cell.runDir = (fs::path(outDir_) / name).string();
  TrainerCallbacks tcb;
  tcb.onEvent = cb.onEvent;
  const CachedRuns::Outcome r = runs_.run(e, cell.runDir, tcb);
  cell.cached = r.cached;
  cell.targetAcc = isPretraining(e) ? r.summary.sourceTestAcc : r.summary.targetTestAcc;
  return cell;
}

SweepResult LayerSweep::run(const SweepCallbacks& cb) {
  SweepResult result;
  result.layers = layers();
  const int total = cellCount();
  int done = 0;
  auto report = [&](SweepCell cell, int k, const std::string& variant) {
    cell.k = k;
    cell.variant = variant;
    if (cb.onCell)
      cb.onCell(cell);
    if (cb.onProgress)
      cb.onProgress(++done, total);
    return cell;
  };
  for (int k = 0; k <= static_cast<int>(result.layers.size()); ++k)
    result.rows.push_back(SweepRow{k, std::nullopt, std::nullopt});

  std::error_code ec;
  fs::create_directories(outDir_, ec);
  if (ec)
    throw InputError(
        Message::text(TWB_TR("twb", "%1: cannot create the sweep folder (%2)"), {outDir_, ec.message()}));
  // Cells name their source model by absolute path, so a cached cell's recipe matches
  // whatever relative path the folder was given as.
  // Every cell's recipe is checked before the first trains: the cell that copies the
  // most layers meets every problem a cell can (a layer that does not fit, a name).
  Experiment widest = cellExperiment(base_, result.layers, true, base_.model.initFrom, "check");
  // Checked through runs_, so Stop reaches the data loading (issue #24: the first
  // spoken-digits sweep generated its speech for minutes before Stop was seen).
  int channels = 0;
  try {
    channels = runs_.check(widest);
  } catch (const Cancelled&) {
    result.stopped = true;
    return result;
  }
  std::string sourceDir = base_.model.initFrom;
  if (sourceDir.empty()) {
    sourceDir = fs::absolute(fs::path(outDir_) / "source").lexically_normal().string();
    // The pretraining cell, shared by every other cell.
    const SweepCell source = runCell(pretrainingOf(base_, channels), "source", cb);
    if (runs_.stopRequested()) {
      result.stopped = true;
      return result;
    }
    result.sourceTestAcc = report(source, 0, "source").targetAcc;
  }

  const std::string side = copyLast_ ? "last" : "first";
  for (int k = 0; k <= static_cast<int>(result.layers.size()) && !runs_.stopRequested(); ++k) {
    const std::vector<std::string> copied(result.layers.begin(), result.layers.begin() + k);
    SweepRow& row = result.rows[static_cast<std::size_t>(k)];
    if (k == 0) {
      const SweepCell c = runCell(cellExperiment(base_, {}, false, sourceDir, "scratch"), "k0-scratch", cb);
      if (runs_.stopRequested())
        break;
      row.frozenAcc = row.finetunedAcc = result.scratchAcc = report(c, 0, "scratch").targetAcc;
      continue;
    }
    const std::string stem = side + std::to_string(k);
    const SweepCell frozen =
        runCell(cellExperiment(base_, copied, true, sourceDir, stem + " frozen"), stem + "-frozen", cb);
    if (runs_.stopRequested())
      break;
    row.frozenAcc = report(frozen, k, "frozen").targetAcc;
    const SweepCell tuned =
        runCell(cellExperiment(base_, copied, false, sourceDir, stem + " fine-tuned"), stem + "-finetuned", cb);
    if (runs_.stopRequested())
      break;
    row.finetunedAcc = report(tuned, k, "finetuned").targetAcc;
  }
  result.stopped = runs_.stopRequested();
  return result;
}

} // namespace twb
