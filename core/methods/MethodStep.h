#pragma once
// What differs between methods is one training step (which batches, which losses)
// and what they add to an evaluation; the Trainer owns everything else (data,
// schedules, logging, checkpoints, stopping). Internal to core: includes torch.
#include "data/Dataset.h"
#include "experiment/Experiment.h"
#include "training/RunSummary.h"
#include "nn/Network.h"

#include <torch/serialize/output-archive.h>
#include <torch/types.h>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace twb {

using NamedValues = std::vector<std::pair<std::string, double>>;

struct StepBatch {
  torch::Tensor images, labels; // the labelled batch
  torch::Tensor target;         // an unlabelled target batch (methods that ask for one)
  double progress = 0.0;        // p in [0, 1]: steps done / steps planned
};

class MethodStep {
public:
  virtual ~MethodStep() = default;

  // Parameters of the method's own modules (a domain classifier), trained alongside.
  virtual std::vector<torch::Tensor> parameters() { return {}; }
  virtual bool wantsTargetBatch() const { return false; }

  // Forward and backward (not the optimizer step). Returns the total loss, which the
  // trainer checks for divergence, and the values to log (averaged over a window).
  virtual torch::Tensor step(NetworkImpl& net, const StepBatch& batch, NamedValues& values) = 0;

  // Extra numbers at an evaluation, computed on the test splits.
  virtual NamedValues evaluate(NetworkImpl&, const torch::Tensor& /*sourceFeatures*/,
                               const torch::Tensor& /*targetFeatures*/) {
    return {};
  }
  virtual bool wantsTestFeatures() const { return false; }

  // Methods without one ordinary label head (zeroshot; multitask, one accuracy per
  // task) measure the test splits themselves: they fill the summary's accuracies
  // (source_test_acc, target_test_acc and their own entries) and return the values to log.
  virtual std::optional<NamedValues> measureTests(NetworkImpl&, const Dataset& /*source*/, RunSummary&) {
    return std::nullopt;
  }
  // Once, after the last evaluation: final numbers (baselines), files of its own.
  virtual void finishRun(NetworkImpl&, RunSummary&, const std::string& /*runDir*/) {}

  virtual void save(torch::serialize::OutputArchive&) {}
  virtual void to(const torch::Device&) {}

  // Methods that draw their own batches (multitask: one per task or group of tasks)
  // get a StepBatch with only `progress` set, and report the images a step used and
  // the passes over their main training set.
  virtual bool drawsOwnBatches() const { return false; }
  virtual std::int64_t imagesInLastStep() const { return 0; }
  virtual double epoch() const { return 0.0; }
};

// The step of e.method.name; InputError for a method this build cannot run.
std::unique_ptr<MethodStep> makeMethodStep(const Experiment& e, const NetworkImpl& net);

} // namespace twb
