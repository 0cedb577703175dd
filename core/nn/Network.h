#pragma once
// The classifier networks a trainer builds: a feature extractor followed by a label
// predictor, both made of named layers so that layers can be frozen, scaled and
// (later) transferred by name. Internal to core: includes torch.
#include <torch/nn/module.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace twb {

class NetworkImpl : public torch::nn::Module {
public:
  // The image representation the heads (label, domain) read.
  virtual torch::Tensor features(const torch::Tensor& images) = 0;
  // Class logits from features.
  virtual torch::Tensor classify(const torch::Tensor& features) = 0;
  torch::Tensor forward(const torch::Tensor& images) { return classify(features(images)); }

  // The output of layer `layer` (after its activation and pooling, as the next layer sees
  // it), for embedding a named layer and for showing each layer's output shape.
  // InputError for a name not in layerNames().
  virtual torch::Tensor forwardTo(const torch::Tensor& images, const std::string& layer) = 0;

  // Layer names in forward order, feature extractor first ("conv1", ..., "head").
  virtual std::vector<std::string> layerNames() const = 0;
  // The layers classify() runs, the label predictor after the features: what a method
  // with a second label predictor (MCD) trains of its own copy of the network.
  virtual std::vector<std::string> classifierLayers() const = 0;
  virtual std::int64_t featureDim() const = 0;

  // Frozen layers stay in eval mode whatever train() says, so their batch-norm
  // running statistics do not move either (their weights get no gradient elsewhere).
  void setFrozenLayers(std::vector<std::string> layers) {
    frozenLayers_ = std::move(layers);
    train(is_training());
  }
  const std::vector<std::string>& frozenLayers() const { return frozenLayers_; }
  void train(bool on = true) override {
    torch::nn::Module::train(on);
    const auto children = named_children();
    for (const auto& layer : frozenLayers_)
      if (const auto* child = children.find(layer))
        (*child)->eval();
  }

private:
  std::vector<std::string> frozenLayers_;
};

struct NetworkShape {
  std::int64_t channels = 1;
  std::int64_t side = 28;
  std::int64_t classes = 10;
};

// Builds backbone `name` ("lenet"); InputError for an unknown name or input size.
std::shared_ptr<NetworkImpl> makeNetwork(const std::string& name, const NetworkShape& shape);

// Parameters of layer `layer` (prefix "layer."), for freezing and per-layer rates.
std::vector<torch::Tensor> layerParameters(NetworkImpl& net, const std::string& layer);

} // namespace twb
