#pragma once
// From a score matrix (one row per test image, one column per class) to the
// zero-shot numbers: per-class top-1 with the unseen classes as the only candidates
// (ZSL), and with every class a candidate (generalised ZSL: seen accuracy, unseen
// accuracy, their harmonic mean). Internal to core: includes torch.
#include "zeroshot/ZeroShotResults.h"

#include <torch/types.h>

#include <string>
#include <vector>

namespace twb {

ZeroShotScore scoreZeroShot(const std::string& method, const torch::Tensor& scores, const torch::Tensor& labels,
                            const std::vector<bool>& unseen);

double harmonicMean(double a, double b);

} // namespace twb
