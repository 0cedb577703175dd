#include "methods/StandardMetrics.h"

#include "training/Metrics.h"

namespace twb {
namespace {

const std::vector<MetricInfo>& standardMetrics() {
  static const std::vector<MetricInfo> all = {
      {metric::kLossLabel, Message::text(TWB_TR("twb", "label loss")), MetricPlot::Losses, true,
       Message::text(TWB_TR("twb", "How wrong the label predictor is on the labelled training batch "
                                   "(cross-entropy); it falls as the classes are learned."))},
      {metric::kLossTotal, Message::text(TWB_TR("twb", "total loss")), MetricPlot::Losses, true,
       Message::text(TWB_TR("twb", "What the optimiser minimises: the label loss plus the method's "
                                   "weighted extra terms."))},
      {metric::kAccSourceTrain, Message::text(TWB_TR("twb", "source training accuracy")), MetricPlot::Accuracies, true,
       Message::text(TWB_TR("twb", "Share of the source training batch classified correctly (the images "
                                   "training learns from)."))},
      {"acc/target_train", Message::text(TWB_TR("twb", "target training accuracy")), MetricPlot::Accuracies, true,
       Message::text(TWB_TR("twb", "Share of the target training batch classified correctly; this method "
                                   "trains on those labels."))},
      {metric::kAccSourceTest, Message::text(TWB_TR("twb", "source test accuracy")), MetricPlot::Accuracies, false,
       Message::text(TWB_TR("twb", "Share of the source's test images classified correctly, at each "
                                   "evaluation."))},
      {metric::kAccTargetTest, Message::text(TWB_TR("twb", "target test accuracy")), MetricPlot::Accuracies, false,
       Message::text(TWB_TR("twb", "Share of the target's test images classified correctly: the number "
                                   "transfer is judged by."))},
      // The adversarial methods' (dann, cdan, vada): their domain classifier's.
      {metric::kLossDomain, Message::text(TWB_TR("twb", "domain loss")), MetricPlot::Losses, true,
       Message::text(TWB_TR("twb", "How well the domain classifier tells source from target (cross-entropy); "
                                   "ln 2 ≈ 0.69 means it cannot tell them apart."))},
      {metric::kAccDomain, Message::text(TWB_TR("twb", "domain accuracy (training batches)")), MetricPlot::Accuracies,
       true,
       Message::text(TWB_TR("twb", "Share of training images the domain classifier puts in the right domain; "
                                   "50 % means it cannot tell source from target."))},
      {"acc/domain_test", Message::text(TWB_TR("twb", "domain accuracy (test splits)")), MetricPlot::Accuracies, false,
       Message::text(TWB_TR("twb", "The domain classifier's accuracy on the test images of both domains, "
                                   "at each evaluation; 50 % is chance."))},
      // Every method whose extra terms ramp in along method.lambda.
      {metric::kLambda, Message::text(TWB_TR("twb", "lambda")), MetricPlot::Schedules, false,
       Message::text(TWB_TR("twb", "The weight of the method's adaptation term at this step: it ramps from 0 up "
                                   "to its maximum along the schedule."))},
      {metric::kLr, Message::text(TWB_TR("twb", "learning rate")), MetricPlot::Schedules, false,
       Message::text(TWB_TR("twb", "The optimiser's step size at this step, as its schedule sets it."))},
  };
  return all;
}

} // namespace

MetricInfo standardMetric(const std::string& name) {
  for (const MetricInfo& m : standardMetrics())
    if (m.name == name)
      return m;
  return MetricInfo{name, Message(name), MetricPlot::Losses, true, {}};
}

std::vector<MetricInfo> trainerMetrics() {
  return {standardMetric(metric::kAccSourceTest), standardMetric(metric::kAccTargetTest), standardMetric(metric::kLr)};
}

} // namespace twb
