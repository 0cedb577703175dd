#include "nn/Batches.h"

#include "base/Random.h"

#include <torch/types.h>

#include <cstring>

namespace twb {

torch::Tensor imageBatch(const ImageSet& set, const std::vector<std::size_t>& indices, std::int64_t channels) {
  const auto b = static_cast<std::int64_t>(indices.size());
  auto bytes = torch::empty({b, set.height, set.width, set.channels}, torch::kUInt8);
  auto* dst = bytes.data_ptr<std::uint8_t>();
  for (std::size_t k = 0; k < indices.size(); ++k)
    std::memcpy(dst + k * set.imageBytes(), set.image(indices[k]), set.imageBytes());
  auto x = bytes.permute({0, 3, 1, 2}).to(torch::kFloat32).div_(127.5).sub_(1.0);
  if (x.size(1) > channels) // colour into a network for grey images: their mean
    x = x.mean(1, true);
  if (x.size(1) != channels)
    x = x.expand({b, channels, set.height, set.width});
  return x.contiguous();
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

double BatchSampler::epoch() const { return n_ == 0 ? 0.0 : static_cast<double>(drawn_) / static_cast<double>(n_); }

} // namespace twb
