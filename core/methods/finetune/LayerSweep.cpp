#include "methods/finetune/LayerSweep.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"
#include "nn/ModelInfo.h"
#include "training/RunSummary.h"
#include "training/Trainer.h"
#include "methods/finetune/Pretraining.h"

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

// A cell directory left by a stopped sweep: ours to clear (it has our experiment.json
// and no completed summary), so the cell can run again.
void clearUnfinished(const fs::path& dir) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const auto name = entry.path().filename().string();
    if (name != "experiment.json" && name != "metrics.csv" && name != "summary.json" && name != "model.pt" &&
        name != "pretrain" && name.find(".tmp") == std::string::npos)
      throw InputError(dir.string() + " holds files a sweep did not write (" + name + "); choose another --out");
  }
  fs::remove_all(dir, ec);
  if (ec)
    throw RunError("cannot clear the unfinished cell " + dir.string() + ": " + ec.message());
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
  stop_.store(true);
  std::lock_guard<std::mutex> lock(mutex_);
  if (current_)
    current_->requestStop();
}

SweepCell LayerSweep::runCell(const Experiment& e, const std::string& name, const SweepCallbacks& cb) {
  const fs::path dir = fs::path(outDir_) / name;
  SweepCell cell;
  cell.runDir = dir.string();
  const std::string recipe = experimentToJson(e);
  if (fs::exists(dir / "experiment.json")) {
    if (readFile((dir / "experiment.json").string()) != recipe)
      throw InputError(dir.string() + " holds a run of another recipe; choose another --out for this sweep");
    if (fs::exists(dir / "summary.json")) {
      const RunSummary s = parseSummary(readFile((dir / "summary.json").string()), (dir / "summary.json").string());
      if (s.status == "completed") {
        cell.cached = true;
        cell.targetAcc = e.method.name == "source_only" ? s.sourceTestAcc : s.targetTestAcc;
        return cell;
      }
    }
  }
  if (fs::exists(dir))
    clearUnfinished(dir);

  Trainer trainer(e, dir.string());
  {
    std::lock_guard<std::mutex> lock(mutex_);
    current_ = &trainer;
    if (stop_.load())
      trainer.requestStop();
  }
  TrainerCallbacks tcb;
  tcb.onLog = cb.onLog;
  TrainResult r;
  try {
    r = trainer.run(tcb);
  } catch (...) {
    std::lock_guard<std::mutex> lock(mutex_);
    current_ = nullptr;
    throw;
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    current_ = nullptr;
  }
  if (r.summary.status != "completed") {
    stop_.store(true);
    return cell;
  }
  cell.targetAcc = e.method.name == "source_only" ? r.summary.sourceTestAcc : r.summary.targetTestAcc;
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
    throw InputError(outDir_ + ": cannot create the sweep folder (" + ec.message() + ")");
  // Cells name their source model by absolute path, so a cached cell's recipe matches
  // whatever relative path the folder was given as.
  std::string sourceDir = base_.model.initFrom;
  if (sourceDir.empty()) {
    sourceDir = fs::absolute(fs::path(outDir_) / "source").lexically_normal().string();
    // The pretraining cell, shared by every other cell.
    const SweepCell source = runCell(pretrainingOf(base_), "source", cb);
    if (stop_.load()) {
      result.stopped = true;
      return result;
    }
    result.sourceTestAcc = report(source, 0, "source").targetAcc;
  }

  const std::string side = copyLast_ ? "last" : "first";
  for (int k = 0; k <= static_cast<int>(result.layers.size()) && !stop_.load(); ++k) {
    const std::vector<std::string> copied(result.layers.begin(), result.layers.begin() + k);
    SweepRow& row = result.rows[static_cast<std::size_t>(k)];
    if (k == 0) {
      const SweepCell c = runCell(cellExperiment(base_, {}, false, sourceDir, "scratch"), "k0-scratch", cb);
      if (stop_.load())
        break;
      row.frozenAcc = row.finetunedAcc = result.scratchAcc = report(c, 0, "scratch").targetAcc;
      continue;
    }
    const std::string stem = side + std::to_string(k);
    const SweepCell frozen =
        runCell(cellExperiment(base_, copied, true, sourceDir, stem + " frozen"), stem + "-frozen", cb);
    if (stop_.load())
      break;
    row.frozenAcc = report(frozen, k, "frozen").targetAcc;
    const SweepCell tuned =
        runCell(cellExperiment(base_, copied, false, sourceDir, stem + " fine-tuned"), stem + "-finetuned", cb);
    if (stop_.load())
      break;
    row.finetunedAcc = report(tuned, k, "finetuned").targetAcc;
  }
  result.stopped = stop_.load();
  return result;
}

} // namespace twb
