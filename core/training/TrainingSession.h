#pragma once
// One run of an experiment, step by step: what Trainer::run does, split into
// screen-sized parts that share the run's state. Internal to core: includes torch.
#include "training/CollapseWatch.h"
#include "data/Dataset.h"
#include "training/Trainer.h"
#include "methods/MethodStep.h"
#include "methods/multitask/MultitaskData.h"
#include "nn/Batches.h"
#include "nn/Checkpoint.h"
#include "nn/Network.h"
#include "nn/Optimizers.h"
#include "zeroshot/ZeroShotSetup.h"

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
  void add(const NamedValues& values);
  NamedValues means() const;
  void clear() { sums_.clear(); }

private:
  std::vector<std::pair<std::string, std::pair<double, int>>> sums_;
};

class TrainingSession {
public:
  TrainingSession(const Experiment& e, const std::string& runDir, const TrainerCallbacks& cb,
                  const std::atomic<bool>& stop);
  TrainResult run();
  // The trained network (after run()).
  std::shared_ptr<NetworkImpl> network() const { return net_; }

private:
  bool loadData(); // false when a stop request cancelled the loading
  void buildModel();
  void startFromSourceModel(); // finetune: pretrain or load, then copy layers
  void openRunDirectory();
  void trainStep();
  [[noreturn]] void diverged(double loss);
  void logTraining(double lr);
  void evaluate();
  void finish();
  void probeDomainsAtEnd(); // summary's proxy_a_distance, for runs with two domains
  void emit(MetricRow row);
  void log(const std::string& line) const;
  std::string runFile(const char* name) const;

  const Experiment& e_;
  const std::string runDir_;
  const TrainerCallbacks& cb_;
  const std::atomic<bool>& stop_;
  torch::Device device_{torch::kCPU};

  Dataset source_, target_;
  ImageSet fewShot_;
  const ImageSet* train_ = nullptr; // the labelled images the label predictor learns from
  NetworkShape shape_;
  std::shared_ptr<NetworkImpl> net_;
  std::unique_ptr<MethodStep> method_;
  OptimizerSetup opt_;
  CheckpointMeta meta_;
  std::optional<BatchSampler> sampler_, targetSampler_;
  std::shared_ptr<const MultitaskData> tasks_; // multitask: each task's labelled data
  std::optional<ZeroShotSetup> zeroShot_;      // zeroshot: descriptions, split, seen-class images

  TrainResult result_;
  MetricWindow window_;
  std::optional<CollapseWatch> collapse_; // methods judged by their source test accuracy
  std::chrono::steady_clock::time_point wall0_;
  double trainSeconds_ = 0.0, lambda_ = 0.0, sourceTestAcc_ = 0.0;
  std::int64_t images_ = 0, step_ = 0, logEvery_ = 10;
};

} // namespace twb
