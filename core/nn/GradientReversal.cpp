#include "nn/GradientReversal.h"

#include <torch/csrc/autograd/custom_function.h>

namespace twb {

namespace {

struct GradientReversalFunction : public torch::autograd::Function<GradientReversalFunction> {
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x, double lambda) {
    ctx->saved_data["lambda"] = lambda;
    return x.view_as(x); // a view: autograd needs a new node, not the same tensor
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const double lambda = ctx->saved_data["lambda"].toDouble();
    return {grads[0].neg().mul(lambda), torch::Tensor()};
  }
};

} // namespace

torch::Tensor gradientReversal(const torch::Tensor& features, double lambda) {
  return GradientReversalFunction::apply(features, lambda);
}

} // namespace twb
