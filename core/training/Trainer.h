#pragma once
// Runs one experiment to the end: loads its datasets, builds the model, trains,
// evaluates, and (given a run directory) writes experiment.json, metrics.csv,
// summary.json and model.pt. A long job as an object: the experiment in, a result
// out, progress through callbacks, and requestStop() from any thread.
#include "experiment/Experiment.h"
#include "training/Metrics.h"
#include "training/RunEvents.h"
#include "training/RunSummary.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace twb {

// Called on the training thread; keep them cheap (hand the data to another thread).
// The parts of a run that has two (finetune without model.init_from: the source
// model's pretraining, then the target's training).
enum class RunPhase { SourcePretraining, Target };

struct TrainerCallbacks {
  std::function<void(const MetricRow&)> onMetrics;
  // Set it to see a two-part run's first part too: each part is announced with its
  // planned steps, and its rows (steps from 1 again) reach onMetrics after it.
  // Unset, onMetrics gets the target's rows only.
  std::function<void(RunPhase phase, std::int64_t totalSteps)> onPhase;
  std::function<void(std::int64_t step, std::int64_t totalSteps)> onProgress;
  RunEventSink onEvent; // what happened, for people (the run log)
};

struct TrainResult {
  RunSummary summary;
  std::vector<MetricRow> metrics;
  std::string runDir; // empty when none was written
};

class Trainer {
public:
  // runDir empty: train without writing anything to disk. resume: runDir holds a
  // stopped or killed run of `experiment` (experimentToResume) to continue.
  Trainer(Experiment experiment, std::string runDir = {}, bool resume = false);

  // Trains on the calling thread. Throws InputError (bad dataset, experiment) or
  // RunError (diverged, failed to write). A stop request ends it early with
  // summary.status == "stopped", still evaluated and written.
  TrainResult run(const TrainerCallbacks& callbacks = {});
  // Everything run() checks before its first step (the data, the network, a source
  // model's layers), without training or writing anything: InputError with the
  // reason. Returns the network's input channels.
  int check(const TrainerCallbacks& callbacks = {});

  // Safe from any thread; the run notices within one training step.
  void requestStop() { stop_.store(true); }
  bool stopRequested() const { return stop_.load(); }

  const Experiment& experiment() const { return experiment_; }

private:
  Experiment experiment_;
  std::string runDir_;
  bool resume_ = false;
  std::atomic<bool> stop_{false};
};

// The experiment of the stopped or killed run in `runDir`, checked for resuming: it
// has a checkpoint, has not completed or diverged, its experiment.json is the one the
// checkpoint was trained with, and its method can resume. InputError naming the
// directory and the reason otherwise. Reads no dataset.
// `checkpointStep`, when given, receives the step the run resumes at.
Experiment experimentToResume(const std::string& runDir, std::int64_t* checkpointStep = nullptr);
// True when `e`'s method keeps all its state in the checkpoint, so its runs can resume.
bool methodResumes(const Experiment& e);

// "runs/20261128-143001-source_only-s1" under `parent`, made unique if taken.
std::string defaultRunDir(const Experiment& experiment, const std::string& parent = "runs");

// Sets torch's intra-op pool to all cores (or OMP_NUM_THREADS when set), and keeps
// freed tensor memory for the next step (keepFreedTensorMemory); called once per
// process by the mains.
void useAllCores();
// Tells the C allocator to keep freed memory instead of returning it to the kernel
// and mapping it again on the next step. Once per process; every training run calls it.
void keepFreedTensorMemory();

} // namespace twb
