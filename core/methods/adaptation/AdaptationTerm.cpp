#include "methods/adaptation/AdaptationTerm.h"

#include "experiment/ExperimentFile.h"
#include "methods/StandardMetrics.h"
#include "nn/Accuracy.h"
#include "training/Metrics.h"
#include "training/Schedules.h"

#include <torch/nn/functional/loss.h>

#include <utility>

namespace twb {

AdaptationTermRun::AdaptationTermRun(const Method& method, const Experiment& e, std::string termMetric)
    : MethodRun(method), lambda_(e.method.lambda), steps_(e.training.steps),
      tradeOff_(method.realSetting(e, method.name() + ".trade_off")), termMetric_(std::move(termMetric)) {}

torch::Tensor AdaptationTermRun::step(NetworkImpl& net, const StepBatch& b, NamedValues& values) {
  const double lambda = scheduledLambda(lambda_, b.progress, steps_);
  const double weight = tradeOff_ * lambda;
  const auto ns = b.images.size(0), nt = b.target.size(0);
  const auto features = sourceAndTargetFeatures(net, b);
  const auto logits = net.classify(features);
  AdaptationBatch batch{b.target, features.narrow(0, 0, ns), features.narrow(0, ns, nt), logits.narrow(0, 0, ns),
                        logits.narrow(0, ns, nt)};
  const auto labelLoss = torch::nn::functional::cross_entropy(batch.sourceLogits, b.labels);
  NamedValues own;
  const auto t = term(batch, own);
  const auto total = labelLoss + weight * t;
  total.backward();

  const double labelAcc = batchAccuracy(batch.sourceLogits, b.labels);
  values = {{metric::kLossLabel, labelLoss.item<double>()},
            {termMetric_, t.item<double>()},
            {metric::kLossTotal, total.item<double>()},
            {metric::kAccSourceTrain, labelAcc},
            {metric::kLambda, lambda}};
  values.insert(values.end(), own.begin(), own.end());
  return total;
}

std::vector<MetricInfo> adaptationTermMetrics(MetricInfo term) {
  return {standardMetric(metric::kLossLabel),
          std::move(term),
          standardMetric(metric::kLossTotal),
          standardMetric(metric::kAccSourceTrain),
          standardMetric(metric::kLambda)};
}

SettingSpec tradeOffSetting(const std::string& method, double defaultValue, Message help) {
  SettingSpec s{method + ".trade_off", defaultValue, Message::text(TWB_TR("twb", "Trade-off")), std::move(help)};
  s.minimum = 0.0;
  s.maximum = 1e6;
  return s;
}

MethodNeeds adaptationTermNeeds() {
  MethodNeeds n;
  n.targetImages = true;
  n.lambda = true;
  return n;
}

torch::Tensor meanEntropy(const torch::Tensor& logits) {
  const auto logp = torch::log_softmax(logits, 1);
  return -(logp.exp() * logp).sum(1).mean();
}

Experiment adaptationExample(const std::string& method) {
  Experiment e = defaultExperiment();
  e.name = method + ": digits -> digits-m";
  e.method.name = method;
  e.training.steps = 1000;
  e.eval.every = 100;
  return e;
}

} // namespace twb
