#pragma once
// The step most domain-adaptation methods share: one labelled source batch and one
// unlabelled target batch of the same size go through the feature extractor (together,
// or one at a time with model.batch_stats "per_domain": sourceAndTargetFeatures); the label
// predictor learns from the source alone, and one more term acts on both batches'
// features or predictions: a distance between the two feature distributions (DAN's
// MMD, Deep CORAL), or the target's prediction entropy. Its weight is lambda(p), the
// method's trade-off (its own setting, as TLlib's --trade-off: the terms differ in
// scale by orders of magnitude) times lambda(p), the method.lambda schedule (ganin,
// warmup or constant), so no term acts at full strength before the label predictor
// has learnt something (Ganin & Lempitsky 2015, section 5.2; the ramp-up of Laine &
// Aila 2017). Internal to core: includes torch.
#include "methods/MethodRun.h"

#include <cstdint>
#include <string>

namespace twb {

// What the term reads: both batches' features and class logits, and the target's
// images (a teacher network reads them).
struct AdaptationBatch {
  torch::Tensor targetImages;
  torch::Tensor sourceFeatures, targetFeatures;
  torch::Tensor sourceLogits, targetLogits;
};

class AdaptationTermRun : public MethodRun {
public:
  // `termMetric` is the term's column in metrics.csv ("loss/mmd"); the method's
  // tradeOffSetting is read from `e`.
  AdaptationTermRun(const Method& method, const Experiment& e, std::string termMetric);

  torch::Tensor step(NetworkImpl& net, const StepBatch& b, NamedValues& values) final;

protected:
  // The unweighted term (a scalar with a graph to the features); more values to log
  // may be appended to `values`.
  virtual torch::Tensor term(const AdaptationBatch& batch, NamedValues& values) = 0;

private:
  LambdaSpec lambda_;
  std::int64_t steps_;
  double tradeOff_;
  std::string termMetric_;
};

// The declarations of the metrics every such method logs, its term's among them.
std::vector<MetricInfo> adaptationTermMetrics(MetricInfo term);

// The trade-off setting every such method declares, at "<method>.trade_off", with the
// default its paper or TLlib uses and a line that says where that comes from.
SettingSpec tradeOffSetting(const std::string& method, double defaultValue, Message help);

// These methods' needs: a target batch each step, and the lambda schedule.
MethodNeeds adaptationTermNeeds();

// The mean entropy of the predictions `logits` make (nats): the entropy method's
// term and VADA's conditional-entropy term.
torch::Tensor meanEntropy(const torch::Tensor& logits);

// The digits -> digits-m pair at a length that shows the term act in a test.
Experiment adaptationExample(const std::string& method);

} // namespace twb
