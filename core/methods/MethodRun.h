#pragma once
// One run of a method: what it loads, what it adds to the network, one training step
// (which batches, which losses) and what it measures. The session
// (training/TrainingSession) owns everything else: the order of the parts, the
// schedules, logging, checkpoints, stopping. The defaults here are the common case
// (a labelled source, a target tested on the source's classes); a method overrides
// what differs. Internal to core: includes torch.
#include "data/Dataset.h"
#include "experiment/Experiment.h"
#include "methods/Method.h"
#include "nn/Network.h"
#include "training/CollapseWatch.h"
#include "training/RunEvents.h"
#include "training/RunSummary.h"
#include "training/Trainer.h"

#include <torch/serialize/input-archive.h>
#include <torch/serialize/output-archive.h>
#include <torch/types.h>

#include <atomic>
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
  bool perDomainBatchStats = false; // model.batch_stats "per_domain"
};

// The features of a step's source and target batches, the source's rows first: one
// pass over both (batch norm normalises them with one set of statistics), or, with
// model.batch_stats "per_domain", one pass each, so each domain is normalised with its
// own batch statistics during training.
torch::Tensor sourceAndTargetFeatures(NetworkImpl& net, const StepBatch& b);

// The run as the method's hooks see it: its recipe and surroundings, and the data and
// network shape the hooks fill in.
struct RunContext {
  RunContext(const Experiment& e, const std::string& dir, const TrainerCallbacks& cb, const std::atomic<bool>& s)
      : experiment(e), runDir(dir), callbacks(cb), stop(s) {}

  const Experiment& experiment;
  const std::string& runDir;
  const TrainerCallbacks& callbacks;
  const std::atomic<bool>& stop;
  torch::Device device{torch::kCPU};
  RunSummary* summary = nullptr;
  std::int64_t step = 0; // training steps done

  Dataset source, target;
  ImageSet fewShot;                 // a seeded subset of the target's labels
  const ImageSet* train = nullptr;  // the labelled images the label predictor learns from
  NetworkShape shape;
  // During an evaluation, for a method that wants them (MethodRun::wantsTestFeatures):
  // both test splits' features, computed once and read by the accuracies too, so the
  // test images go through the feature extractor once per evaluation, not twice.
  torch::Tensor sourceTestFeatures, targetTestFeatures;

  void report(RunEventKind kind, Message text) const {
    if (callbacks.onEvent)
      callbacks.onEvent(RunEvent{kind, std::move(text)});
  }
};

class MethodRun {
public:
  explicit MethodRun(const Method& method) : method_(method) {}
  virtual ~MethodRun() = default;
  const Method& method() const { return method_; }

  // 1. The data: source and target by spec, their class subsets, the target's
  //    classes matched to the source's by name, and the labelled training images (the
  //    source's, or the target's for a method that trains on them). Cancelled when
  //    asked to stop.
  virtual void loadData(RunContext& ctx);
  // 2. The network's input and classes: the most channels of the two domains (or
  //    model.input_channels), the source's classes.
  virtual NetworkShape networkShape(const RunContext& ctx) const;
  // 3. Everything about the recipe that can be checked before training starts (and
  //    before a pretraining that would take minutes): InputError with the reason.
  virtual void check(NetworkImpl& /*net*/, RunContext& /*ctx*/) {}
  // 4. After the network is built: the method's own modules (built here, after the
  //    network, so a seed always gives the same initial weights), a source model.
  virtual void prepare(NetworkImpl& /*net*/, RunContext& /*ctx*/) {}
  // What the run trains on, for the "Training ..." line: "4000 labelled images".
  virtual Message trainingData(const RunContext& ctx) const;

  // Parameters of the method's own modules, trained alongside the network.
  virtual std::vector<torch::Tensor> parameters() { return {}; }
  virtual void to(const torch::Device&) {}
  virtual void save(torch::serialize::OutputArchive&) {}
  // Resuming (twb train --resume): a run whose whole state is the network, the
  // optimizer (which holds the method's parameters() too), the session's samplers and
  // random state, and what save() writes, says so and reads it back here, after
  // prepare(). Off unless a method opts in, so that a method with more state (a
  // teacher network, its own optimizer or samplers) is refused rather than resumed
  // into other numbers than an unbroken run's.
  virtual bool resumable() const { return false; }
  virtual void load(torch::serialize::InputArchive&) {}

  // Forward and backward (not the optimizer step). Returns the total loss, which the
  // session checks for divergence, and the values to log (averaged over a window).
  virtual torch::Tensor step(NetworkImpl& net, const StepBatch& batch, NamedValues& values) = 0;
  // Methods that draw their own batches (multitask: one per task or group of tasks)
  // get a StepBatch with only `progress` set, and report the images a step used and
  // the passes over their main training set.
  virtual bool drawsOwnBatches() const { return false; }
  virtual std::int64_t imagesInLastStep() const { return 0; }
  virtual double epoch() const { return 0.0; }

  // At each evaluation: measures the test splits, fills the summary's accuracies and
  // returns the values to log. By default the label predictor on the source's and the
  // target's test splits, with a warning when the features collapse.
  virtual NamedValues measureTests(NetworkImpl& net, RunContext& ctx);
  // More numbers from the test splits' features (a domain classifier's accuracy).
  virtual bool wantsTestFeatures() const { return false; }
  virtual NamedValues measureFeatures(const torch::Tensor& /*sourceFeatures*/, const torch::Tensor& /*targetFeatures*/,
                                      RunSummary& /*summary*/) {
    return {};
  }
  // Once, after the last evaluation: final numbers (baselines), files of its own.
  virtual void finishRun(NetworkImpl&, RunSummary&, const std::string& /*runDir*/) {}
  // Before one domain's test features are read for the proxy A-distance at the end: a
  // method whose network differs per domain (AdaBN's batch-norm statistics) sets it up
  // as it reads that domain, and leaves it as it was saved afterwards (`done`).
  virtual void readingDomain(NetworkImpl& /*net*/, bool /*target*/, bool /*done*/) {}

protected:
  // The default measurement: accuracies of `net` on both test splits.
  NamedValues measureLabelPredictor(NetworkImpl& net, RunContext& ctx, bool watchCollapse);

private:
  const Method& method_;
  std::optional<CollapseWatch> collapse_;
};

// The run of e's method; InputError for a method this build cannot run.
std::unique_ptr<MethodRun> startMethodRun(const Experiment& e);

} // namespace twb
