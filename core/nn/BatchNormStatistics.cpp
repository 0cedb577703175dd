#include "nn/BatchNormStatistics.h"

#include "nn/Batches.h"

#include <torch/nn/modules/batchnorm.h>

#include <algorithm>

namespace twb {

std::vector<torch::nn::BatchNorm2dImpl*> batchNorms(NetworkImpl& net) {
  std::vector<torch::nn::BatchNorm2dImpl*> out;
  for (const auto& m : net.modules(false))
    if (auto* bn = dynamic_cast<torch::nn::BatchNorm2dImpl*>(m.get()))
      out.push_back(bn);
  return out;
}

std::vector<BatchNormStatistics> statisticsOf(NetworkImpl& net) {
  std::vector<BatchNormStatistics> out;
  for (auto* bn : batchNorms(net))
    out.push_back({bn->running_mean.clone(), bn->running_var.clone(), bn->num_batches_tracked.clone()});
  return out;
}

void restoreStatistics(NetworkImpl& net, const std::vector<BatchNormStatistics>& stats) {
  torch::NoGradGuard noGrad;
  const auto layers = batchNorms(net);
  for (std::size_t i = 0; i < layers.size() && i < stats.size(); ++i) {
    layers[i]->running_mean.copy_(stats[i].mean);
    layers[i]->running_var.copy_(stats[i].var);
    layers[i]->num_batches_tracked.copy_(stats[i].batches);
  }
}

void estimateStatistics(NetworkImpl& net, const ImageSet& images, std::int64_t count, std::int64_t channels,
                        const torch::Device& device, std::uint64_t seed) {
  torch::NoGradGuard noGrad;
  const auto layers = batchNorms(net);
  std::vector<c10::optional<double>> momenta;
  for (auto* bn : layers) {
    momenta.push_back(bn->options.momentum());
    bn->reset_running_stats();
    bn->options.momentum(c10::nullopt); // a cumulative average over all batches
  }
  // Only the batch-norm layers in training mode (batch statistics, running averages
  // updated): dropout stays off, so the estimate draws nothing from the random stream
  // that training's dropout reads, and a run trains the same with or without it.
  const bool wasTraining = net.is_training();
  net.eval();
  for (auto* bn : layers)
    bn->train();
  BatchSampler order(images.size(), seed);
  const auto n = static_cast<std::size_t>(std::min<std::int64_t>(count, static_cast<std::int64_t>(images.size())));
  for (std::size_t done = 0; done < n;) {
    const auto indices = order.next(std::min<std::size_t>(256, n - done));
    net.features(imageBatch(images, indices, channels).to(device));
    done += indices.size();
  }
  net.train(wasTraining);
  for (std::size_t i = 0; i < layers.size(); ++i)
    layers[i]->options.momentum(momenta[i]);
}

} // namespace twb
