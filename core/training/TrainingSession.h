#pragma once
// One run of an experiment, step by step: what Trainer::run does, split into
// screen-sized parts that share the run's state. What differs between methods is the
// method's run object (methods/MethodRun.h); this is the part every method shares.
// Internal to core: includes torch.
#include "methods/MethodRun.h"
#include "nn/BatchNormStatistics.h"
#include "nn/Batches.h"
#include "nn/Checkpoint.h"
#include "nn/Network.h"
#include "nn/Optimizers.h"
#include "training/Trainer.h"

#include <torch/types.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace twb {

// Means of the values each step reports, over the steps between two log rows.
class MetricWindow {
public:
  // Per name: the sum of the values and how many were added.
  using Sums = std::vector<std::pair<std::string, std::pair<double, int>>>;

  void add(const NamedValues& values);
  NamedValues means() const;
  void clear() { sums_.clear(); }
  // For a checkpoint: the sums and counts so far (a stopped run's partial window).
  const Sums& state() const { return sums_; }
  void restore(Sums sums) { sums_ = std::move(sums); }

private:
  Sums sums_;
};

class TrainingSession {
public:
  // resume: runDir holds a stopped or killed run of `e` (checked by experimentToResume)
  // that continues from its last checkpoint.
  TrainingSession(const Experiment& e, const std::string& runDir, const TrainerCallbacks& cb,
                  const std::atomic<bool>& stop, bool resume = false);
  TrainResult run();
  // The data, the network and the method's checks, without training: the network's
  // input channels. InputError with the reason when the recipe cannot run.
  int check();
  // The trained network (after run()).
  std::shared_ptr<NetworkImpl> network() const { return net_; }

private:
  bool setUp(bool checkOnly); // false when a stop request cancelled the loading
  void openRunDirectory();
  void resumeFromCheckpoint(); // the run directory's model.pt, metrics and log
  void saveResumeState(torch::serialize::OutputArchive& root) const;
  void loadResumeState(torch::serialize::InputArchive& root);
  void trainStep();
  [[noreturn]] void diverged(double loss);
  void logTraining(double lr);
  void evaluate();
  void finish();
  void probeDomainsAtEnd(); // summary's proxy_a_distance, for runs with two domains
  void emit(MetricRow row);
  std::string runFile(const char* name) const;
  void writeLog() const; // log.json (training/RunLog.h): every event so far

  const Experiment& e_;
  const std::string runDir_;
  const TrainerCallbacks& cb_;
  const std::atomic<bool>& stop_;
  const bool resume_;
  // The caller's callbacks, with every event also kept for the run directory's log.
  TrainerCallbacks logged_;
  std::vector<RunEvent> events_;
  RunContext ctx_;

  std::shared_ptr<NetworkImpl> net_;
  std::unique_ptr<MethodRun> method_;
  OptimizerSetup opt_;
  CheckpointMeta meta_;
  std::optional<BatchSampler> sampler_, targetSampler_;

  TrainResult result_;
  MetricWindow window_;
  std::chrono::steady_clock::time_point wall0_;
  double wallBefore_ = 0.0; // a resumed run's wall-clock seconds before this process
  std::size_t metricRowsAtCheckpoint_ = 0; // a resumed run's metric rows up to its checkpoint's evaluation
  double trainSeconds_ = 0.0;
  std::optional<double> lambda_; // the last lambda the step logged
  bool targetImages_ = false;    // the method takes an unlabelled target batch each step
  // model.batch_stats "per_domain" on a batch-norm network of a method that trains on
  // both domains: each domain is tested with its own statistics, estimated afresh at
  // each evaluation (the last ones kept here for the domain probe at the end).
  bool perDomainStatistics_ = false;
  std::vector<BatchNormStatistics> sourceStatistics_, targetStatistics_;
  // The running statistics training had before the last evaluation replaced them. A
  // stopped run's evaluation comes at a step the unbroken run does not evaluate, so a
  // resume from it puts these back: a method that reads the network in eval mode
  // while training (translate's semantic term) then steps as the unbroken run did.
  std::vector<BatchNormStatistics> trainingStatistics_;
  std::int64_t images_ = 0, logEvery_ = 10;
};

} // namespace twb
