#pragma once
// A backbone described for people (the Model panel, `twb`): its named layers in
// forward order, each with its output shape and parameter count, measured by
// passing one dummy image through a freshly built network. Plain C++: no torch.
#include <cstdint>
#include <string>
#include <vector>

namespace twb {

struct LayerInfo {
  std::string name;
  std::vector<std::int64_t> outputShape; // one image's output, without the batch dimension
  std::int64_t parameters = 0;
  bool hasBatchNorm = false;
};

struct ModelInfo {
  std::string backbone;
  std::vector<LayerInfo> layers;
  std::int64_t featureDim = 0; // the features DANN's domain classifier reads
  std::int64_t parameters() const;
  // Parameters of the layers named in `frozen` (the rest train).
  std::int64_t frozenParameters(const std::vector<std::string>& frozen) const;
};

// The backbones this build has ("lenet", "resnet").
std::vector<std::string> backboneNames();

// InputError for an unknown backbone or an image size it cannot take.
ModelInfo describeBackbone(const std::string& backbone, std::int64_t channels = 1, std::int64_t side = 28,
                           std::int64_t classes = 10);

// Parameters of DANN's domain classifier on `inputs` features: `hiddenLayers` linear
// layers of `width` with ReLU, then one logit (nn/DomainClassifier).
std::int64_t domainClassifierParameters(std::int64_t inputs, int hiddenLayers, int width);

// "1x28x28", "768".
std::string shapeText(const std::vector<std::int64_t>& shape);

} // namespace twb
