// source_only and target_only: plain cross-entropy on the labelled batch. They are
// the lower and upper bound every domain-adaptation number is read against.
#include "methods/MethodStep.h"

#include "base/Errors.h"
#include "training/Metrics.h"
#include "methods/dann/Dann.h"

#include <torch/nn/functional/loss.h>

namespace twb {

namespace {

class SupervisedStep : public MethodStep {
public:
  explicit SupervisedStep(std::string accuracyName) : accuracyName_(std::move(accuracyName)) {}

  torch::Tensor step(NetworkImpl& net, const StepBatch& b, NamedValues& values) override {
    const auto logits = net.forward(b.images);
    auto loss = torch::nn::functional::cross_entropy(logits, b.labels);
    loss.backward();
    const double acc = logits.argmax(1).eq(b.labels).to(torch::kFloat64).mean().item<double>();
    values = {{metric::kLossLabel, loss.item<double>()}, {accuracyName_, acc}};
    return loss;
  }

private:
  std::string accuracyName_;
};

} // namespace

std::unique_ptr<MethodStep> makeMethodStep(const Experiment& e, const NetworkImpl& net) {
  if (e.method.name == "source_only")
    return std::make_unique<SupervisedStep>(metric::kAccSourceTrain);
  if (trainsOnTargetLabels(e))
    return std::make_unique<SupervisedStep>("acc/target_train");
  if (e.method.name == "dann")
    return makeDannStep(e, net);
  throw InputError("method '" + e.method.name + "' is not available in this version");
}

} // namespace twb
