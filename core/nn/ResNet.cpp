#include "nn/ResNet.h"

#include "base/Errors.h"

#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/pooling.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>

#include <algorithm>

namespace twb {

namespace F = torch::nn::functional;

namespace {

torch::nn::Conv2d conv3x3(std::int64_t in, std::int64_t out, std::int64_t stride) {
  return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).stride(stride).padding(1).bias(false));
}

// conv-bn-relu-conv-bn plus the input (projected by a 1x1 conv where the shape
// changes), then relu: He et al. 2016's basic block.
class ResidualBlockImpl : public torch::nn::Module {
public:
  ResidualBlockImpl(std::int64_t in, std::int64_t out, std::int64_t stride) {
    conv1 = register_module("conv1", conv3x3(in, out, stride));
    bn1 = register_module("bn1", torch::nn::BatchNorm2d(out));
    conv2 = register_module("conv2", conv3x3(out, out, 1));
    bn2 = register_module("bn2", torch::nn::BatchNorm2d(out));
    if (stride != 1 || in != out) {
      shortcut = register_module(
          "shortcut",
          torch::nn::Sequential(torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 1).stride(stride).bias(false)),
                                torch::nn::BatchNorm2d(out)));
    }
  }

  torch::Tensor forward(const torch::Tensor& x) {
    auto h = F::relu(bn1->forward(conv1->forward(x)));
    h = bn2->forward(conv2->forward(h));
    return F::relu(h + (shortcut.is_empty() ? x : shortcut->forward(x)));
  }

private:
  torch::nn::Conv2d conv1{nullptr}, conv2{nullptr};
  torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr};
  torch::nn::Sequential shortcut{nullptr};
};
TORCH_MODULE(ResidualBlock);

class StemImpl : public torch::nn::Module {
public:
  explicit StemImpl(std::int64_t channels) {
    conv = register_module("conv", conv3x3(channels, 16, 1));
    bn = register_module("bn", torch::nn::BatchNorm2d(16));
  }
  torch::Tensor forward(const torch::Tensor& x) { return F::relu(bn->forward(conv->forward(x))); }

private:
  torch::nn::Conv2d conv{nullptr};
  torch::nn::BatchNorm2d bn{nullptr};
};
TORCH_MODULE(Stem);

class ResNetImpl : public NetworkImpl {
public:
  explicit ResNetImpl(const NetworkShape& s) {
    stem = register_module("stem", Stem(s.channels));
    blocks.push_back(register_module("block1", ResidualBlock(16, 16, 1)));
    blocks.push_back(register_module("block2", ResidualBlock(16, 32, 2)));
    blocks.push_back(register_module("block3", ResidualBlock(32, 32, 1)));
    blocks.push_back(register_module("block4", ResidualBlock(32, 64, 2)));
    blocks.push_back(register_module("block5", ResidualBlock(64, 64, 1)));
    head = register_module("head", torch::nn::Linear(64, s.classes));
  }

  // Global average pooling of the last block: 64 features whatever the image size.
  torch::Tensor features(const torch::Tensor& x) override {
    return F::adaptive_avg_pool2d(forwardTo(x, "block5"), F::AdaptiveAvgPool2dFuncOptions(1)).flatten(1);
  }
  torch::Tensor classify(const torch::Tensor& f) override { return head->forward(f); }

  torch::Tensor forwardTo(const torch::Tensor& x, const std::string& layer) override {
    const auto names = layerNames();
    if (std::find(names.begin(), names.end(), layer) == names.end())
      throw InputError(
          Message::text(TWB_TR("twb", "unknown layer '%1'; this network has: %2"), {layer, listMessage(names)}));
    if (layer == "head")
      return forward(x);
    auto h = stem->forward(x);
    if (layer == "stem")
      return h;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      h = blocks[i]->forward(h);
      if (layer == "block" + std::to_string(i + 1))
        return h;
    }
    return h;
  }

  std::vector<std::string> layerNames() const override {
    return {"stem", "block1", "block2", "block3", "block4", "block5", "head"};
  }
  std::vector<std::string> classifierLayers() const override { return {"head"}; }
  std::int64_t featureDim() const override { return 64; }

private:
  Stem stem{nullptr};
  std::vector<ResidualBlock> blocks;
  torch::nn::Linear head{nullptr};
};

} // namespace

std::shared_ptr<NetworkImpl> makeResNet(const NetworkShape& shape) {
  if (shape.side < 8)
    throw InputError(Message::text(TWB_TR("twb", "backbone resnet needs images of at least 8x8, got %1"),
                                 {std::to_string(shape.side)}));
  return std::make_shared<ResNetImpl>(shape);
}

} // namespace twb
