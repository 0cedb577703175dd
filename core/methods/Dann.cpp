// DANN: one labelled source batch and one unlabelled target batch of the same size
// go through the feature extractor together. The label predictor learns from the
// source alone; the domain classifier, behind the gradient reversal layer, learns to
// tell source (0) from target (1) while the reversed gradient, scaled by lambda(p),
// pushes the features to make the domains indistinguishable.
#include "methods/Dann.h"

#include "Metrics.h"
#include "Schedules.h"
#include "nn/DomainClassifier.h"
#include "nn/GradientReversal.h"

#include <torch/nn/functional/loss.h>

namespace twb {

namespace {

namespace F = torch::nn::functional;

class DannStep : public MethodStep {
public:
  DannStep(const Experiment& e, const NetworkImpl& net)
      : lambda_(e.method.lambda),
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

    const auto domainLogits = domain_->forward(gradientReversal(features, lambda));
    const auto domainLabels = torch::cat({torch::zeros({ns}, features.options()), torch::ones({nt}, features.options())});
    const auto domainLoss = F::binary_cross_entropy_with_logits(domainLogits, domainLabels);
    // lambda lives in the reversed gradient, so the domain classifier itself always
    // learns at full strength (the paper's formulation).
    auto total = labelLoss + domainLoss;
    total.backward();

    const double labelAcc = logits.argmax(1).eq(b.labels).to(torch::kFloat64).mean().item<double>();
    const double domainAcc = domainLogits.gt(0).eq(domainLabels.gt(0.5)).to(torch::kFloat64).mean().item<double>();
    values = {{metric::kLossLabel, labelLoss.item<double>()},
              {metric::kLossDomain, domainLoss.item<double>()},
              {metric::kLossTotal, total.item<double>()},
              {metric::kAccSourceTrain, labelAcc},
              {metric::kAccDomain, domainAcc},
              {metric::kLambda, lambda}};
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
  LambdaSpec lambda_;
  DomainClassifier domain_;
};

} // namespace

std::unique_ptr<MethodStep> makeDannStep(const Experiment& e, const NetworkImpl& net) {
  return std::make_unique<DannStep>(e, net);
}

} // namespace twb
