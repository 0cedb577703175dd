// MCD (Saito, Watanabe, Ushiku & Harada 2018, "Maximum classifier discrepancy for
// unsupervised domain adaptation"): two label predictors F1 and F2 on one feature
// extractor G. Both learn the source; on the target, the predictors are trained to
// disagree as much as they can, which finds target images that lie outside the
// source's support (near a decision boundary), and G is trained to make them agree,
// which moves those images inside it. The discrepancy is the mean absolute difference
// of the two predictors' class probabilities (the paper's d, TLlib's
// classifier_discrepancy).
// The paper alternates three steps on each batch (A: all on the source; B: F1, F2
// maximise the discrepancy with G held; C: G minimises it, num_k = 4 times). Here one
// backward does B and C at once: the target features pass through a gradient reversal
// layer before both predictors, so the predictors' gradient ascends the discrepancy
// while G's, reversed, descends it (the one-step form of the minimax, as in Saito et
// al.'s own ADR, 2018). Its weight is mcd.trade_off x lambda(p); the paper's is 1.
// The network's own head is F1, the one tested and saved; F2 is a second copy of the
// network's label-predictor layers, drawn fresh from the run's seed.
#include "methods/MethodRun.h"
#include "methods/StandardMetrics.h"
#include "methods/adaptation/AdaptationTerm.h"

#include "nn/GradientReversal.h"
#include "training/Metrics.h"
#include "training/Schedules.h"
#include "nn/Accuracy.h"

#include <torch/nn/functional/loss.h>

namespace twb {

namespace {

namespace F = torch::nn::functional;

constexpr const char* kDiscrepancy = "loss/discrepancy";

// The mean absolute difference of two predictors' class probabilities.
torch::Tensor classifierDiscrepancy(const torch::Tensor& logits1, const torch::Tensor& logits2) {
  return (torch::softmax(logits1, 1) - torch::softmax(logits2, 1)).abs().mean();
}

std::vector<torch::Tensor> predictorParameters(NetworkImpl& net) {
  std::vector<torch::Tensor> all;
  for (const std::string& layer : net.classifierLayers())
    for (torch::Tensor& p : layerParameters(net, layer))
      all.push_back(p);
  return all;
}

class McdRun : public MethodRun {
public:
  McdRun(const Method& method, const Experiment& e)
      : MethodRun(method), lambda_(e.method.lambda), steps_(e.training.steps),
        tradeOff_(method.realSetting(e, "mcd.trade_off")) {}

  void prepare(NetworkImpl& net, RunContext& ctx) override {
    first_ = &net;
    second_ = makeNetwork(ctx.experiment.model.backbone, ctx.shape);
  }
  std::vector<torch::Tensor> parameters() override { return predictorParameters(*second_); }
  void to(const torch::Device& device) override { second_->to(device); }
  // F2's layers, weights and batch-norm statistics, for resuming (its optimizer state
  // is in the session's optimizer, which holds parameters()).
  void save(torch::serialize::OutputArchive& archive) override {
    torch::serialize::OutputArchive second;
    for (const auto& p : second_->named_parameters())
      if (isPredictorLayer(p.key()))
        second.write(p.key(), p.value());
    for (const auto& b : second_->named_buffers())
      if (isPredictorLayer(b.key()))
        second.write(b.key(), b.value(), true);
    archive.write("mcd_second_classifier", second);
  }
  bool resumable() const override { return true; }
  void load(torch::serialize::InputArchive& archive) override {
    torch::serialize::InputArchive second;
    archive.read("mcd_second_classifier", second);
    torch::NoGradGuard noGrad;
    for (auto& p : second_->named_parameters())
      if (isPredictorLayer(p.key()))
        second.read(p.key(), p.value());
    for (auto& b : second_->named_buffers())
      if (isPredictorLayer(b.key()))
        second.read(b.key(), b.value(), true);
  }

  torch::Tensor step(NetworkImpl& net, const StepBatch& b, NamedValues& values) override {
    const double lambda = scheduledLambda(lambda_, b.progress, steps_);
    const auto ns = b.images.size(0), nt = b.target.size(0);
    const auto features = sourceAndTargetFeatures(net, b);
    // The source half as it is, the target half through the reversal: one pass of each
    // predictor serves the source loss and the discrepancy.
    const auto mixed = torch::cat({features.narrow(0, 0, ns), gradientReversal(features.narrow(0, ns, nt), 1.0)});
    const auto logits1 = net.classify(mixed), logits2 = second_->classify(mixed);
    const auto source1 = logits1.narrow(0, 0, ns), source2 = logits2.narrow(0, 0, ns);
    const auto labelLoss = F::cross_entropy(source1, b.labels);
    const auto secondLoss = F::cross_entropy(source2, b.labels);
    const auto discrepancy = classifierDiscrepancy(logits1.narrow(0, ns, nt), logits2.narrow(0, ns, nt));
    // The predictors ascend it (the minus), G descends it (the reversal).
    const auto total = labelLoss + secondLoss - tradeOff_ * lambda * discrepancy;
    total.backward();

    values = {{metric::kLossLabel, labelLoss.item<double>()},
              {"loss/label_second", secondLoss.item<double>()},
              {kDiscrepancy, discrepancy.item<double>()},
              {metric::kLossTotal, total.item<double>()},
              {metric::kAccSourceTrain, batchAccuracy(source1, b.labels)},
              {metric::kLambda, lambda}};
    return total;
  }

