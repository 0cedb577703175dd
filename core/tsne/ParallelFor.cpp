#include "tsne/ParallelFor.h"

#include <algorithm>

namespace twb::tsne {

ParallelFor::ParallelFor(int threads) {
  if (threads <= 0)
    threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  for (int i = 1; i < threads; ++i)
    workers_.emplace_back([this] { workerLoop(); });
}

ParallelFor::~ParallelFor() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    quit_ = true;
  }
  wake_.notify_all();
  for (std::thread& t : workers_)
    t.join();
}

void ParallelFor::run(std::size_t count, std::size_t grain, const Body& body) {
  if (count == 0)
    return;
  grain = std::max<std::size_t>(grain, 1);
  if (workers_.empty() || count <= grain) {
    body(0, count);
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    body_ = &body;
    count_ = count;
    grain_ = grain;
    next_ = 0;
    error_ = nullptr;
    busy_ = workers_.size();
    ++generation_;
  }
  wake_.notify_all();
  drain();
  std::unique_lock<std::mutex> lock(mutex_);
  done_.wait(lock, [this] { return busy_ == 0; });
  body_ = nullptr;
  if (error_)
    std::rethrow_exception(error_);
}

// Claims blocks until none are left. Blocks are claimed under the mutex: a block is
// hundreds of points of work, so the lock is cheap next to it.
void ParallelFor::drain() {
  for (;;) {
    std::size_t begin = 0, end = 0;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (next_ >= count_ || error_)
        return;
      begin = next_;
      end = std::min(count_, begin + grain_);
      next_ = end;
    }
    try {
      (*body_)(begin, end);
    } catch (...) {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!error_)
        error_ = std::current_exception();
    }
  }
}

void ParallelFor::workerLoop() {
  std::size_t seen = 0;
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [&] { return quit_ || generation_ != seen; });
      if (quit_)
        return;
      seen = generation_;
    }
    drain();
    std::lock_guard<std::mutex> lock(mutex_);
    if (--busy_ == 0)
      done_.notify_one();
  }
}

} // namespace twb::tsne
