// VADA (Shu, Bui, Narui & Ermon 2018, "A DIRT-T approach to unsupervised domain
// adaptation", its section 3): DANN plus the cluster assumption. Domain-adversarial
// alignment alone may align the features while the decision boundary still crosses
// dense regions of target images; VADA adds two terms that keep it away from them:
// the target's conditional entropy (confident predictions) and virtual adversarial
// training (Miyato et al. 2018: the prediction may not change within a small ball
// around an image), the latter on both domains:
//   L = L_y(source) + l_d L_d + l_s L_vat(source) + l_t (L_ent(target) + L_vat(target)),
// with the paper's digit weights l_d = 0.01, l_s = 1, l_t = 0.01 (its table 5), each
// times lambda(p) (method.lambda) so none acts before the label predictor has learnt.
// L_vat(x) = KL(h(x) || h(x + r_adv)), r_adv one power iteration's estimate of the
// direction that changes the prediction most, scaled to vada.vat_radius. The paper's
// radius 3.5 is for instance-normalised 32x32 inputs; our pixels are in [0, 1], where
// 1 is about the same share of an image's spread. The domain term is DANN's, through
// the gradient reversal layer.
#include "methods/MethodRun.h"
#include "methods/StandardMetrics.h"
#include "methods/adaptation/AdaptationTerm.h"
#include "methods/adaptation/DomainHead.h"

#include "nn/GradientReversal.h"
#include "training/Metrics.h"
#include "training/Schedules.h"
#include "nn/Accuracy.h"

#include <torch/autograd.h>
#include <torch/nn/functional/loss.h>

namespace twb {

namespace {

namespace F = torch::nn::functional;

constexpr const char* kVadaPrefix = "vada.";
constexpr std::int64_t kVadaHeadLayers = 1, kVadaHeadWidth = 100;

// Each image's perturbation scaled to unit L2 norm.
torch::Tensor perImageUnit(const torch::Tensor& d) {
  return d / (d.flatten(1).norm(2, 1).clamp_min(1e-12).view({-1, 1, 1, 1}));
}

// KL(p || softmax(logits)) per image, p given as probabilities.
torch::Tensor klPerImage(const torch::Tensor& p, const torch::Tensor& logits) {
  return (p * (torch::log(p.clamp_min(1e-8)) - torch::log_softmax(logits, 1))).sum(1);
}

// Virtual adversarial loss of each image of `images`, whose clean logits are `logits`
// (Miyato et al. 2018, one power iteration with xi = 1e-6 as in their and the VADA
// code).
torch::Tensor virtualAdversarialLoss(NetworkImpl& net, const torch::Tensor& images, const torch::Tensor& logits,
                                     double radius) {
  const auto p = torch::softmax(logits, 1).detach();
  auto probe = (1e-6 * perImageUnit(torch::randn_like(images))).requires_grad_(true);
  const auto probeKl = klPerImage(p, net.forward(images + probe)).sum();
  const auto direction = torch::autograd::grad({probeKl}, {probe})[0].detach();
  const auto adversarial = (images + radius * perImageUnit(direction)).detach();
  return klPerImage(p, net.forward(adversarial));
}

class VadaRun : public AdversarialRun {
public:
  VadaRun(const Method& method, const Experiment& e)
      : AdversarialRun(method, e, kVadaPrefix), domainWeight_(method.realSetting(e, "vada.domain_weight")),
        sourceVatWeight_(method.realSetting(e, "vada.source_vat_weight")),
        targetWeight_(method.realSetting(e, "vada.target_weight")), radius_(method.realSetting(e, "vada.vat_radius")) {}

