// DANN: one labelled source batch and one unlabelled target batch of the same size
// go through the feature extractor together. The label predictor learns from the
// source alone; the domain classifier learns to tell source (0) from target (1), and
// the feature extractor, weighted by lambda(p), learns to make the domains
// indistinguishable, in one of two ways (method.adversary):
// - "reversal" (Ganin & Lempitsky 2015): the gradient reversal layer hands the
//   features minus the domain loss's gradient. Its push fades as the domain classifier
//   grows confident (the cross-entropy's gradient sigmoid(z) - y goes to zero), so a
//   classifier that wins early tends to keep winning.
// - "confusion" (Tzeng et al. 2015): the features learn to make the classifier say
//   0.5 for every image, a cross-entropy against the uniform label. Its gradient,
//   sigmoid(z) - 0.5, is largest exactly when the classifier is confident, and its
//   optimum is the 50 % domain accuracy DANN aims for.
#include "methods/dann/Dann.h"

#include "training/Metrics.h"
#include "training/Schedules.h"
#include "nn/DomainClassifier.h"
#include "nn/GradientReversal.h"

#include <torch/nn/functional/loss.h>

namespace twb {

namespace {

namespace F = torch::nn::functional;

class DannStep : public MethodStep {
public:
  DannStep(const Experiment& e, const NetworkImpl& net)
      : lambda_(e.method.lambda), confusion_(e.method.adversary == "confusion"),
        domain_(net.featureDim(), e.method.domainClassifier.hiddenLayers, e.method.domainClassifier.width) {}

  std::vector<torch::Tensor> parameters() override { return domain_->parameters(); }
  bool wantsTargetBatch() const override { return true; }
  bool wantsTestFeatures() const override { return true; }
  void to(const torch::Device& device) override { domain_->to(device); }
  void save(torch::serialize::OutputArchive& archive) override {
    torch::serialize::OutputArchive domain;
    domain_->save(domain);
    archive.write("domain_classifier", domain);
  }

  torch::Tensor step(NetworkImpl& net, const StepBatch& b, NamedValues& values) override {
    const double lambda = scheduledLambda(lambda_, b.progress);
    const auto ns = b.images.size(0), nt = b.target.size(0);
    const auto features = net.features(torch::cat({b.images, b.target}));
    const auto logits = net.classify(features.narrow(0, 0, ns));
    const auto labelLoss = F::cross_entropy(logits, b.labels);

    const auto domainLabels = torch::cat({torch::zeros({ns}, features.options()), torch::ones({nt}, features.options())});
    // The domain classifier always learns at full strength; lambda weighs only what the
    // features learn from it. Under confusion it learns on detached features, and the
    // features learn from a second pass with its weights held still, so neither term
    // moves the other's side.
    const auto domainLogits = domain_->forward(confusion_ ? features.detach() : gradientReversal(features, lambda));
    const auto domainLoss = F::binary_cross_entropy_with_logits(domainLogits, domainLabels);
    auto total = labelLoss + domainLoss;
    double confusionLoss = 0.0;
    if (confusion_) {
      const auto confusion = F::binary_cross_entropy_with_logits(heldStill(features), torch::full_like(domainLabels, 0.5));
      confusionLoss = confusion.item<double>();
      total = total + lambda * confusion;
    }
    total.backward();

    const double labelAcc = logits.argmax(1).eq(b.labels).to(torch::kFloat64).mean().item<double>();
    const double domainAcc = domainLogits.gt(0).eq(domainLabels.gt(0.5)).to(torch::kFloat64).mean().item<double>();
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

  // How well the domain classifier still tells the test splits apart, balanced over
  // the two domains: 0.5 is chance (domain-invariant features), 1.0 full separation.
  NamedValues evaluate(NetworkImpl&, const torch::Tensor& sourceFeatures, const torch::Tensor& targetFeatures) override {
    const bool wasTraining = domain_->is_training();
    domain_->eval();
    const double src = domain_->forward(sourceFeatures).le(0).to(torch::kFloat64).mean().item<double>();
    const double tgt = domain_->forward(targetFeatures).gt(0).to(torch::kFloat64).mean().item<double>();
    domain_->train(wasTraining);
    return {{"acc/domain_test", 0.5 * (src + tgt)}};
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

  LambdaSpec lambda_;
  bool confusion_ = false;
  DomainClassifier domain_;
};

} // namespace

std::unique_ptr<MethodStep> makeDannStep(const Experiment& e, const NetworkImpl& net) {
  return std::make_unique<DannStep>(e, net);
}

} // namespace twb
