#include "nn/Device.h"

#include "base/Errors.h"
#include "training/Trainer.h"

#include <torch/cuda.h>
#include <torch/utils.h>

#include <cstdlib>
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

void useAllCores() {
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
