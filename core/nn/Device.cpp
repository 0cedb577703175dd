#include "nn/Device.h"

#include "base/Errors.h"
#include "training/Trainer.h"

#include <torch/cuda.h>
#include <torch/utils.h>

#include <malloc.h>

#include <cstdlib>
#include <mutex>
#include <thread>

namespace twb {

torch::Device resolveDevice(const std::string& choice) {
  if (choice == "cpu")
    return torch::kCPU;
  const bool cuda = torch::cuda::is_available();
  if (choice == "cuda") {
    if (!cuda)
      throw InputError(Message::text(TWB_TR(
          "twb", "training.device is 'cuda', but this LibTorch build sees no CUDA device; use 'auto' or 'cpu'")));
    return torch::kCUDA;
  }
  return cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
}

void keepFreedTensorMemory() {
  static std::once_flag once;
  std::call_once(once, [] {
    // glibc hands allocations above its mmap threshold (128 KiB, then raised as big
    // blocks are freed) to fresh mmap()s and gives freed memory above its trim
    // threshold back to the kernel. A training step allocates and frees the same
    // few-megabyte activations every step, so by default each step could map them
    // anew and take a page fault for every 4 KiB: in the DANN step on two cores that
    // was up to three quarters of the time (2.2 million faults in 300 steps, 16 s of
    // system time; the same step with the memory kept: 46 thousand and 0.4 s).
    // Keeping freed memory in the heap makes the next step reuse it. 32 MiB is the
    // largest threshold glibc accepts; above it (an evaluation chunk) blocks are
    // still mapped on their own.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
  });
}

void useAllCores() {
  keepFreedTensorMemory();
  // OMP_NUM_THREADS, when set, wins: it is how people share a machine between runs
  // (two experiments side by side, one thread each).
  if (const char* env = std::getenv("OMP_NUM_THREADS")) {
    const int n = std::atoi(env);
    if (n > 0) {
      torch::set_num_threads(n);
      return;
    }
  }
  const unsigned n = std::thread::hardware_concurrency();
  if (n > 0)
    torch::set_num_threads(static_cast<int>(n));
}

} // namespace twb
