// Deep CORAL (Sun & Saenko 2016, "Deep CORAL: correlation alignment for deep domain
// adaptation"): the label predictor learns from the source while the second-order
// statistics of the source and target batches' features are aligned. The paper's
// term is |C_S - C_T|_F^2 / (4 d^2), C the d x d covariance of a batch's features;
// as TLlib's CorrelationAlignmentLoss (tllib/alignment/coral.py) the means are
// aligned too and each difference is averaged over its entries,
//   l_CORAL = mean((mu_S - mu_T)^2) + mean((C_S - C_T)^2),
// which is the paper's term times 4 plus the first moments. It matches the first two
// moments only, a weaker pull than MMD's, and cheap: one d x d matrix a batch. The
// paper weights the term so that at the end of training it is about as large as the
// classification loss (coral.trade_off). CPJKU/da reports CORAL no better than
// source_only on MNIST -> MNIST-M: a negative result the comparison shows too.
#include "methods/adaptation/AdaptationTerm.h"

#include "experiment/ExperimentFile.h"

namespace twb {

namespace {

// The features' covariance (d x d), unbiased as in the paper.
torch::Tensor covariance(const torch::Tensor& x) {
  const auto centred = x - x.mean(0, true);
  return centred.t().matmul(centred) / static_cast<double>(std::max<std::int64_t>(1, x.size(0) - 1));
}

torch::Tensor correlationAlignment(const torch::Tensor& s, const torch::Tensor& t) {
  return (s.mean(0) - t.mean(0)).pow(2).mean() + (covariance(s) - covariance(t)).pow(2).mean();
}

class CoralRun : public AdaptationTermRun {
public:
  CoralRun(const Method& method, const Experiment& e) : AdaptationTermRun(method, e, "loss/coral") {}
  bool resumable() const override { return true; } // no state beyond the network's

protected:
  torch::Tensor term(const AdaptationBatch& b, NamedValues&) override {
    return correlationAlignment(b.sourceFeatures, b.targetFeatures);
  }
};

class CoralMethod : public Method {
public:
  std::string name() const override { return "coral"; }
  Message title() const override {
    return Message::text(TWB_TR("twb", "Deep CORAL: align the feature covariances"));
  }
  MethodNeeds needs() const override { return adaptationTermNeeds(); }
  std::vector<SettingSpec> settings() const override {
    return {tradeOffSetting(name(), 1.0,
                            Message::text(TWB_TR("twb", "Weight of the CORAL term against the label loss (TLlib: 1)")))};
  }
  std::vector<MetricInfo> metrics() const override {
    return adaptationTermMetrics(
        {"loss/coral", Message::text(TWB_TR("twb", "CORAL distance")), MetricPlot::Losses, true,
         Message::text(TWB_TR("twb", "How far apart the source and target batches' feature means and "
                                     "covariances are (mean squared difference of their entries): 0 when they agree."))});
  }
  Experiment example() const override { return adaptationExample(name()); }
  std::unique_ptr<MethodRun> startRun(const Experiment& e) const override {
    return std::make_unique<CoralRun>(*this, e);
  }
};

} // namespace

const Method& coralMethod() {
  static const CoralMethod method;
  return method;
}

} // namespace twb
