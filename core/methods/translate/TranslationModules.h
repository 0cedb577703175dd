#pragma once
// The building blocks of the translation networks, after the UNIT and MUNIT releases'
// networks.py (Liu, Breuel & Kautz 2017, github.com/mingyuliutw/UNIT; Huang et al.
// 2018, github.com/NVlabs/MUNIT), cut to 28x28 images and two CPU cores: 3x3
// convolutions with zero padding where the releases have 7x7 and reflection, and
// nearest upsampling followed by a 3x3 convolution instead of a transposed
// convolution (about 7x slower here, and the source of checkerboard artefacts).
// Instance norm in the encoders, layer norm in the upsampling layers, adaptive
// instance norm (AdaIN) in MUNIT's decoder, no norm in the discriminators. The
// networks read contiguous (NCHW) tensors: their norms are about 5x slower on
// channels-last ones. Internal to core: includes torch.
#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace twb {

enum class BlockNorm { None, Instance, Layer };

// Each sample's channels normalised over its own pixels (Ulyanov et al. 2016).
torch::Tensor instanceNorm(const torch::Tensor& x);

// AdaIN (Huang & Belongie 2017): instance norm, then a scale and shift per sample and
// channel that MUNIT's decoder takes from its style code. scale, shift: [B, C].
torch::Tensor adaptiveInstanceNorm(const torch::Tensor& x, const torch::Tensor& scale, const torch::Tensor& shift);

// A convolution and its norm; the caller applies the activation. stride 2 halves the
// side; upsample first doubles it (nearest neighbour).
class ConvNormImpl : public torch::nn::Module {
public:
  ConvNormImpl(std::int64_t in, std::int64_t out, std::int64_t stride, BlockNorm norm, bool upsample = false);
  torch::Tensor forward(const torch::Tensor& x);

private:
  torch::nn::Conv2d conv_{nullptr};
  BlockNorm norm_;
  bool upsample_;
  torch::Tensor gamma_, beta_; // layer norm's per-channel affine (MUNIT's LayerNorm)
};
TORCH_MODULE(ConvNorm);

// x + conv(relu(conv(x))), each convolution normalised: by instance norm, or by AdaIN
// with the scale and shift a style gives each of its two norms (forward with params).
class ResBlockImpl : public torch::nn::Module {
public:
  ResBlockImpl(std::int64_t channels, bool adaptive);
  torch::Tensor forward(const torch::Tensor& x);
  // params: [B, 4 * channels] = scale1, shift1, scale2, shift2.
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& params);
  std::int64_t adaptiveParameters() const { return adaptive_ ? 4 * channels_ : 0; }

private:
  torch::nn::Conv2d conv1_{nullptr}, conv2_{nullptr};
  std::int64_t channels_;
  bool adaptive_;
};
TORCH_MODULE(ResBlock);

// Image -> [B, 2w, side/4, side/4]: a 3x3 convolution at full size, then two of
// stride 2, each instance-normalised and rectified (the releases' ContentEncoder
// without its residual blocks, which each model places itself).
class DownsamplingImpl : public torch::nn::Module {
public:
  DownsamplingImpl(std::int64_t channels, std::int64_t width);
  torch::Tensor forward(const torch::Tensor& x);

private:
  ConvNorm c1_{nullptr}, c2_{nullptr}, c3_{nullptr};
};
TORCH_MODULE(Downsampling);

// [B, 2w, side/4, side/4] -> image in [-1, 1]: two nearest-upsampling 3x3 convolutions
// with layer norm and ReLU (2w -> w -> w/2), then a 3x3 convolution and tanh.
class UpsamplingImpl : public torch::nn::Module {
public:
  UpsamplingImpl(std::int64_t width, std::int64_t channels);
  torch::Tensor forward(const torch::Tensor& x);

private:
  ConvNorm u1_{nullptr}, u2_{nullptr};
  torch::nn::Conv2d out_{nullptr};
};
TORCH_MODULE(Upsampling);

// The releases' multi-scale PatchGAN discriminator (MsImageDis) at two scales, the
// image and its half: at each, two 4x4 convolutions of stride 2 with leaky ReLU and a
// 3x3 convolution to one score per patch. Least-squares GAN (Mao et al. 2017): real
// patches are pushed to 1, translated ones to 0.
class PatchDiscriminatorImpl : public torch::nn::Module {
public:
  PatchDiscriminatorImpl(std::int64_t channels, std::int64_t width);
  std::vector<torch::Tensor> forward(const torch::Tensor& x);

private:
  torch::nn::Conv2d a1_{nullptr}, a2_{nullptr}, a3_{nullptr}, b1_{nullptr}, b2_{nullptr}, b3_{nullptr};
};
TORCH_MODULE(PatchDiscriminator);

// The least-squares GAN losses summed over the scales: the discriminator's on real and
// translated images, and the generator's (its translations scored as real).
torch::Tensor lsganDiscriminatorLoss(const std::vector<torch::Tensor>& real, const std::vector<torch::Tensor>& fake);
torch::Tensor lsganGeneratorLoss(const std::vector<torch::Tensor>& fake);

// Mean absolute difference, the releases' recon_criterion.
torch::Tensor l1Distance(const torch::Tensor& a, const torch::Tensor& b);

} // namespace twb
