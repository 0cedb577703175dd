#include "nn/Batches.h"

#include "base/Random.h"

#include <torch/types.h>


namespace twb {

namespace {

// One pass from bytes to floats in [-1, 1], written where `dst` points in the
// images' own order (height, width, channel): the memory order of a channels-last
// tensor. Grey images are repeated across the network's channels, colour ones
// averaged into its one channel.
void convertImage(const std::uint8_t* src, int pixels, int have, std::int64_t want, float* dst) {
  constexpr float kScale = 1.0f / 127.5f;
  if (have == want) {
    for (int i = 0; i < pixels * have; ++i)
      dst[i] = static_cast<float>(src[i]) * kScale - 1.0f;
  } else if (have == 1) {
    for (int p = 0; p < pixels; ++p) {
      const float v = static_cast<float>(src[p]) * kScale - 1.0f;
      for (std::int64_t c = 0; c < want; ++c)
        dst[p * want + c] = v;
    }
  } else { // colour into a network for grey images: the mean of the channels
    for (int p = 0; p < pixels; ++p) {
      float sum = 0.0f;
      for (int c = 0; c < have; ++c)
        sum += static_cast<float>(src[p * have + c]) * kScale - 1.0f;
      for (std::int64_t c = 0; c < want; ++c)
        dst[p * want + c] = sum / static_cast<float>(have);
    }
  }
}

} // namespace

torch::Tensor imageBatch(const ImageSet& set, const std::vector<std::size_t>& indices, std::int64_t channels) {
  const auto b = static_cast<std::int64_t>(indices.size());
  // Channels-last (NHWC in memory, still indexed [B, C, H, W]): the layout the bytes
  // already have, so conversion is one pass, and the one oneDNN's convolutions run
  // without reordering their input and output (about 10 % of the DANN step).
  auto x = torch::empty({b, channels, set.height, set.width},
                        torch::TensorOptions().dtype(torch::kFloat32).memory_format(torch::MemoryFormat::ChannelsLast));
  float* dst = x.data_ptr<float>();
  const int pixels = set.width * set.height;
  for (std::size_t k = 0; k < indices.size(); ++k)
    convertImage(set.image(indices[k]), pixels, set.channels, channels, dst + k * pixels * channels);
  return x;
}

torch::Tensor labelBatch(const ImageSet& set, const std::vector<std::size_t>& indices) {
  auto y = torch::empty({static_cast<std::int64_t>(indices.size())}, torch::kInt64);
  auto* dst = y.data_ptr<std::int64_t>();
  for (std::size_t k = 0; k < indices.size(); ++k)
    dst[k] = set.labels[indices[k]];
  return y;
}

void appendFloats(std::vector<float>& out, const torch::Tensor& t) {
  const auto flat = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
  out.insert(out.end(), flat.data_ptr<float>(), flat.data_ptr<float>() + flat.numel());
}

BatchSampler::BatchSampler(std::size_t n, std::uint64_t seed) : n_(n), seed_(seed) { reshuffle(); }

void BatchSampler::reshuffle() {
  order_.resize(n_);
  for (std::size_t i = 0; i < n_; ++i)
    order_[i] = i;
  seededShuffle(order_, mixSeed(seed_, epochIndex_++));
  pos_ = 0;
}

std::vector<std::size_t> BatchSampler::next(std::size_t batchSize) {
  std::vector<std::size_t> out;
  out.reserve(batchSize);
  while (out.size() < batchSize && n_ > 0) {
    if (pos_ == order_.size())
      reshuffle();
    out.push_back(order_[pos_++]);
  }
  drawn_ += out.size();
  return out;
}

void BatchSampler::skipTo(std::uint64_t drawn) {
  if (n_ == 0)
    return;
  epochIndex_ = drawn / n_;
  reshuffle(); // the order of epoch drawn / n; a finished epoch's end is the next one's start
  pos_ = static_cast<std::size_t>(drawn % n_);
  drawn_ = drawn;
}

double BatchSampler::epoch() const { return n_ == 0 ? 0.0 : static_cast<double>(drawn_) / static_cast<double>(n_); }

} // namespace twb
