#include "training/Evaluate.h"

#include "nn/Accuracy.h"
#include "nn/Batches.h"
#include "nn/Checkpoint.h"

#include <torch/types.h>
#include <torch/utils.h>

#include <algorithm>

namespace twb {

namespace {
// Runs `fn` over `images` in chunks, in eval mode and without gradients.
template <typename Fn> void forEachChunk(NetworkImpl& net, const ImageSet& images, std::int64_t channels,
                                         const torch::Device& device, Fn fn) {
  torch::NoGradGuard noGrad;
  const bool wasTraining = net.is_training();
  net.eval();
  constexpr std::size_t kChunk = 500;
  std::vector<std::size_t> idx;
  for (std::size_t start = 0; start < images.size(); start += kChunk) {
    idx.clear();
    for (std::size_t i = start; i < std::min(images.size(), start + kChunk); ++i)
      idx.push_back(i);
    fn(imageBatch(images, idx, channels).to(device), idx);
  }
  net.train(wasTraining);
}
} // namespace

double accuracy(NetworkImpl& net, const ImageSet& images, std::int64_t channels, const torch::Device& device) {
  if (images.size() == 0)
    return 0.0;
  std::int64_t correct = 0;
  forEachChunk(net, images, channels, device, [&](const torch::Tensor& x, const std::vector<std::size_t>& idx) {
    const auto y = labelBatch(images, idx).to(device);
    correct += net.forward(x).argmax(1).eq(y).sum().item<std::int64_t>();
  });
  return static_cast<double>(correct) / static_cast<double>(images.size());
}

torch::Tensor featuresOf(NetworkImpl& net, const ImageSet& images, std::int64_t channels, const torch::Device& device) {
  std::vector<torch::Tensor> parts;
  forEachChunk(net, images, channels, device,
               [&](const torch::Tensor& x, const std::vector<std::size_t>&) { parts.push_back(net.features(x)); });
  return parts.empty() ? torch::empty({0, net.featureDim()}) : torch::cat(parts);
}

double evaluateCheckpoint(const std::string& modelPath, const ImageSet& images) {
  const CheckpointMeta meta = readCheckpointMeta(modelPath);
  auto net = makeNetwork(meta.backbone, NetworkShape{meta.channels, meta.side, meta.classes});
  loadCheckpoint(modelPath, *net, nullptr);
  return accuracy(*net, images, meta.channels, torch::kCPU);
}

} // namespace twb
