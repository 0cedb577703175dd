#include "nn/Network.h"

#include "Errors.h"
#include "nn/ResNet.h"

#include <algorithm>

#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/pooling.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>

namespace twb {

namespace F = torch::nn::functional;

namespace {

void checkLayer(const NetworkImpl& net, const std::string& layer) {
  const auto names = net.layerNames();
  if (std::find(names.begin(), names.end(), layer) != names.end())
    return;
  std::string list;
  for (const auto& n : names)
    list += (list.empty() ? "" : ", ") + n;
  throw InputError("unknown layer '" + layer + "'; this network has: " + list);
}

// The DANN paper's digit network (Ganin & Lempitsky 2015, MNIST -> MNIST-M):
// conv 5x5x32, max-pool 2, conv 5x5x48, max-pool 2 -> 48*4*4 = 768 features;
// label predictor 100 - 100 - classes.
class LeNetImpl : public NetworkImpl {
public:
  explicit LeNetImpl(const NetworkShape& s) {
    conv1 = register_module("conv1", torch::nn::Conv2d(torch::nn::Conv2dOptions(s.channels, 32, 5)));
    conv2 = register_module("conv2", torch::nn::Conv2d(torch::nn::Conv2dOptions(32, 48, 5)));
    const std::int64_t after = ((s.side - 4) / 2 - 4) / 2;
    featureDim_ = 48 * after * after;
    fc1 = register_module("fc1", torch::nn::Linear(featureDim_, 100));
    fc2 = register_module("fc2", torch::nn::Linear(100, 100));
    head = register_module("head", torch::nn::Linear(100, s.classes));
  }

  torch::Tensor features(const torch::Tensor& x) override { return forwardTo(x, "conv2"); }

  torch::Tensor classify(const torch::Tensor& f) override {
    auto h = F::relu(fc1->forward(f));
    h = F::relu(fc2->forward(h));
    return head->forward(h);
  }

  torch::Tensor forwardTo(const torch::Tensor& x, const std::string& layer) override {
    checkLayer(*this, layer);
    auto h = F::max_pool2d(F::relu(conv1->forward(x)), F::MaxPool2dFuncOptions(2));
    if (layer == "conv1")
      return h;
    h = F::max_pool2d(F::relu(conv2->forward(h)), F::MaxPool2dFuncOptions(2)).flatten(1);
    if (layer == "conv2")
      return h;
    h = F::relu(fc1->forward(h));
    if (layer == "fc1")
      return h;
    h = F::relu(fc2->forward(h));
    if (layer == "fc2")
      return h;
    return head->forward(h);
  }

  std::vector<std::string> layerNames() const override { return {"conv1", "conv2", "fc1", "fc2", "head"}; }
  std::int64_t featureDim() const override { return featureDim_; }

private:
  torch::nn::Conv2d conv1{nullptr}, conv2{nullptr};
  torch::nn::Linear fc1{nullptr}, fc2{nullptr}, head{nullptr};
  std::int64_t featureDim_ = 0;
};

} // namespace

std::shared_ptr<NetworkImpl> makeNetwork(const std::string& name, const NetworkShape& shape) {
  if (name == "lenet") {
    if (shape.side < 16)
      throw InputError("backbone lenet needs images of at least 16x16, got " + std::to_string(shape.side));
    return std::make_shared<LeNetImpl>(shape);
  }
  if (name == "resnet")
    return makeResNet(shape);
  throw InputError("unknown backbone '" + name + "'; available: lenet, resnet");
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
