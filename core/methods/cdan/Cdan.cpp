// CDAN (Long, Cao, Wang & Jordan 2018, "Conditional adversarial domain adaptation"):
// DANN's domain classifier reads not the features f alone but their multilinear map
// with the label predictor's output g = softmax(logits), the outer product f ⊗ g
// flattened, so that the adversary aligns the joint distribution of features and
// classes, where DANN's marginal alignment may lay a target 3 over the source's 8s.
// When d_f x classes exceeds 4096 (LeNet: 768 x 10), the paper's randomized
// multilinear map (its section 3.2; TLlib's RandomizedMultiLinearMap) stands in:
//   T(f, g) = (f R_f) ⊙ (g R_g) / sqrt(d),
// R_f and R_g fixed Gaussian matrices of d = cdan.randomized_dim columns, drawn once
// from the run's seed. g is detached, as in the paper's and TLlib's code: the
// adversary moves the features, not the predictions.
// CDAN+E (cdan.entropy, on by default): each image's domain loss is weighted by
// w = 1 + exp(-H(g)), normalised to mean 1 over the batch (TLlib's form), so images
// whose prediction is confident, and whose conditioning is therefore meaningful, count
// more than those the classifier is unsure of.
// The loss is label CE + cdan.trade_off x the domain BCE, its gradient reversed into
// the features with weight lambda(p) (method.lambda); TLlib's digits recipe uses
// trade-off 1 and a domain head 1024-1024.
#include "methods/MethodRun.h"
#include "methods/StandardMetrics.h"
#include "methods/adaptation/AdaptationTerm.h"
#include "methods/adaptation/DomainHead.h"

#include "nn/GradientReversal.h"
#include "training/Metrics.h"
#include "training/Schedules.h"
#include "nn/Accuracy.h"

#include <torch/nn/functional/loss.h>

#include <cmath>

namespace twb {

namespace {

namespace F = torch::nn::functional;

constexpr const char* kCdanPrefix = "cdan.";
constexpr const char* kEntropy = "cdan.entropy";
constexpr const char* kRandomizedDim = "cdan.randomized_dim";
// The paper uses the full map up to 4096 values and the randomized one above.
constexpr std::int64_t kFullMapLimit = 4096;
constexpr std::int64_t kCdanHeadLayers = 1, kCdanHeadWidth = 1024;

std::int64_t mapSize(const Method& method, const Experiment& e, std::int64_t featureDim, std::int64_t classes) {
  return featureDim * classes <= kFullMapLimit ? featureDim * classes : method.integerSetting(e, kRandomizedDim);
}

class CdanRun : public AdversarialRun {
public:
  CdanRun(const Method& method, const Experiment& e)
      : AdversarialRun(method, e, kCdanPrefix), tradeOff_(method.realSetting(e, "cdan.trade_off")),
        entropyWeighting_(std::get<bool>(method.setting(e, kEntropy))) {}

  // The random matrices are drawn before the head, from the run's seed.
  void prepare(NetworkImpl& net, RunContext& ctx) override {
    net_ = &net;
    const std::int64_t classes = ctx.shape.classes, d = net.featureDim();
    if (d * classes > kFullMapLimit) {
      const std::int64_t size = headInputs(net, ctx);
      randomFeatures_ = torch::randn({d, size});
      randomPredictions_ = torch::randn({classes, size});
    }
    AdversarialRun::prepare(net, ctx);
  }
  void to(const torch::Device& device) override {
    AdversarialRun::to(device);
    if (randomFeatures_.defined()) {
      randomFeatures_ = randomFeatures_.to(device);
      randomPredictions_ = randomPredictions_.to(device);
    }
  }
  void save(torch::serialize::OutputArchive& archive) override {
    AdversarialRun::save(archive);
    if (randomFeatures_.defined()) {
      archive.write("cdan_random_features", randomFeatures_, true);
      archive.write("cdan_random_predictions", randomPredictions_, true);
    }
  }
  // The matrices as the run drew them: a resumed session draws them again from another
  // point of the generator's sequence (what it skipped before prepare() differs).
  void load(torch::serialize::InputArchive& archive) override {
    AdversarialRun::load(archive);
    if (randomFeatures_.defined()) {
      archive.read("cdan_random_features", randomFeatures_, true);
      archive.read("cdan_random_predictions", randomPredictions_, true);
    }
  }

