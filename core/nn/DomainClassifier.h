#pragma once
// DANN's domain classifier: features -> hidden ReLU layers -> one logit (source 0,
// target 1). The DANN paper's digit recipe is one hidden layer of 100 units on the
// 768-d LeNet features. Internal to core.
#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>

#include <cstdint>

namespace twb {

class DomainClassifierImpl : public torch::nn::Module {
public:
  DomainClassifierImpl(std::int64_t inputs, int hiddenLayers, int width);
  torch::Tensor forward(const torch::Tensor& features); // [N] logits

private:
  torch::nn::Sequential layers_{nullptr};
};

TORCH_MODULE(DomainClassifier);

} // namespace twb
