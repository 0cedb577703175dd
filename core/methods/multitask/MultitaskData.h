#pragma once
// The labelled data of a multitask run: each distinct dataset loaded once, each
// task's labels mapped from its dataset's classes, and the tasks grouped into
// batches. Tasks on the same images with all their labels share one batch (one
// image, several labels); a task on another dataset, or with a few-label subset,
// gets its own batch. Internal to core.
#include "base/Message.h"
#include "data/Dataset.h"
#include "experiment/Experiment.h"
#include "methods/multitask/Tasks.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace twb {

struct TaskTrack {
  TaskSpec spec;
  LabelMapping labels;
  std::size_t dataset = 0;     // index into MultitaskData::datasets
  std::size_t group = 0;       // index into MultitaskData::groups
  std::size_t trainLabels = 0; // labelled training images the task learns from
};

// The training images one batch is drawn from, and the tasks that read it.
struct TaskGroup {
  std::size_t dataset = 0;
  std::vector<std::size_t> indices; // into the dataset's training split
  std::vector<std::size_t> tasks;
};

struct MultitaskData {
  std::vector<Dataset> datasets;
  std::vector<TaskTrack> tasks; // in the experiment's order; the first is the main task
  std::vector<TaskGroup> groups;
  std::int64_t channels = 1; // the most channels of any dataset (grey images are repeated)
  std::int64_t side = 28;

  const Dataset& mainDataset() const { return datasets[tasks.front().dataset]; }
  // One line per task, for the run log.
  std::vector<Message> describe() const;
};

// Throws InputError (a label that does not apply, datasets of different image
// sizes, an empty split) or Cancelled (options.cancel).
MultitaskData loadMultitaskData(const Experiment& e, const LoadOptions& options);

} // namespace twb
