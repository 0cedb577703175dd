#include "nn/Network.h"

#include "base/Errors.h"
#include "nn/ModelInfo.h"
#include "nn/ResNet.h"

#include <algorithm>

#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/dropout.h>
#include <torch/nn/functional/pooling.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/any.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>

namespace twb {

namespace F = torch::nn::functional;

namespace {

void checkLayer(const NetworkImpl& net, const std::string& layer) {
  const auto names = net.layerNames();
  if (std::find(names.begin(), names.end(), layer) != names.end())
    return;
  throw InputError(Message::text(TWB_TR("twb", "unknown layer '%1'; this network has: %2"), {layer, listMessage(names)}));
}

// Convolution then batch norm, one named layer ("conv1.conv.weight", "conv1.bn.weight").
class ConvBnImpl : public torch::nn::Module {
public:
  ConvBnImpl(std::int64_t in, std::int64_t out, std::int64_t kernel)
      : conv(register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)))),
        bn(register_module("bn", torch::nn::BatchNorm2d(out))) {}
  torch::Tensor forward(const torch::Tensor& x) { return bn->forward(conv->forward(x)); }

private:
  torch::nn::Conv2d conv;
  torch::nn::BatchNorm2d bn;
};
TORCH_MODULE(ConvBn);

// The DANN paper's digit network (Ganin & Lempitsky 2015, MNIST -> MNIST-M):
// conv 5x5x32, max-pool 2, conv 5x5x48, max-pool 2 -> 48*4*4 = 768 features;
// label predictor 100 - 100 - classes.
// `lenet_bn` adds batch norm after each convolution (inside the layer, so freezing
// conv1 freezes its statistics too). Batch norm keeps about half of every channel's
// pre-activations positive, so a strong reversed gradient cannot drive all ReLUs of
// conv2 to zero: with the plain network, DANN's features die when lambda is pushed.
// `lenet_bn_dropout` adds dropout to lenet_bn where the public MNIST -> MNIST-M recipe
// that reports 89-90 % has it (fungtion/DANN, after the DANN paper's Caffe model):
// channel dropout (Dropout2d, p = 0.5) on conv2's output and dropout (p = 0.5) after
// fc1, both active in training only. It regularises a network trained on few images
// (digits has 4,000 training images) against memorising the source.
class LeNetImpl : public NetworkImpl {
public:
  LeNetImpl(const NetworkShape& s, bool batchNorm, bool dropout) : dropout_(dropout) {
    conv1 = registerConv("conv1", s.channels, 32, batchNorm);
    conv2 = registerConv("conv2", 32, 48, batchNorm);
    const std::int64_t after = ((s.side - 4) / 2 - 4) / 2;
    featureDim_ = 48 * after * after;
    fc1 = register_module("fc1", torch::nn::Linear(featureDim_, 100));
    fc2 = register_module("fc2", torch::nn::Linear(100, 100));
    head = register_module("head", torch::nn::Linear(100, s.classes));
  }

  torch::Tensor features(const torch::Tensor& x) override { return forwardTo(x, "conv2"); }

  torch::Tensor classify(const torch::Tensor& f) override {
    auto h = afterFc1(fc1->forward(f));
    h = F::relu(fc2->forward(h));
    return head->forward(h);
  }

  torch::Tensor forwardTo(const torch::Tensor& x, const std::string& layer) override {
    checkLayer(*this, layer);
    auto h = poolThenRelu(conv1.forward(x));
    if (layer == "conv1")
      return h;
    h = conv2.forward(h);
    if (dropout_)
      h = F::dropout2d(h, F::Dropout2dFuncOptions().p(kDropout).training(is_training()));
    h = poolThenRelu(h).flatten(1);
    if (layer == "conv2")
      return h;
    h = afterFc1(fc1->forward(h));
    if (layer == "fc1")
      return h;
    h = F::relu(fc2->forward(h));
    if (layer == "fc2")
      return h;
    return head->forward(h);
  }

  std::vector<std::string> layerNames() const override { return {"conv1", "conv2", "fc1", "fc2", "head"}; }
  std::vector<std::string> classifierLayers() const override { return {"fc1", "fc2", "head"}; }
  std::int64_t featureDim() const override { return featureDim_; }

private:
  // ReLU then 2x2 max-pooling, as the paper writes it, computed the other way round:
  // both are monotone, so they commute, giving the same values and the same
  // gradients, but the ReLU (forward and backward) then runs on a quarter of the
  // values, in place on the pooling's output (which its backward does not keep).
  static torch::Tensor poolThenRelu(const torch::Tensor& x) {
    return F::relu(F::max_pool2d(x, F::MaxPool2dFuncOptions(2)), F::ReLUFuncOptions().inplace(true));
  }

