#include "methods/translate/TranslationModules.h"

#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/pooling.h>

namespace twb {

namespace {

namespace TF = torch::nn::functional;

constexpr double kNormEpsilon = 1e-5;
constexpr double kLeakySlope = 0.2; // the releases' lrelu in the discriminator

torch::nn::Conv2d conv3x3(std::int64_t in, std::int64_t out, std::int64_t stride = 1) {
  return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).stride(stride).padding(1));
}

torch::nn::Conv2d conv4x4Down(std::int64_t in, std::int64_t out) {
  return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 4).stride(2).padding(1));
}

torch::Tensor leaky(const torch::Tensor& x) {
  return TF::leaky_relu(x, TF::LeakyReLUFuncOptions().negative_slope(kLeakySlope));
}

} // namespace

// Group norm's fused kernels, with a group per channel (instance norm) or one group
// (layer norm): on contiguous tensors about 5x faster here, forward and backward, than
// the same normalisation written out.
torch::Tensor instanceNorm(const torch::Tensor& x) {
  return torch::group_norm(x, x.size(1), {}, {}, kNormEpsilon);
}

torch::Tensor adaptiveInstanceNorm(const torch::Tensor& x, const torch::Tensor& scale, const torch::Tensor& shift) {
  const auto b = x.size(0), c = x.size(1);
  return instanceNorm(x) * scale.reshape({b, c, 1, 1}) + shift.reshape({b, c, 1, 1});
}

ConvNormImpl::ConvNormImpl(std::int64_t in, std::int64_t out, std::int64_t stride, BlockNorm norm, bool upsample)
    : norm_(norm), upsample_(upsample) {
  conv_ = register_module("conv", conv3x3(in, out, stride));
  if (norm_ == BlockNorm::Layer) {
    gamma_ = register_parameter("gamma", torch::ones({out}));
    beta_ = register_parameter("beta", torch::zeros({out}));
  }
}

torch::Tensor ConvNormImpl::forward(const torch::Tensor& input) {
  auto x = input;
  if (upsample_)
    x = torch::upsample_nearest2d(x, {2 * x.size(2), 2 * x.size(3)});
  x = conv_->forward(x);
  switch (norm_) {
  case BlockNorm::Instance:
    return instanceNorm(x);
  case BlockNorm::Layer: // MUNIT's LayerNorm: each sample over all its channels and pixels, a scale and shift per
                         // channel
    return torch::group_norm(x, 1, gamma_, beta_, kNormEpsilon);
  case BlockNorm::None:
    break;
  }
  return x;
}

ResBlockImpl::ResBlockImpl(std::int64_t channels, bool adaptive) : channels_(channels), adaptive_(adaptive) {
  conv1_ = register_module("conv1", conv3x3(channels, channels));
  conv2_ = register_module("conv2", conv3x3(channels, channels));
}

torch::Tensor ResBlockImpl::forward(const torch::Tensor& x) {
  const auto h = torch::relu(instanceNorm(conv1_->forward(x)));
  return x + instanceNorm(conv2_->forward(h));
}

torch::Tensor ResBlockImpl::forward(const torch::Tensor& x, const torch::Tensor& params) {
  const auto p = params.split(channels_, 1);
  const auto h = torch::relu(adaptiveInstanceNorm(conv1_->forward(x), p[0], p[1]));
  return x + adaptiveInstanceNorm(conv2_->forward(h), p[2], p[3]);
}

DownsamplingImpl::DownsamplingImpl(std::int64_t channels, std::int64_t width) {
  c1_ = register_module("conv1", ConvNorm(channels, width, 1, BlockNorm::Instance));
  c2_ = register_module("conv2", ConvNorm(width, 2 * width, 2, BlockNorm::Instance));
  c3_ = register_module("conv3", ConvNorm(2 * width, 2 * width, 2, BlockNorm::Instance));
}

torch::Tensor DownsamplingImpl::forward(const torch::Tensor& x) {
  return torch::relu(c3_->forward(torch::relu(c2_->forward(torch::relu(c1_->forward(x.contiguous()))))));
}

UpsamplingImpl::UpsamplingImpl(std::int64_t width, std::int64_t channels) {
  u1_ = register_module("up1", ConvNorm(2 * width, width, 1, BlockNorm::Layer, true));
  u2_ = register_module("up2", ConvNorm(width, width / 2, 1, BlockNorm::Layer, true));
  out_ = register_module("out", conv3x3(width / 2, channels));
}

torch::Tensor UpsamplingImpl::forward(const torch::Tensor& x) {
  return torch::tanh(out_->forward(torch::relu(u2_->forward(torch::relu(u1_->forward(x))))));
}

PatchDiscriminatorImpl::PatchDiscriminatorImpl(std::int64_t channels, std::int64_t width) {
  a1_ = register_module("full1", conv4x4Down(channels, width));
  a2_ = register_module("full2", conv4x4Down(width, 2 * width));
  a3_ = register_module("full3", conv3x3(2 * width, 1));
  b1_ = register_module("half1", conv4x4Down(channels, width));
  b2_ = register_module("half2", conv4x4Down(width, 2 * width));
  b3_ = register_module("half3", conv3x3(2 * width, 1));
}

std::vector<torch::Tensor> PatchDiscriminatorImpl::forward(const torch::Tensor& image) {
  const auto x = image.contiguous();
  const auto half = TF::avg_pool2d(x, TF::AvgPool2dFuncOptions(3).stride(2).padding(1).count_include_pad(false));
  return {a3_->forward(leaky(a2_->forward(leaky(a1_->forward(x))))),
          b3_->forward(leaky(b2_->forward(leaky(b1_->forward(half)))))};
}

torch::Tensor lsganDiscriminatorLoss(const std::vector<torch::Tensor>& real, const std::vector<torch::Tensor>& fake) {
  auto loss = torch::zeros({}, real.front().options());
  for (std::size_t i = 0; i < real.size(); ++i)
    loss = loss + (real[i] - 1.0).pow(2).mean() + fake[i].pow(2).mean();
  return loss;
}

torch::Tensor lsganGeneratorLoss(const std::vector<torch::Tensor>& fake) {
  auto loss = torch::zeros({}, fake.front().options());
  for (const auto& f : fake)
    loss = loss + (f - 1.0).pow(2).mean();
  return loss;
}

torch::Tensor l1Distance(const torch::Tensor& a, const torch::Tensor& b) {
  return (a - b).abs().mean();
}

} // namespace twb
