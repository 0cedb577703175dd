#pragma once
// Test-split accuracy of a network, in eval mode and without gradients. Internal.
#include "data/Dataset.h"
#include "nn/Network.h"

#include <torch/types.h>

namespace twb {

double accuracy(NetworkImpl& net, const ImageSet& images, std::int64_t channels, const torch::Device& device);
// The same from the images' features (featuresOf), without running the extractor again.
double accuracyOfFeatures(NetworkImpl& net, const torch::Tensor& features, const ImageSet& images);

// Features of every image of `images` (eval mode, no gradients), [N, featureDim].
torch::Tensor featuresOf(NetworkImpl& net, const ImageSet& images, std::int64_t channels, const torch::Device& device);

} // namespace twb
