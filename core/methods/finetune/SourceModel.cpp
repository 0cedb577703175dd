#include "methods/finetune/SourceModel.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"
#include "methods/Registry.h"
#include "methods/finetune/Pretraining.h"
#include "nn/Checkpoint.h"
#include "nn/Transfer.h"
#include "training/Metrics.h"
#include "training/RunSummary.h"
#include "training/TrainingSession.h"

#include <algorithm>
#include <filesystem>

namespace twb {

namespace fs = std::filesystem;

Experiment pretrainingOf(const Experiment& e, int channels) {
  Experiment p = e;
  p.name = e.name + " (pretraining on the source)";
  p.method.name = boundMethod(MethodRole::LowerBound).name();
  p.method.settings = MethodSettings{};
  p.target = e.source;
  p.model = ModelSpec{};
  p.model.backbone = e.model.backbone;
  p.model.inputChannels = channels;
  p.training.steps = pretrainSteps(e);
  return p;
}

void checkLayerNames(const NetworkImpl& net, const ModelSpec& model) {
  const auto layers = net.layerNames();
  auto require = [&](const std::string& name, const char* key) {
    if (std::find(layers.begin(), layers.end(), name) == layers.end())
      throw InputError(Message::text(TWB_TR("twb", "model.%1 names layer '%2', which the %3 backbone does not have "
                                                 "(layers: %4)"),
                                   {key, name, model.backbone, listMessage(layers)}));
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

std::vector<std::string> layersToCopy(const NetworkImpl& target, const Experiment& e) {
  std::vector<std::string> copied = e.model.transferAll ? transferableLayers(target.layerNames()) : e.model.transfer;
  // The target model is freshly initialised: a re-init layer is one not copied.
  for (const auto& r : e.model.reinit)
    copied.erase(std::remove(copied.begin(), copied.end(), r), copied.end());
  return copied;
}

std::shared_ptr<NetworkImpl> sourceNetworkOf(const Experiment& e, bool withWeights) {
  const fs::path dir(e.model.initFrom);
  const std::string modelPt = (dir / "model.pt").string();
  if (!fs::exists(modelPt))
    throw InputError(Message::text(TWB_TR("twb", "model.init_from: %1 holds no model.pt"), {e.model.initFrom}));
  const CheckpointMeta meta = readCheckpointMeta(modelPt);
  if (meta.backbone != e.model.backbone)
    throw InputError(Message::text(TWB_TR("twb", "model.init_from: %1 holds a %2 model, but this experiment's backbone "
                                               "is %3"),
                                 {e.model.initFrom, meta.backbone, e.model.backbone}));
  auto net = networkOf(meta);
  if (withWeights)
    loadCheckpoint(modelPt, *net, nullptr);
  return net;
}

namespace {

SourceModel loadSourceModel(const Experiment& e) {
  SourceModel m;
  m.net = sourceNetworkOf(e, true);
  m.steps = readCheckpointMeta((fs::path(e.model.initFrom) / "model.pt").string()).step;
  m.from = e.model.initFrom;
  const fs::path summary = fs::path(e.model.initFrom) / "summary.json";
  if (fs::exists(summary))
    m.sourceTestAcc = parseSummary(readFile(summary.string()), summary.string()).sourceTestAcc;
  return m;
}

} // namespace

bool pretrainingFinishedIn(const std::string& runDir) {
  const fs::path summary = fs::path(runDir) / "pretrain" / "summary.json";
  return fs::exists(summary) && parseSummary(readFile(summary.string()), summary.string()).status == "completed";
}

SourceModel obtainSourceModel(const Experiment& e, int channels, const std::string& runDir, const TrainerCallbacks& cb,
                              const std::atomic<bool>& stop) {
  if (!e.model.initFrom.empty())
    return loadSourceModel(e);
  const Experiment pre = pretrainingOf(e, channels);
  const std::string preDir = runDir.empty() ? std::string() : (fs::path(runDir) / "pretrain").string();
  // A resumed fine-tuning (its checkpoints come after the pretraining finished): the
  // source model is read back from the run's own pretrain/ folder, not trained again.
  if (!preDir.empty() && pretrainingFinishedIn(runDir)) {
    Experiment pretrained = e;
    pretrained.model.initFrom = preDir;
    return loadSourceModel(pretrained);
  }
  TrainerCallbacks inner;
  inner.onEvent = cb.onEvent;
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

} // namespace twb