  static constexpr double kDropout = 0.5;

  torch::Tensor afterFc1(const torch::Tensor& x) {
    auto h = F::relu(x);
    if (dropout_)
      h = F::dropout(h, F::DropoutFuncOptions().p(kDropout).training(is_training()));
    return h;
  }

  // A plain Conv2d keeps lenet's parameter names ("conv1.weight"), so earlier runs'
  // checkpoints still load.
  torch::nn::AnyModule registerConv(const std::string& name, std::int64_t in, std::int64_t out, bool batchNorm) {
    torch::nn::AnyModule m;
    if (batchNorm)
      m = torch::nn::AnyModule(ConvBn(in, out, 5));
    else
      m = torch::nn::AnyModule(torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 5)));
    register_module(name, m.ptr());
    return m;
  }

  torch::nn::AnyModule conv1, conv2;
  torch::nn::Linear fc1{nullptr}, fc2{nullptr}, head{nullptr};
  std::int64_t featureDim_ = 0;
  bool dropout_ = false;
};

// A fully connected network on the flattened image, as the acoustic models of the
// speech papers the lecture draws on were (Huang et al. 2013, "Cross-language knowledge
// transfer using multilingual deep neural network with shared hidden layers"; the
// speaker-adaptation literature it cites): four hidden layers of 256 ReLUs and a head.
// A convolution sees every frequency band with the same small filter, so what a voice
// changes (where the formants sit, the pitch harmonics) reaches its first layer as a
// shift it is built to ignore; a fully connected first layer has a weight per band and
// frame, and a voice's change lands on it. It is here for "which layers transfer?" on
// speech (docs/finetune.md), where the lecture's claim was made of such networks.
class MlpImpl : public NetworkImpl {
public:
  explicit MlpImpl(const NetworkShape& s) {
    const std::int64_t in = s.channels * s.side * s.side;
    fc1 = register_module("fc1", torch::nn::Linear(in, kWidth));
    fc2 = register_module("fc2", torch::nn::Linear(kWidth, kWidth));
    fc3 = register_module("fc3", torch::nn::Linear(kWidth, kWidth));
    fc4 = register_module("fc4", torch::nn::Linear(kWidth, kWidth));
    head = register_module("head", torch::nn::Linear(kWidth, s.classes));
  }

  torch::Tensor features(const torch::Tensor& x) override { return forwardTo(x, "fc2"); }

  torch::Tensor classify(const torch::Tensor& f) override {
    auto h = F::relu(fc3->forward(f));
    h = F::relu(fc4->forward(h));
    return head->forward(h);
  }

  torch::Tensor forwardTo(const torch::Tensor& x, const std::string& layer) override {
    checkLayer(*this, layer);
    auto h = F::relu(fc1->forward(x.flatten(1)));
    if (layer == "fc1")
      return h;
    h = F::relu(fc2->forward(h));
    if (layer == "fc2")
      return h;
    h = F::relu(fc3->forward(h));
    if (layer == "fc3")
      return h;
    h = F::relu(fc4->forward(h));
    if (layer == "fc4")
      return h;
    return head->forward(h);
  }

  std::vector<std::string> layerNames() const override { return {"fc1", "fc2", "fc3", "fc4", "head"}; }
  std::vector<std::string> classifierLayers() const override { return {"fc3", "fc4", "head"}; }
  std::int64_t featureDim() const override { return kWidth; }

private:
  static constexpr std::int64_t kWidth = 256;
  torch::nn::Linear fc1{nullptr}, fc2{nullptr}, fc3{nullptr}, fc4{nullptr}, head{nullptr};
};

} // namespace

std::shared_ptr<NetworkImpl> makeNetwork(const std::string& name, const NetworkShape& shape) {
  if (name == "lenet" || name == "lenet_bn" || name == "lenet_bn_dropout") {
    if (shape.side < 16)
      throw InputError(Message::text(TWB_TR("twb", "backbone %1 needs images of at least 16x16, got %2"),
                                   {name, std::to_string(shape.side)}));
    return std::make_shared<LeNetImpl>(shape, name != "lenet", name == "lenet_bn_dropout");
  }
  if (name == "resnet")
    return makeResNet(shape);
  if (name == "mlp")
    return std::make_shared<MlpImpl>(shape);
  throw InputError(Message::text(TWB_TR("twb", "unknown backbone '%1'; available: %2"), {name, listMessage(backboneNames())}));
}

std::vector<torch::Tensor> layerParameters(NetworkImpl& net, const std::string& layer) {
  std::vector<torch::Tensor> out;
  const std::string prefix = layer + ".";
  for (const auto& p : net.named_parameters())
    if (p.key().rfind(prefix, 0) == 0)
      out.push_back(p.value());
  return out;
}

} // namespace twb
