#pragma once
// A network's batch-norm statistics as a value: read them, put them back, or estimate
// them afresh over a domain's images. AdaBN (Li et al. 2016) tests the target with the
// target's statistics; model.batch_stats "per_domain" tests each domain with its own
// (domain-specific batch norm, Chang et al. 2019). Internal to core: includes torch.
#include "data/Dataset.h"
#include "nn/Network.h"

#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace torch::nn {
class BatchNorm2dImpl;
}

namespace twb {

// How many of a domain's training images its statistics are estimated over, unless a
// method says otherwise (AdaBN's adabn.images default; model.batch_stats per_domain).
constexpr std::int64_t kStatisticsImages = 5000;

// What one batch-norm layer has learnt about a domain.
struct BatchNormStatistics {
  torch::Tensor mean, var, batches;
};

std::vector<torch::nn::BatchNorm2dImpl*> batchNorms(NetworkImpl& net);

// Every batch-norm layer's running statistics, copied, in the order of batchNorms().
std::vector<BatchNormStatistics> statisticsOf(NetworkImpl& net);
void restoreStatistics(NetworkImpl& net, const std::vector<BatchNormStatistics>& stats);

// Every batch-norm layer's mean and variance estimated over the first `count` images
// of a seeded order of `images` (a cumulative average, momentum off, no gradients);
// the weights are untouched, and the network is left holding the new statistics.
void estimateStatistics(NetworkImpl& net, const ImageSet& images, std::int64_t count, std::int64_t channels,
                        const torch::Device& device, std::uint64_t seed);

} // namespace twb
