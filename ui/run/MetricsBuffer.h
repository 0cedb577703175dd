#pragma once
// Live values cross from the training thread to the GUI through a small locked
// buffer: the trainer pushes one item at a time, the GUI's coalescing timer takes
// everything that arrived since its last tick in one go (PlotJuggler's pattern).
#include "training/Metrics.h"
#include "training/Trainer.h"

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace twb::ui {

template <typename T> class LockedBuffer {
public:
  void push(T item) {
    const std::lock_guard<std::mutex> lock(mutex_);
    items_.push_back(std::move(item));
  }

  // Everything pushed since the last call, oldest first; the buffer is left empty.
  std::vector<T> takeAll() {
    std::vector<T> taken;
    const std::lock_guard<std::mutex> lock(mutex_);
    taken.swap(items_);
    return taken;
  }

private:
  std::mutex mutex_;
  std::vector<T> items_;
};

// What the training thread hands the window, in order: a row of metrics, or the
// start of a two-part run's next part (finetune's source pretraining, then the
// target), whose rows count from step 1 again.
struct LiveItem {
  twb::MetricRow row;
  std::optional<twb::RunPhase> phase; // set: a part starts here, of phaseSteps steps
  std::int64_t phaseSteps = 0;
};

using MetricsBuffer = LockedBuffer<LiveItem>;
using EventBuffer = LockedBuffer<twb::RunEvent>;

} // namespace twb::ui
