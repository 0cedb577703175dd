#include "nn/ModelInfo.h"

#include "nn/Network.h"

#include <torch/nn/modules/batchnorm.h>
#include <torch/utils.h>

#include <algorithm>

namespace twb {

std::int64_t ModelInfo::parameters() const {
  std::int64_t n = 0;
  for (const auto& l : layers)
    n += l.parameters;
  return n;
}

std::int64_t ModelInfo::frozenParameters(const std::vector<std::string>& frozen) const {
  std::int64_t n = 0;
  for (const auto& l : layers)
    if (std::find(frozen.begin(), frozen.end(), l.name) != frozen.end())
      n += l.parameters;
  return n;
}

std::vector<std::string> backboneNames() {
  return {"lenet", "lenet_bn", "lenet_bn_dropout", "resnet", "mlp"};
}

ModelInfo describeBackbone(const std::string& backbone, std::int64_t channels, std::int64_t side,
                           std::int64_t classes) {
  auto net = makeNetwork(backbone, NetworkShape{channels, side, classes});
  net->eval(); // batch norm on a single image needs running statistics
  torch::NoGradGuard noGrad;
  const auto image = torch::zeros({1, channels, side, side});
  ModelInfo info;
  info.backbone = backbone;
  info.featureDim = net->featureDim();
  const auto children = net->named_children();
  for (const auto& name : net->layerNames()) {
    LayerInfo layer;
    layer.name = name;
    const auto out = net->forwardTo(image, name);
    layer.outputShape.assign(out.sizes().begin() + 1, out.sizes().end());
    for (const auto& p : layerParameters(*net, name))
      layer.parameters += p.numel();
    if (const auto* child = children.find(name))
      for (const auto& m : (*child)->modules())
        if (dynamic_cast<torch::nn::BatchNorm2dImpl*>(m.get()))
          layer.hasBatchNorm = true;
    info.layers.push_back(std::move(layer));
  }
  return info;
}

std::int64_t domainClassifierParameters(std::int64_t inputs, int hiddenLayers, int width) {
  std::int64_t n = 0, in = inputs;
  for (int i = 0; i < hiddenLayers; ++i, in = width)
    n += in * width + width; // weights and biases, as DomainClassifierImpl stacks them
  return n + in + 1;
}

std::string shapeText(const std::vector<std::int64_t>& shape) {
  std::string out;
  for (const auto d : shape)
    out += (out.empty() ? "" : "x") + std::to_string(d);
  return out;
}

} // namespace twb