  torch::Tensor step(NetworkImpl& net, const StepBatch& b, NamedValues& values) override {
    const double lambda = lambdaAt(b.progress);
    const auto ns = b.images.size(0), nt = b.target.size(0);
    const auto images = torch::cat({b.images, b.target});
    const auto features = sourceAndTargetFeatures(net, b);
    const auto logits = net.classify(features);
    const auto sourceLogits = logits.narrow(0, 0, ns), targetLogits = logits.narrow(0, ns, nt);
    const auto labelLoss = F::cross_entropy(sourceLogits, b.labels);

    const auto labels = domainLabels(ns, nt, features.options());
    const auto domainLogits = domain_->forward(gradientReversal(features, lambda));
    const auto domainLoss = F::binary_cross_entropy_with_logits(domainLogits, labels);
    const auto entropy = meanEntropy(targetLogits);
    // One power iteration for both domains' images at once; each image's own ball.
    const auto vat = virtualAdversarialLoss(net, images, logits, radius_);
    const auto sourceVat = vat.narrow(0, 0, ns).mean(), targetVat = vat.narrow(0, ns, nt).mean();
    // The domain loss trains its classifier at full strength: only the features' side
    // of it ramps in, through the reversal.
    const auto total = labelLoss + domainWeight_ * domainLoss +
                       lambda * (sourceVatWeight_ * sourceVat + targetWeight_ * (entropy + targetVat));
    total.backward();

    values = {{metric::kLossLabel, labelLoss.item<double>()},
              {metric::kLossDomain, domainLoss.item<double>()},
              {"loss/entropy", entropy.item<double>()},
              {"loss/vat_source", sourceVat.item<double>()},
              {"loss/vat_target", targetVat.item<double>()},
              {metric::kLossTotal, total.item<double>()},
              {metric::kAccSourceTrain, batchAccuracy(sourceLogits, b.labels)},
              {metric::kAccDomain, domainAccuracy(domainLogits, labels)},
              {metric::kLambda, lambda}};
    return total;
  }

private:
  double domainWeight_, sourceVatWeight_, targetWeight_, radius_;
};

SettingSpec weightSetting(const char* key, double value, Message title, Message help) {
  SettingSpec s{key, value, std::move(title), std::move(help)};
  s.minimum = 0.0;
  s.maximum = 1e6;
  return s;
}

class VadaMethod : public Method {
public:
  std::string name() const override { return "vada"; }
  Message title() const override {
    return Message::text(TWB_TR("twb", "VADA: DANN with target entropy and virtual adversarial training"));
  }
  MethodNeeds needs() const override { return adaptationTermNeeds(); }

  std::vector<SettingSpec> settings() const override {
    std::vector<SettingSpec> all{
        weightSetting("vada.domain_weight", 0.01, Message::text(TWB_TR("twb", "Domain weight")),
                      Message::text(TWB_TR("twb", "Weight of the domain-adversarial loss (the paper's digits: 0.01)"))),
        weightSetting("vada.source_vat_weight", 1.0, Message::text(TWB_TR("twb", "Source VAT weight")),
                      Message::text(TWB_TR("twb", "Weight of virtual adversarial training on the source (the paper: "
                                                  "1)"))),
        weightSetting("vada.target_weight", 0.01, Message::text(TWB_TR("twb", "Target weight")),
                      Message::text(TWB_TR("twb", "Weight of the target's entropy and virtual adversarial loss (the "
                                                  "paper's digits: 0.01)"))),
        weightSetting("vada.vat_radius", 1.0, Message::text(TWB_TR("twb", "VAT radius")),
                      Message::text(TWB_TR("twb", "Length (L2, over an image's pixels in [0, 1]) of the adversarial "
                                                  "perturbation the prediction must withstand")))};
    for (SettingSpec& s :
         domainHeadSettings(kVadaPrefix, kVadaHeadLayers, kVadaHeadWidth,
                            Message::text(TWB_TR("twb", "Hidden layers of the domain classifier before its one output")),
                            Message::text(TWB_TR("twb", "Units in each hidden layer of the domain classifier"))))
      all.push_back(std::move(s));
    return all;
  }

  std::vector<MetricInfo> metrics() const override {
    std::vector<MetricInfo> all{
        standardMetric(metric::kLossLabel),
        {"loss/entropy", Message::text(TWB_TR("twb", "target entropy")), MetricPlot::Losses, true,
         Message::text(TWB_TR("twb", "How unsure the label predictor is on the target batch (mean entropy of its "
                                     "predictions, in nats): ln 10 ≈ 2.3 for ten classes guessed evenly, 0 when "
                                     "confident."))},
        {"loss/vat_source", Message::text(TWB_TR("twb", "VAT loss (source)")), MetricPlot::Losses, true,
         Message::text(TWB_TR("twb", "How much a small worst-case change of a source image changes its prediction "
                                     "(KL divergence): low when the decision boundary stays away from the images."))},
        {"loss/vat_target", Message::text(TWB_TR("twb", "VAT loss (target)")), MetricPlot::Losses, true,
         Message::text(TWB_TR("twb", "The same for the target's images: low when the boundary passes between the "
                                     "target's clusters, not through them."))},
        standardMetric(metric::kLossTotal), standardMetric(metric::kAccSourceTrain), standardMetric(metric::kLambda)};
    for (MetricInfo& m : domainHeadMetrics())
      all.push_back(std::move(m));
    return all;
  }

  Experiment example() const override { return adaptationExample(name()); }

  std::vector<ModuleSize> ownModules(const Experiment& e, std::int64_t featureDim) const override {
    return {domainHeadModule(*this, e, kVadaPrefix, featureDim)};
  }

  std::unique_ptr<MethodRun> startRun(const Experiment& e) const override {
    return std::make_unique<VadaRun>(*this, e);
  }
};

} // namespace

const Method& vadaMethod() {
  static const VadaMethod method;
  return method;
}

} // namespace twb
