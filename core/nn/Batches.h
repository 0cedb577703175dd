#pragma once
// From uint8 images held once to float batches, per step: the only place image
// bytes become tensors. Internal to core.
#include "data/Dataset.h"

#include <torch/types.h>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace twb {

// [B, channels, H, W] floats normalised to [-1, 1]; a grey image is repeated across
// channels when the network expects colour, so grey and colour domains share a net,
// and a colour image becomes the mean of its channels for a network of grey ones.
// Channels-last in memory (torch::MemoryFormat::ChannelsLast): index it as usual, but
// call .contiguous() before taking its raw data.
torch::Tensor imageBatch(const ImageSet& set, const std::vector<std::size_t>& indices, std::int64_t channels);
torch::Tensor labelBatch(const ImageSet& set, const std::vector<std::size_t>& indices);

// The other way: appends a tensor's values, row-major, as floats (from any device and
// floating type), for the plain C++ that core hands outside (features, weights).
void appendFloats(std::vector<float>& out, const torch::Tensor& t);

// Epochs of seeded random order over n items: each item once per epoch.
class BatchSampler {
public:
  BatchSampler(std::size_t n, std::uint64_t seed);
  std::vector<std::size_t> next(std::size_t batchSize);
  // Items drawn so far divided by n.
  double epoch() const;
  // Items drawn so far, and the sampler as it was after drawing `drawn` of them (the
  // order of each epoch depends on the seed and the epoch alone): a resumed run draws
  // the same batches as an unbroken one.
  std::uint64_t drawn() const { return drawn_; }
  void skipTo(std::uint64_t drawn);

private:
  void reshuffle();
  std::size_t n_;
  std::uint64_t seed_;
  std::uint64_t epochIndex_ = 0;
  std::vector<std::size_t> order_;
  std::size_t pos_ = 0;
  std::uint64_t drawn_ = 0;
};

} // namespace twb
