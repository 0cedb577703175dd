// DANN (Ganin & Lempitsky 2015; Ganin et al. 2016): one labelled source batch and one
// unlabelled target batch of the same size go through the feature extractor
// together. The label predictor learns from the source alone; the domain classifier
// learns to tell source (0) from target (1), and the feature extractor, weighted by
// lambda(p), learns to make the domains indistinguishable, in one of two ways
// (method.adversary):
// - "reversal" (Ganin & Lempitsky 2015): the gradient reversal layer hands the
//   features minus the domain loss's gradient. Its push fades as the domain classifier
//   grows confident (the cross-entropy's gradient sigmoid(z) - y goes to zero), so a
//   classifier that wins early tends to keep winning.
// - "confusion" (Tzeng et al. 2015): the features learn to make the classifier say
//   0.5 for every image, a cross-entropy against the uniform label. Its gradient,
//   sigmoid(z) - 0.5, is largest exactly when the classifier is confident, and its
//   optimum is the 50 % domain accuracy DANN aims for.
#include "methods/MethodRun.h"
#include "methods/StandardMetrics.h"
#include "methods/adaptation/DomainHead.h"

#include "experiment/ExperimentFile.h"
#include "nn/GradientReversal.h"
#include "training/Metrics.h"
#include "training/Schedules.h"
#include "nn/Accuracy.h"

#include <torch/nn/functional/loss.h>

namespace twb {

namespace {

namespace F = torch::nn::functional;

constexpr const char* kAdversary = "adversary";
// The paper's MNIST recipe: one hidden layer of 100; 0 hidden layers is linear. The
// keys have no "dann." prefix: DANN's files predate the per-method sections.
constexpr std::int64_t kPaperLayers = 1, kPaperWidth = 100;

class DannRun : public AdversarialRun {
public:
  DannRun(const Method& method, const Experiment& e)
      : AdversarialRun(method, e, ""), confusion_(method.textSetting(e, kAdversary) == "confusion") {}

  torch::Tensor step(NetworkImpl& net, const StepBatch& b, NamedValues& values) override {
    const double lambda = lambdaAt(b.progress);
    const auto ns = b.images.size(0), nt = b.target.size(0);
    const auto features = sourceAndTargetFeatures(net, b);
    const auto logits = net.classify(features.narrow(0, 0, ns));
    const auto labelLoss = F::cross_entropy(logits, b.labels);

    const auto labels = domainLabels(ns, nt, features.options());
    // The domain classifier always learns at full strength; lambda weighs only what the
    // features learn from it. Under confusion it learns on detached features, and the
    // features learn from a second pass with its weights held still, so neither term
    // moves the other's side.
    const auto domainLogits = domain_->forward(confusion_ ? features.detach() : gradientReversal(features, lambda));
    const auto domainLoss = F::binary_cross_entropy_with_logits(domainLogits, labels);
    auto total = labelLoss + domainLoss;
    double confusionLoss = 0.0;
    if (confusion_) {
      const auto confusion = F::binary_cross_entropy_with_logits(heldStill(features), torch::full_like(labels, 0.5));
      confusionLoss = confusion.item<double>();
      total = total + lambda * confusion;
    }
    total.backward();

    const double labelAcc = batchAccuracy(logits, b.labels);
    const double domainAcc = domainAccuracy(domainLogits, labels);
    values = {{metric::kLossLabel, labelLoss.item<double>()},
              {metric::kLossDomain, domainLoss.item<double>()},
              {metric::kLossTotal, total.item<double>()},
              {metric::kAccSourceTrain, labelAcc},
              {metric::kAccDomain, domainAcc},
              {metric::kLambda, lambda}};
    if (confusion_)
      values.emplace_back("loss/confusion", confusionLoss);
    return total;
  }

private:
  // The domain classifier's logits for `features` with its weights out of the graph:
  // the gradient reaches the features only.
  torch::Tensor heldStill(const torch::Tensor& features) {
    const auto params = domain_->parameters();
    for (auto& p : params)
      p.set_requires_grad(false);
    auto logits = domain_->forward(features);
    for (auto& p : params)
      p.set_requires_grad(true);
    return logits;
  }

  bool confusion_ = false;
};

class DannMethod : public Method {
public:
  std::string name() const override { return "dann"; }
  Message title() const override { return Message::text(TWB_TR("twb", "DANN: domain-adversarial training")); }
  MethodNeeds needs() const override {
    MethodNeeds n;
    n.targetImages = true;
    n.lambda = true;
    return n;
  }

  std::vector<SettingSpec> settings() const override {
    SettingSpec adversary{kAdversary, std::string("reversal"), Message::text(TWB_TR("twb", "Adversary")),
                          Message::text(TWB_TR("twb", "How the features play against the domain classifier"))};
    adversary.choices = {
        {"reversal", Message::text(TWB_TR("twb", "The gradient reversal layer of the DANN paper, whose push fades once "
                                               "the domain classifier is confident"))},
        {"confusion", Message::text(TWB_TR("twb", "The features learn to make the domain classifier say 50 % for every "
                                                "image (Tzeng et al. 2015), a push that is strongest when the classifier "
                                                "is confident"))}};
    std::vector<SettingSpec> all{adversary};
    for (SettingSpec& s : domainHeadSettings(
             "", kPaperLayers, kPaperWidth,
             Message::text(TWB_TR("twb", "Hidden layers of the domain classifier before its one output; the "
                                       "DANN paper's MNIST recipe has one, 0 makes it linear")),
             Message::text(TWB_TR("twb", "Units in each hidden layer of the domain classifier (the paper: 100)"))))
      all.push_back(std::move(s));
    return all;
  }

  std::vector<MetricInfo> metrics() const override {
    return {standardMetric(metric::kLossLabel),
            standardMetric(metric::kLossDomain),
            standardMetric(metric::kLossTotal),
            {"loss/confusion", Message::text(TWB_TR("twb", "confusion loss")), MetricPlot::Losses, true,
             Message::text(TWB_TR("twb", "How far the domain classifier's output is from 50/50, which the features "
                                         "are trained to reach (the confusion variant, Tzeng et al. 2015)."))},
            standardMetric(metric::kAccSourceTrain),
            standardMetric(metric::kAccDomain),
            standardMetric("acc/domain_test"),
            standardMetric(metric::kLambda)};
  }

  Experiment example() const override { return defaultExperiment(); }

  // The adversary, with the domain head when it is not the paper's 1 x 100:
  // "reversal", "confusion, head 2×500", "reversal, linear head".
  Message recipe(const Experiment& e) const override {
    const std::string adversary = textSetting(e, kAdversary);
    const Message head = domainHeadShape(*this, e, "", kPaperLayers, kPaperWidth);
    if (head.empty())
      return adversary;
    return Message::text(TWB_TR("twb", "%1, %2"), {adversary, head});
  }

  std::vector<ModuleSize> ownModules(const Experiment& e, std::int64_t featureDim) const override {
    return {domainHeadModule(*this, e, "", featureDim)};
  }

  std::unique_ptr<MethodRun> startRun(const Experiment& e) const override {
    return std::make_unique<DannRun>(*this, e);
  }
};

} // namespace

const Method& dannMethod() {
  static const DannMethod method;
  return method;
}

} // namespace twb
