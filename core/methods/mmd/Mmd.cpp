// DAN-style feature alignment (Long et al. 2015, "Learning transferable features with
// deep adaptation networks"): the label predictor learns from the source while the
// features of a source and a target batch are pulled together by their multi-kernel
// maximum mean discrepancy,
//   MMD^2 = E[k(s, s')] + E[k(t, t')] - 2 E[k(s, t)],  k = (1/m) sum_u k_u,
// the distance between the two feature distributions' mean embeddings in the kernels'
// feature space: zero exactly when the distributions agree (for characteristic
// kernels such as the Gaussian). As in TLlib's MultipleKernelMaximumMeanDiscrepancy
// (tllib/alignment/dan.py), the kernels are Gaussians exp(-|x - y|^2 / (2 sigma_u^2))
// with sigma_u^2 = 2^u times the batch's mean squared distance, u = -3 .. 1 for the
// default five, weighted equally (DAN learns the weights by a quadratic programme; the
// equal mix is TLlib's and the common practice). The estimate is the biased quadratic
// one over the whole batch (DAN's linear-time estimate trades accuracy for speed on
// large batches, which a batch of 64 does not need). The bandwidth follows the data
// but does not take gradients, so the features cannot shrink the distances to zero
// the easy way.
#include "methods/adaptation/AdaptationTerm.h"

#include "experiment/ExperimentFile.h"

#include <cmath>

namespace twb {

namespace {

constexpr const char* kKernels = "mmd.kernels";

// Multi-kernel MMD^2 between the rows of `s` and `t` (n x d each).
torch::Tensor maximumMeanDiscrepancy(const torch::Tensor& s, const torch::Tensor& t, int kernels) {
  const auto ns = s.size(0), nt = t.size(0);
  const auto x = torch::cat({s, t});
  // |x_i - x_j|^2 through the Gram matrix: one matrix product instead of n^2 differences.
  const auto sq = x.pow(2).sum(1, true);
  const auto d2 = (sq + sq.t() - 2.0 * x.matmul(x.t())).clamp_min(0.0);
  const auto base = d2.detach().mean();
  auto k = torch::zeros_like(d2);
  // Bandwidth exponents centred on -1: u = -3 .. 1 for five kernels, as TLlib's DAN.
  const int lowest = -1 - (kernels - 1) / 2;
  for (int u = 0; u < kernels; ++u) {
    const double alpha = std::pow(2.0, lowest + u);
    k = k + torch::exp(-d2 / (2.0 * alpha * base + 1e-12));
  }
  k = k / static_cast<double>(kernels);
  const auto kss = k.narrow(0, 0, ns).narrow(1, 0, ns).mean();
  const auto ktt = k.narrow(0, ns, nt).narrow(1, ns, nt).mean();
  const auto kst = k.narrow(0, 0, ns).narrow(1, ns, nt).mean();
  return kss + ktt - 2.0 * kst;
}

class MmdRun : public AdaptationTermRun {
public:
  MmdRun(const Method& method, const Experiment& e)
      : AdaptationTermRun(method, e, "loss/mmd"), kernels_(static_cast<int>(method.integerSetting(e, kKernels))) {}
  bool resumable() const override { return true; } // no state beyond the network's

protected:
  torch::Tensor term(const AdaptationBatch& b, NamedValues&) override {
    return maximumMeanDiscrepancy(b.sourceFeatures, b.targetFeatures, kernels_);
  }

private:
  int kernels_;
};

class MmdMethod : public Method {
public:
  std::string name() const override { return "mmd"; }
  Message title() const override {
    return Message::text(TWB_TR("twb", "MMD: align the feature distributions (DAN, multi-kernel MMD)"));
  }
  MethodNeeds needs() const override { return adaptationTermNeeds(); }
  std::vector<SettingSpec> settings() const override {
    SettingSpec kernels{kKernels, std::int64_t{5}, Message::text(TWB_TR("twb", "Kernels")),
                        Message::text(TWB_TR("twb", "Gaussian kernels mixed in the MMD, their bandwidths powers of 2 "
                                                  "around the batch's mean distance (TLlib's DAN: 5)"))};
    kernels.minimum = 1;
    kernels.maximum = 9;
    return {tradeOffSetting(name(), 1.0,
                            Message::text(TWB_TR("twb", "Weight of the MMD term against the label loss (TLlib's DAN: 1)"))),
            kernels};
  }
  std::vector<MetricInfo> metrics() const override {
    return adaptationTermMetrics(
        {"loss/mmd", Message::text(TWB_TR("twb", "MMD")), MetricPlot::Losses, true,
         Message::text(TWB_TR("twb", "The multi-kernel maximum mean discrepancy between the source and target "
                                     "batches' features: 0 when their distributions agree."))});
  }
  Experiment example() const override { return adaptationExample(name()); }
  std::unique_ptr<MethodRun> startRun(const Experiment& e) const override { return std::make_unique<MmdRun>(*this, e); }
};

} // namespace

const Method& mmdMethod() {
  static const MmdMethod method;
  return method;
}

} // namespace twb