  // How often the two predictors disagree on the target's test images: what the
  // feature extractor is trained to bring to zero.
  bool wantsTestFeatures() const override { return true; }
  NamedValues measureFeatures(const torch::Tensor&, const torch::Tensor& targetFeatures, RunSummary& summary) override {
    const bool wasTraining = second_->is_training();
    second_->eval();
    const auto second = second_->classify(targetFeatures).argmax(1);
    second_->train(wasTraining);
    const auto first = first_->classify(targetFeatures).argmax(1);
    const double disagree = first.ne(second).to(torch::kFloat64).mean().item<double>();
    summary.extra["classifier_disagreement"] = disagree;
    return {{"mcd/disagreement_test", disagree}};
  }

private:
  bool isPredictorLayer(const std::string& key) const {
    for (const std::string& layer : second_->classifierLayers())
      if (key.rfind(layer + ".", 0) == 0)
        return true;
    return false;
  }

  LambdaSpec lambda_;
  std::int64_t steps_;
  double tradeOff_;
  std::shared_ptr<NetworkImpl> second_;
  NetworkImpl* first_ = nullptr;
};

class McdMethod : public Method {
public:
  std::string name() const override { return "mcd"; }
  Message title() const override {
    return Message::text(TWB_TR("twb", "MCD: two classifiers' disagreement on the target"));
  }
  MethodNeeds needs() const override { return adaptationTermNeeds(); }
  std::vector<SettingSpec> settings() const override {
    return {tradeOffSetting(name(), 1.0,
                            Message::text(TWB_TR("twb", "Weight of the discrepancy the classifiers maximise and the "
                                                      "features minimise (the paper: 1)")))};
  }
  std::vector<MetricInfo> metrics() const override {
    return {standardMetric(metric::kLossLabel),
            {"loss/label_second", Message::text(TWB_TR("twb", "second classifier's label loss")), MetricPlot::Losses,
             true,
             Message::text(TWB_TR("twb", "The second label predictor's cross-entropy on the source batch: both "
                                         "predictors learn the source."))},
            {kDiscrepancy, Message::text(TWB_TR("twb", "classifier discrepancy")), MetricPlot::Losses, true,
             Message::text(TWB_TR("twb", "How differently the two label predictors classify the target batch (mean "
                                         "absolute difference of their class probabilities): the predictors push it "
                                         "up, the features down."))},
            standardMetric(metric::kLossTotal),
            standardMetric(metric::kAccSourceTrain),
            {"mcd/disagreement_test", Message::text(TWB_TR("twb", "classifiers' disagreement (target test)")),
             MetricPlot::Accuracies, false,
             Message::text(TWB_TR("twb", "Share of the target's test images the two label predictors put in "
                                         "different classes, at each evaluation."))},
            standardMetric(metric::kLambda)};
  }
  Experiment example() const override { return adaptationExample(name()); }

  std::vector<ModuleSize> ownModules(const Experiment& e, std::int64_t) const override {
    NetworkShape shape;
    if (!e.source.classes.empty())
      shape.classes = static_cast<std::int64_t>(e.source.classes.size());
    const auto net = makeNetwork(e.model.backbone, shape);
    std::string chain;
    std::int64_t count = 0;
    for (const std::string& layer : net->classifierLayers())
      for (const torch::Tensor& p : layerParameters(*net, layer)) {
        count += p.numel();
        if (p.dim() == 2)
          chain += (chain.empty() ? std::to_string(p.size(1)) : std::string()) + " → " + std::to_string(p.size(0));
      }
    return {{Message::text(TWB_TR("twb", "second label predictor")), chain, count}};
  }

  std::unique_ptr<MethodRun> startRun(const Experiment& e) const override {
    return std::make_unique<McdRun>(*this, e);
  }
};

} // namespace

const Method& mcdMethod() {
  static const McdMethod method;
  return method;
}

} // namespace twb
