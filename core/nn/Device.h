#pragma once
// training.device: "auto" (CUDA when this LibTorch has a usable GPU, else CPU),
// "cpu" or "cuda". Internal to core.
#include <torch/types.h>

#include <string>

namespace twb {

torch::Device resolveDevice(const std::string& choice);

} // namespace twb
