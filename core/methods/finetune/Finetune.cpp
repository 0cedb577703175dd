// finetune: a model trained on the source task hands some of its layers to the
// target model, which then trains (those layers frozen, scaled or fine-tuned as
// model.freeze / model.lr_mult say) on the target's few labels: the lecture's first
// case of transfer, and "which layers transfer?" (Yosinski et al. 2014) when swept
// over the layers (methods/finetune/LayerSweep). Its baseline is the same target
// training from scratch: nothing copied.
#include "methods/MethodRun.h"
#include "methods/StandardMetrics.h"

#include "base/Text.h"
#include "experiment/ExperimentFile.h"
#include "methods/finetune/Pretraining.h"
#include "methods/finetune/SourceModel.h"
#include "methods/supervised/CrossEntropyStep.h"
#include "nn/Accuracy.h"
#include "nn/Transfer.h"
#include "training/Metrics.h"
#include "training/RunDirectory.h"

namespace twb {

namespace {

constexpr const char* kPretrainSteps = "pretrain_steps";
constexpr const char* kTargetTrain = "acc/target_train";

class FinetuneRun : public MethodRun {
public:
  using MethodRun::MethodRun;

  // Every layer name, and every layer to copy against the source network it would
  // come from: a pretraining that cannot hand its layers over must not start.
  void check(NetworkImpl& net, RunContext& ctx) override {
    const Experiment& e = ctx.experiment;
    checkLayerNames(net, e.model);
    if (e.model.copiesNothing())
      return;
    std::shared_ptr<NetworkImpl> source;
    if (e.model.initFrom.empty())
      source = makeNetwork(e.model.backbone, NetworkShape{ctx.shape.channels, ctx.shape.side,
                                                          static_cast<std::int64_t>(ctx.source.classNames.size())});
    else
      source = sourceNetworkOf(e, false);
    checkCopyable(*source, net, layersToCopy(net, e));
  }

  void prepare(NetworkImpl& net, RunContext& ctx) override {
    const Experiment& e = ctx.experiment;
    if (e.model.copiesNothing()) {
      ctx.report(RunEventKind::SourceModel,
                 Message::text(TWB_TR("twb", "Nothing to copy (model.transfer is empty): the target model trains from "
                                           "scratch")));
      return;
    }
    // Refuse a taken directory before pretraining into it; one that holds this run's
    // finished pretraining is a resume (a new run there is refused when it opens).
    if (!ctx.runDir.empty() && e.model.initFrom.empty() && !pretrainingFinishedIn(ctx.runDir))
      prepareRunDirectory(ctx.runDir);
    const SourceModel source =
        obtainSourceModel(e, static_cast<int>(ctx.shape.channels), ctx.runDir, ctx.callbacks, ctx.stop);
    if (!source.net)
      return; // stopped while pretraining: the run loop ends at step 0
    if (ctx.callbacks.onPhase && e.model.initFrom.empty())
      ctx.callbacks.onPhase(RunPhase::Target, e.training.steps);
    const std::vector<std::string> copied = layersToCopy(net, e);
    const std::vector<std::string> adapted = copyLayers(*source.net, net, copied);
    sourceTestAcc_ = source.sourceTestAcc;
    RunSummary& s = *ctx.summary;
    s.sourceTestAcc = source.sourceTestAcc;
    s.extra["source_steps"] = static_cast<double>(source.steps);
    s.extra["layers_transferred"] = static_cast<double>(copied.size());
    Message line = Message::text(TWB_TR("twb", "Copied %1 layer(s) from the source model"), {std::to_string(copied.size())});
    if (!copied.empty())
      line = Message::text(TWB_TR("twb", "%1 (%2)"), {line, listMessage(copied)});
    if (!source.from.empty())
      line = Message::text(TWB_TR("twb", "%1, %2"), {line, source.from});
    ctx.report(RunEventKind::SourceModel,
               Message::text(TWB_TR("twb", "%1; source test accuracy %2"), {line, fixed(source.sourceTestAcc)}));
    if (!adapted.empty())
      ctx.report(RunEventKind::SourceModel,
                 Message::text(TWB_TR("twb", "Input channels adapted (source → target): %1; a grey image gets the "
                                           "source model's response"),
                             {listMessage(adapted)}));
  }

