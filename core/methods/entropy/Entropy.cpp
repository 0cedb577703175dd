// Entropy minimisation on the target (Grandvalet & Bengio 2005, "Semi-supervised
// learning by entropy minimization"; the target term of Long et al. 2016's RTN and
// of VADA, Shu et al. 2018): the label predictor learns from the source, and its
// predictions on the unlabelled target are pushed to be confident,
//   H = - E_t sum_k p_k(t) log p_k(t),
// which moves the decision boundary away from dense regions of target images (the
// cluster assumption). It trusts the model's own guesses: from a weak start it can
// lock the target into wrong classes (our syndigits tries did), which is why its
// weight ramps in (method.lambda) and why it is read beside source_only.
#include "methods/adaptation/AdaptationTerm.h"

#include "experiment/ExperimentFile.h"

namespace twb {

namespace {

class EntropyRun : public AdaptationTermRun {
public:
  EntropyRun(const Method& method, const Experiment& e) : AdaptationTermRun(method, e, "loss/entropy") {}
  bool resumable() const override { return true; } // no state beyond the network's

protected:
  torch::Tensor term(const AdaptationBatch& b, NamedValues&) override { return meanEntropy(b.targetLogits); }
};

class EntropyMethod : public Method {
public:
  std::string name() const override { return "entropy"; }
  Message title() const override {
    return Message::text(TWB_TR("twb", "Entropy minimisation: confident predictions on the target"));
  }
  MethodNeeds needs() const override { return adaptationTermNeeds(); }
  std::vector<SettingSpec> settings() const override {
    return {tradeOffSetting(name(), 0.1,
                            Message::text(TWB_TR("twb", "Weight of the entropy term against the label loss (0.1 here: a "
                                                      "strong entropy term locks a weak start into wrong classes)")))};
  }
  std::vector<MetricInfo> metrics() const override {
    return adaptationTermMetrics(
        {"loss/entropy", Message::text(TWB_TR("twb", "target entropy")), MetricPlot::Losses, true,
         Message::text(TWB_TR("twb", "How unsure the label predictor is on the target batch (mean entropy of its "
                                     "predictions, in nats): ln 10 ≈ 2.3 for ten classes guessed evenly, 0 when "
                                     "confident."))});
  }
  Experiment example() const override { return adaptationExample(name()); }
  std::unique_ptr<MethodRun> startRun(const Experiment& e) const override {
    return std::make_unique<EntropyRun>(*this, e);
  }
};

} // namespace

const Method& entropyMethod() {
  static const EntropyMethod method;
  return method;
}

} // namespace twb
