#pragma once
// Live values cross from the training thread to the GUI through a small locked
// buffer: the trainer pushes one item at a time, the GUI's coalescing timer takes
// everything that arrived since its last tick in one go (PlotJuggler's pattern).
#include "Metrics.h"

#include <mutex>
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

using MetricsBuffer = LockedBuffer<twb::MetricRow>;
using LogBuffer = LockedBuffer<std::string>;

} // namespace twb::ui