  torch::Tensor step(NetworkImpl& net, const StepBatch& b, NamedValues& values) override {
    return crossEntropyStep(net, b, values, kTargetTrain);
  }

  // The network is all the fine-tuning trains; the source model it started from is
  // read back from the run's pretrain/ folder (or model.init_from) when it resumes.
  bool resumable() const override { return true; }

  // The network answers the target's classes; its source number is the source
  // model's (none when nothing was copied).
  NamedValues measureTests(NetworkImpl& net, RunContext& ctx) override {
    RunSummary& s = *ctx.summary;
    s.sourceTestAcc = sourceTestAcc_;
    s.targetTestAcc = accuracy(net, ctx.target.test, ctx.shape.channels, ctx.device);
    NamedValues values{{metric::kAccSourceTest, s.sourceTestAcc}, {metric::kAccTargetTest, s.targetTestAcc}};
    if (sourceTestAcc_ == 0.0)
      values.erase(values.begin());
    return values;
  }

private:
  double sourceTestAcc_ = 0.0;
};

class FinetuneMethod : public Method {
public:
  std::string name() const override { return "finetune"; }
  Message title() const override {
    return Message::text(TWB_TR("twb", "Fine-tune: pretrain on the source, then train on target labels"));
  }
  MethodNeeds needs() const override {
    MethodNeeds n;
    n.targetLabels = true;
    n.sourceModel = true;
    return n;
  }
  std::vector<SettingSpec> settings() const override {
    SettingSpec steps{kPretrainSteps, std::int64_t{3000}, Message::text(TWB_TR("twb", "Pretraining steps")),
                      Message::text(TWB_TR("twb", "Steps of plain training on the source before its layers are copied "
                                                "(when model.init_from names no source model)"))};
    steps.minimum = 1;
    return {steps};
  }
  std::vector<MetricInfo> metrics() const override {
    return {standardMetric(metric::kLossLabel), standardMetric(kTargetTrain)};
  }

  // Fashion-MNIST's first five classes as the source task, the other five with ten
  // labels each as the target.
  Experiment example() const override {
    Experiment e = defaultExperiment();
    e.name = "Fine-tune: Fashion-MNIST 0-4 -> 5-9, 10 labels per class";
    e.method.name = name();
    e.method.settings.set(kPretrainSteps, std::int64_t{1000});
    e.source.dataset = e.target.dataset = "fashion";
    e.source.classes = {0, 1, 2, 3, 4};
    e.target.classes = {5, 6, 7, 8, 9};
    e.target.labelsPerClass = 10;
    e.training.steps = 100;
    e.training.batchSize = 50;
    e.training.lrSchedule = "constant";
    e.eval.every = 50;
    return e;
  }

  // The same target training from scratch: nothing copied or frozen.
  std::vector<Experiment> baselines(const Experiment& e) const override {
    Experiment scratch = e;
    scratch.model = ModelSpec{};
    scratch.model.backbone = e.model.backbone;
    scratch.model.transferAll = false;
    scratch.name = "from-scratch baseline of \"" + e.name + "\"";
    return {scratch};
  }
  Message label(const Experiment& e) const override {
    if (e.model.copiesNothing())
      return Message::text(TWB_TR("twb", "%1 (from scratch)"), {name()});
    return name();
  }
  std::string variant(const Experiment& e) const override { return e.model.copiesNothing() ? "scratch" : ""; }
  bool measuresSource(const Experiment& e) const override { return !e.model.copiesNothing(); }

  std::unique_ptr<MethodRun> startRun(const Experiment&) const override { return std::make_unique<FinetuneRun>(*this); }
};

const FinetuneMethod& theMethod() {
  static const FinetuneMethod method;
  return method;
}

} // namespace

const Method& finetuneMethod() {
  return theMethod();
}

std::int64_t pretrainSteps(const Experiment& finetune) {
  return theMethod().integerSetting(finetune, kPretrainSteps);
}

} // namespace twb
