#include "methods/finetune/Finetune.h"
#include "methods/finetune/Pretraining.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"
#include "training/Metrics.h"
#include "training/RunSummary.h"
#include "training/TrainingSession.h"
#include "nn/Checkpoint.h"
#include "nn/Transfer.h"

#include <algorithm>
#include <filesystem>

namespace twb {

namespace fs = std::filesystem;

Experiment pretrainingOf(const Experiment& e) {
  Experiment p = e;
  p.name = e.name + " (pretraining on the source)";
  p.method.name = "source_only";
  p.target = e.source;
  p.model = ModelSpec{};
  p.model.backbone = e.model.backbone;
  p.training.steps = e.method.pretrainSteps;
  return p;
}

namespace {

SourceModel loadSourceModel(const Experiment& e) {
  const fs::path dir(e.model.initFrom);
  const std::string modelPt = (dir / "model.pt").string();
  if (!fs::exists(modelPt))
    throw InputError("model.init_from: " + e.model.initFrom + " holds no model.pt");
  const CheckpointMeta meta = readCheckpointMeta(modelPt);
  if (meta.backbone != e.model.backbone)
    throw InputError("model.init_from: " + e.model.initFrom + " holds a " + meta.backbone +
                     " model, but this experiment's backbone is " + e.model.backbone);
  SourceModel m;
  m.net = makeNetwork(meta.backbone, NetworkShape{meta.channels, meta.side, meta.classes});
  loadCheckpoint(modelPt, *m.net, nullptr);
  m.steps = meta.step;
  m.from = e.model.initFrom;
  const fs::path summary = dir / "summary.json";
  if (fs::exists(summary))
    m.sourceTestAcc = parseSummary(readFile(summary.string()), summary.string()).sourceTestAcc;
  return m;
}

} // namespace

void checkLayerNames(const NetworkImpl& net, const ModelSpec& model) {
  const auto layers = net.layerNames();
  std::string all;
  for (const auto& l : layers)
    all += (all.empty() ? "" : ", ") + l;
  auto require = [&](const std::string& name, const char* key) {
    if (std::find(layers.begin(), layers.end(), name) == layers.end())
      throw InputError(std::string("model.") + key + " names layer '" + name + "', which the " + model.backbone +
                       " backbone does not have (layers: " + all + ")");
  };
  for (const auto& l : model.freeze)
    require(l, "freeze");
  for (const auto& [l, mult] : model.lrMult)
    require(l, "lr_mult");
  for (const auto& l : model.reinit)
    require(l, "reinit");
  for (const auto& l : model.transfer)
    require(l, "transfer");
}

SourceModel obtainSourceModel(const Experiment& e, const std::string& runDir, const TrainerCallbacks& cb,
                              const std::atomic<bool>& stop) {
  if (!e.model.initFrom.empty())
    return loadSourceModel(e);
  const Experiment pre = pretrainingOf(e);
  const std::string preDir = runDir.empty() ? std::string() : (fs::path(runDir) / "pretrain").string();
  TrainerCallbacks inner;
  inner.onLog = cb.onLog;
  inner.onProgress = cb.onProgress;
  if (cb.onPhase) { // the caller tells the two parts' rows apart; without it they would mix
    cb.onPhase(RunPhase::SourcePretraining, pre.training.steps);
    if (cb.onMetrics)
      inner.onMetrics = [&cb](const MetricRow& row) {
        // The pretraining's "target" is its own source: shown, it would pass for the
        // fine-tuning target's accuracy.
        MetricRow shown = row;
        shown.values.erase(std::remove_if(shown.values.begin(), shown.values.end(),
                                          [](const auto& v) { return v.first == metric::kAccTargetTest; }),
                           shown.values.end());
        cb.onMetrics(shown);
      };
  }
  TrainingSession session(pre, preDir, inner, stop);
  const TrainResult r = session.run();
  SourceModel m;
  if (r.summary.status != "completed")
    return m;
  m.net = session.network();
  m.sourceTestAcc = r.summary.sourceTestAcc;
  m.steps = r.summary.steps;
  m.from = preDir;
  return m;
}

std::vector<std::string> transferInto(NetworkImpl& target, NetworkImpl& source, const Experiment& e) {
  const auto layers = target.layerNames();
  std::vector<std::string> copied = e.model.transferAll ? transferableLayers(layers) : e.model.transfer;
  // The target model is freshly initialised: a re-init layer is one not copied.
  for (const auto& r : e.model.reinit)
    copied.erase(std::remove(copied.begin(), copied.end(), r), copied.end());
  copyLayers(source, target, copied);
  return copied;
}

} // namespace twb
