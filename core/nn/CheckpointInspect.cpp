#include "nn/CheckpointInspect.h"

#include "base/Errors.h"
#include "nn/Batches.h"
#include "nn/Checkpoint.h"

#include <torch/optim/sgd.h>
#include <torch/utils.h>

#include <algorithm>

namespace twb {

namespace {
std::shared_ptr<NetworkImpl> loadNetwork(const std::string& modelPt, CheckpointMeta& meta) {
  meta = readCheckpointMeta(modelPt);
  auto net = networkOf(meta);
  loadCheckpoint(modelPt, *net, nullptr);
  return net;
}

} // namespace

std::vector<float> checkpointLayerValues(const std::string& modelPt, const std::string& layer) {
  CheckpointMeta meta;
  auto net = loadNetwork(modelPt, meta);
  const auto names = net->layerNames();
  if (std::find(names.begin(), names.end(), layer) == names.end())
    throw InputError(
        Message::text(TWB_TR("twb", "%1: the %2 network has no layer '%3'"), {modelPt, meta.backbone, layer}));
  std::vector<float> out;
  const std::string prefix = layer + ".";
  for (const auto& p : net->named_parameters())
    if (p.key().rfind(prefix, 0) == 0)
      appendFloats(out, p.value());
  for (const auto& b : net->named_buffers())
    if (b.key().rfind(prefix, 0) == 0)
      appendFloats(out, b.value());
  return out;
}

std::vector<float> checkpointLogits(const std::string& modelPt, const ImageSet& images) {
  CheckpointMeta meta;
  auto net = loadNetwork(modelPt, meta);
  net->eval();
  torch::NoGradGuard noGrad;
  std::vector<std::size_t> idx(images.size());
  for (std::size_t i = 0; i < idx.size(); ++i)
    idx[i] = i;
  std::vector<float> out;
  appendFloats(out, net->forward(imageBatch(images, idx, meta.channels)));
  return out;
}

void resaveCheckpoint(const std::string& modelPt, const std::string& copyPt) {
  CheckpointMeta meta;
  auto net = loadNetwork(modelPt, meta);
  torch::optim::SGD optimizer(net->parameters(), torch::optim::SGDOptions(0.01));
  saveCheckpoint(copyPt, *net, optimizer, meta);
}

} // namespace twb
