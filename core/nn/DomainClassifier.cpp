#include "nn/DomainClassifier.h"

#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/linear.h>

namespace twb {

DomainClassifierImpl::DomainClassifierImpl(std::int64_t inputs, int hiddenLayers, int width) {
  layers_ = torch::nn::Sequential();
  std::int64_t in = inputs;
  for (int i = 0; i < hiddenLayers; ++i) {
    layers_->push_back(torch::nn::Linear(in, width));
    layers_->push_back(torch::nn::ReLU());
    in = width;
  }
  layers_->push_back(torch::nn::Linear(in, 1));
  register_module("layers", layers_);
}

torch::Tensor DomainClassifierImpl::forward(const torch::Tensor& features) {
  return layers_->forward(features).squeeze(1);
}

} // namespace twb
