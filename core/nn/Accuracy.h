#pragma once
// Test-split accuracy of a network, in eval mode and without gradients. Internal.
#include "data/Dataset.h"
#include "nn/Network.h"

#include <torch/types.h>

namespace twb {

double accuracy(NetworkImpl& net, const ImageSet& images, std::int64_t channels, const torch::Device& device);
// The same from the images' features (featuresOf), without running the extractor again.
double accuracyOfFeatures(NetworkImpl& net, const torch::Tensor& features, const ImageSet& images);

// The share of a training batch's `logits` whose top class is its label.
inline double batchAccuracy(const torch::Tensor& logits, const torch::Tensor& labels) {
  return logits.argmax(1).eq(labels).to(torch::kFloat64).mean().item<double>();
}

// Features of every image of `images` (eval mode, no gradients), [N, featureDim].
torch::Tensor featuresOf(NetworkImpl& net, const ImageSet& images, std::int64_t channels, const torch::Device& device);

} // namespace twb
