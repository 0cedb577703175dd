// source_only and target_only: plain cross-entropy on one labelled batch, the
// source's or the target's. They are the lower and upper bound every
// domain-adaptation number is read against: a method that adapts should land between
// training on the source alone and training on the target's own labels.
#include "methods/supervised/CrossEntropyStep.h"

#include "experiment/ExperimentFile.h"
#include "methods/StandardMetrics.h"
#include "training/Metrics.h"
#include "nn/Accuracy.h"

#include <torch/nn/functional/loss.h>

namespace twb {

torch::Tensor crossEntropyStep(NetworkImpl& net, const StepBatch& b, NamedValues& values,
                               const std::string& accuracyName) {
  const auto logits = net.forward(b.images);
  auto loss = torch::nn::functional::cross_entropy(logits, b.labels);
  loss.backward();
  const double acc = batchAccuracy(logits, b.labels);
  values = {{metric::kLossLabel, loss.item<double>()}, {accuracyName, acc}};
  return loss;
}

namespace {

class SupervisedRun : public MethodRun {
public:
  SupervisedRun(const Method& method, std::string accuracyName)
      : MethodRun(method), accuracyName_(std::move(accuracyName)) {}
  bool resumable() const override { return true; } // no state beyond the network's

  torch::Tensor step(NetworkImpl& net, const StepBatch& b, NamedValues& values) override {
    return crossEntropyStep(net, b, values, accuracyName_);
  }

private:
  std::string accuracyName_;
};

// The digits -> digits-m pair of the DANN paper, which both bounds frame.
Experiment digitsToDigitsM(const std::string& method) {
  Experiment e = defaultExperiment();
  e.name = method + ": digits -> digits-m";
  e.method.name = method;
  e.training.steps = 1000;
  e.training.lrSchedule = "constant";
  e.eval.every = 100;
  return e;
}

class SourceOnlyMethod : public Method {
public:
  std::string name() const override { return "source_only"; }
  Message title() const override { return Message::text(TWB_TR("twb", "Source only: train on the source, test on the target")); }
  MethodRole role() const override { return MethodRole::LowerBound; }
  std::vector<MetricInfo> metrics() const override {
    return {standardMetric(metric::kLossLabel), standardMetric(metric::kAccSourceTrain)};
  }
  Experiment example() const override { return digitsToDigitsM(name()); }
  std::unique_ptr<MethodRun> startRun(const Experiment&) const override {
    return std::make_unique<SupervisedRun>(*this, metric::kAccSourceTrain);
  }
};

class TargetOnlyMethod : public Method {
public:
  std::string name() const override { return "target_only"; }
  Message title() const override {
    return Message::text(TWB_TR("twb", "Target only: train on the target's labels (upper bound)"));
  }
  MethodRole role() const override { return MethodRole::UpperBound; }
  MethodNeeds needs() const override {
    MethodNeeds n;
    n.targetLabels = true;
    return n;
  }
  std::vector<MetricInfo> metrics() const override {
    return {standardMetric(metric::kLossLabel), standardMetric("acc/target_train")};
  }
  Experiment example() const override { return digitsToDigitsM(name()); }
  std::unique_ptr<MethodRun> startRun(const Experiment&) const override {
    return std::make_unique<SupervisedRun>(*this, "acc/target_train");
  }
};

} // namespace

const Method& sourceOnlyMethod() {
  static const SourceOnlyMethod method;
  return method;
}

const Method& targetOnlyMethod() {
  static const TargetOnlyMethod method;
  return method;
}

} // namespace twb
