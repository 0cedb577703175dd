#pragma once
// Ctrl+C asks the running job to stop: a Trainer, a LayerSweep or a CompareRunner ends
// after its current step, still evaluated and written, and the command prints what it
// has; t-SNE (a stop flag) ends without writing. One guard for every long command.
#include <atomic>
#include <csignal>

namespace twb::cli {

namespace detail {
extern std::atomic<void*> g_job;
extern std::atomic<void (*)(void*)> g_stop;
extern "C" void onInterrupt(int);
} // namespace detail

template <typename Job> class InterruptStops {
public:
  explicit InterruptStops(Job& job) {
    detail::g_job.store(&job);
    detail::g_stop.store([](void* j) { static_cast<Job*>(j)->requestStop(); });
    previous_ = std::signal(SIGINT, detail::onInterrupt);
  }
  ~InterruptStops() {
    std::signal(SIGINT, previous_);
    detail::g_job.store(nullptr);
  }
  InterruptStops(const InterruptStops&) = delete;
  InterruptStops& operator=(const InterruptStops&) = delete;

private:
  void (*previous_)(int) = SIG_DFL;
};

} // namespace twb::cli