  torch::Tensor step(NetworkImpl& net, const StepBatch& b, NamedValues& values) override {
    const double lambda = lambdaAt(b.progress);
    const auto ns = b.images.size(0), nt = b.target.size(0);
    const auto features = sourceAndTargetFeatures(net, b);
    const auto logits = net.classify(features);
    const auto sourceLogits = logits.narrow(0, 0, ns);
    const auto labelLoss = F::cross_entropy(sourceLogits, b.labels);

    const auto g = torch::softmax(logits, 1).detach();
    const auto labels = domainLabels(ns, nt, features.options());
    const auto domainLogits = domain_->forward(gradientReversal(multilinear(features, g), lambda));
    torch::Tensor weight;
    if (entropyWeighting_) {
      const auto entropy = -(g * torch::log(g + 1e-5)).sum(1);
      weight = 1.0 + torch::exp(-entropy);
      weight = weight / weight.sum() * static_cast<double>(ns + nt);
    }
    const auto domainLoss = F::binary_cross_entropy_with_logits(
        domainLogits, labels, F::BinaryCrossEntropyWithLogitsFuncOptions().weight(weight));
    const auto total = labelLoss + tradeOff_ * domainLoss;
    total.backward();

    values = {{metric::kLossLabel, labelLoss.item<double>()},
              {metric::kLossDomain, domainLoss.item<double>()},
              {metric::kLossTotal, total.item<double>()},
              {metric::kAccSourceTrain, batchAccuracy(sourceLogits, b.labels)},
              {metric::kAccDomain, domainAccuracy(domainLogits, labels)},
              {metric::kLambda, lambda}};
    return total;
  }

protected:
  std::int64_t headInputs(const NetworkImpl& net, const RunContext& ctx) const override {
    return mapSize(method(), ctx.experiment, net.featureDim(), ctx.shape.classes);
  }
  // The test features conditioned on the predictions they give.
  torch::Tensor headInput(const torch::Tensor& f) const override {
    return multilinear(f, torch::softmax(net_->classify(f), 1));
  }

private:
  // f ⊗ g flattened, or its randomized approximation.
  torch::Tensor multilinear(const torch::Tensor& f, const torch::Tensor& g) const {
    if (!randomFeatures_.defined())
      return torch::bmm(g.unsqueeze(2), f.unsqueeze(1)).flatten(1);
    return f.matmul(randomFeatures_) * g.matmul(randomPredictions_) /
           std::sqrt(static_cast<double>(randomFeatures_.size(1)));
  }

  double tradeOff_;
  bool entropyWeighting_;
  NetworkImpl* net_ = nullptr;
  torch::Tensor randomFeatures_, randomPredictions_;
};

class CdanMethod : public Method {
public:
  std::string name() const override { return "cdan"; }
  Message title() const override {
    return Message::text(TWB_TR("twb", "CDAN: a domain classifier conditioned on the predictions"));
  }
  MethodNeeds needs() const override { return adaptationTermNeeds(); }

  std::vector<SettingSpec> settings() const override {
    std::vector<SettingSpec> all{
        tradeOffSetting(name(), 1.0,
                        Message::text(TWB_TR("twb", "Weight of the domain loss against the label loss (TLlib: 1)"))),
        {kEntropy, true, Message::text(TWB_TR("twb", "Entropy weighting (CDAN+E)")),
         Message::text(TWB_TR("twb", "Weight each image's domain loss by 1 + exp(-entropy) of its prediction, so "
                                     "confidently classified images count more (the paper's CDAN+E)"))}};
    SettingSpec dim{kRandomizedDim, std::int64_t{1024}, Message::text(TWB_TR("twb", "Randomized map size")),
                    Message::text(TWB_TR("twb", "Columns of the randomized multilinear map, used when features × "
                                                "classes exceed 4096 (the paper: 1024)"))};
    dim.minimum = 1;
    dim.maximum = 65536;
    all.push_back(dim);
    for (SettingSpec& s :
         domainHeadSettings(kCdanPrefix, kCdanHeadLayers, kCdanHeadWidth,
                            Message::text(TWB_TR("twb", "Hidden layers of the domain classifier before its one output")),
                            Message::text(TWB_TR("twb", "Units in each hidden layer of the domain classifier (the "
                                                        "paper and TLlib: 1024)"))))
      all.push_back(std::move(s));
    return all;
  }

  std::vector<MetricInfo> metrics() const override {
    std::vector<MetricInfo> all{standardMetric(metric::kLossLabel), standardMetric(metric::kLossTotal),
                                standardMetric(metric::kAccSourceTrain), standardMetric(metric::kLambda)};
    for (MetricInfo& m : domainHeadMetrics())
      all.push_back(std::move(m));
    return all;
  }

  Experiment example() const override { return adaptationExample(name()); }

  std::vector<ModuleSize> ownModules(const Experiment& e, std::int64_t featureDim) const override {
    // The Model panel does not know the class count here; the digits' ten is the
    // common case and only changes the map's size below 4096 values.
    const std::int64_t classes = e.source.classes.empty() ? 10 : static_cast<std::int64_t>(e.source.classes.size());
    return {domainHeadModule(*this, e, kCdanPrefix, mapSize(*this, e, featureDim, classes))};
  }

  std::unique_ptr<MethodRun> startRun(const Experiment& e) const override {
    return std::make_unique<CdanRun>(*this, e);
  }
};

} // namespace

const Method& cdanMethod() {
  static const CdanMethod method;
  return method;
}

} // namespace twb
