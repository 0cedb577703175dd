// AdaBN (Li, Wang, Shi, Liu & Hou 2016, "Revisiting batch normalization for practical
// domain adaptation"): train on the source alone, as source_only does, with a
// batch-norm backbone; at test time, normalise the target's images with the target's
// own batch-norm statistics instead of the source's. The paper's view: the weights
// carry what the classes look like, the batch-norm statistics what the domain looks
// like, so replacing the statistics moves the target's features to where the source's
// were. No target label and no extra loss: the cheapest adaptation there is, and a
// baseline for every alignment method.
// At each evaluation the source is tested with the source statistics, then every
// batch-norm layer's mean and variance is estimated afresh over adabn.images target
// training images (a cumulative average, momentum off, as the paper's per-layer
// statistics over the target), and the target is tested with those. The target
// accuracy with the source's statistics, source_only's number on the same weights,
// is logged beside it, so the curve shows what the swap alone gives. The network keeps
// the target statistics until the next step, so model.pt holds them: `twb embed`,
// `twb evaluate` and the embedding view see the network as AdaBN uses it on the
// target (its source statistics are in the checkpoint's method part).
#include "methods/MethodRun.h"
#include "methods/StandardMetrics.h"
#include "methods/supervised/CrossEntropyStep.h"

#include "base/Errors.h"
#include "experiment/ExperimentFile.h"
#include "nn/Accuracy.h"
#include "nn/BatchNormStatistics.h"
#include "training/Metrics.h"

#include <algorithm>
#include <numeric>

namespace twb {

namespace {

constexpr const char* kImages = "adabn.images";
constexpr const char* kTargetWithSourceStatistics = "acc/target_test_source_bn";

class AdaBnRun : public MethodRun {
public:
  AdaBnRun(const Method& method, const Experiment& e)
      : MethodRun(method), images_(method.integerSetting(e, kImages)), seed_(e.seed) {}

  void check(NetworkImpl& net, RunContext& ctx) override {
    if (batchNorms(net).empty())
      throw InputError(Message::text(TWB_TR("twb", "adabn needs a backbone with batch norm (lenet_bn, lenet_bn_dropout or resnet); "
                                                   "model.backbone is %1"),
                                     {ctx.experiment.model.backbone}));
  }

  torch::Tensor step(NetworkImpl& net, const StepBatch& b, NamedValues& values) override {
    if (holdsTarget_) { // back to the source's statistics, which training goes on from
      restoreStatistics(net, source_);
      holdsTarget_ = false;
    }
    return crossEntropyStep(net, b, values, metric::kAccSourceTrain);
  }

  NamedValues measureTests(NetworkImpl& net, RunContext& ctx) override {
    // Both test splits with the source statistics: source_only's numbers.
    NamedValues values = measureLabelPredictor(net, ctx, true);
    RunSummary& s = *ctx.summary;
    const double withSource = s.targetTestAcc;
    source_ = statisticsOf(net);
    estimateStatistics(net, ctx.target.train, images_, ctx.shape.channels, ctx.device, seed_);
    target_ = statisticsOf(net);
    holdsTarget_ = true;
    s.targetTestAcc = accuracy(net, ctx.target.test, ctx.shape.channels, ctx.device);
    s.extra["target_acc_source_bn"] = withSource;
    for (auto& [name, value] : values)
      if (name == metric::kAccTargetTest)
        value = s.targetTestAcc;
    values.emplace_back(kTargetWithSourceStatistics, withSource);
    return values;
  }

  // The proxy A-distance reads each domain as AdaBN sees it: the source's images with
  // the source's statistics, the target's with the target's; the network then holds
  // the target's again, as model.pt does.
  void readingDomain(NetworkImpl& net, bool target, bool done) override {
    if (source_.empty())
      return;
    restoreStatistics(net, (target || done) ? target_ : source_);
  }

  void prepare(NetworkImpl& net, RunContext&) override { net_ = &net; }

  void save(torch::serialize::OutputArchive& archive) override {
    torch::serialize::OutputArchive stats;
    for (std::size_t i = 0; i < source_.size(); ++i) {
      stats.write("mean" + std::to_string(i), source_[i].mean, true);
      stats.write("var" + std::to_string(i), source_[i].var, true);
      stats.write("batches" + std::to_string(i), source_[i].batches, true);
    }
    archive.write("adabn_source_statistics", stats);
  }
  // A checkpoint follows an evaluation, so model.pt holds the target's statistics: the
  // source's go back into the network, where the step after that evaluation would have
  // put them, and the checkpoint's evaluation (which resuming runs again) measures
  // what the unbroken run measured.
  bool resumable() const override { return true; }
  void load(torch::serialize::InputArchive& archive) override {
    torch::serialize::InputArchive stats;
    archive.read("adabn_source_statistics", stats);
    source_ = statisticsOf(*net_);
    for (std::size_t i = 0; i < source_.size(); ++i) {
      stats.read("mean" + std::to_string(i), source_[i].mean, true);
      stats.read("var" + std::to_string(i), source_[i].var, true);
      stats.read("batches" + std::to_string(i), source_[i].batches, true);
    }
    restoreStatistics(*net_, source_);
    holdsTarget_ = false;
  }

private:
  std::int64_t images_;
  std::uint64_t seed_;
  std::vector<BatchNormStatistics> source_, target_;
  bool holdsTarget_ = false;
  NetworkImpl* net_ = nullptr;
};

class AdaBnMethod : public Method {
public:
  std::string name() const override { return "adabn"; }
  Message title() const override {
    return Message::text(TWB_TR("twb", "AdaBN: the target's own batch-norm statistics at test time"));
  }
  MethodNeeds needs() const override { return {}; }
  std::vector<SettingSpec> settings() const override {
    SettingSpec images{kImages, kStatisticsImages, Message::text(TWB_TR("twb", "Target images")),
                       Message::text(TWB_TR("twb", "How many target training images (no labels) each batch-norm "
                                                   "layer's target mean and variance are estimated from"))};
    images.minimum = 1;
    images.maximum = 1e7;
    return {images};
  }
  std::vector<MetricInfo> metrics() const override {
    return {standardMetric(metric::kLossLabel),
            standardMetric(metric::kAccSourceTrain),
            {kTargetWithSourceStatistics, Message::text(TWB_TR("twb", "target test accuracy, source statistics")),
             MetricPlot::Accuracies, false,
             Message::text(TWB_TR("twb", "The same weights on the target's test images with the source's batch-norm "
                                         "statistics, as source_only would test them: the gap to the target test "
                                         "accuracy is what AdaBN's swap gives."))}};
  }
  Experiment example() const override {
    Experiment e = defaultExperiment();
    e.name = "adabn: digits -> digits-m";
    e.method.name = name();
    e.model.backbone = "lenet_bn";
    e.training.steps = 1000;
    e.eval.every = 100;
    return e;
  }
  std::unique_ptr<MethodRun> startRun(const Experiment& e) const override {
    return std::make_unique<AdaBnRun>(*this, e);
  }
};

} // namespace

const Method& adabnMethod() {
  static const AdaBnMethod method;
  return method;
}

} // namespace twb
