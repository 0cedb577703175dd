#include "cli/Interrupt.h"

namespace twb::cli::detail {

std::atomic<void*> g_job{nullptr};
std::atomic<void (*)(void*)> g_stop{nullptr};

extern "C" void onInterrupt(int) {
  void* job = g_job.load();
  auto* stop = g_stop.load();
  if (job && stop)
    stop(job);
}

} // namespace twb::cli::detail
