#include "zeroshot/ZeroShotModel.h"

#include <torch/utils.h>

namespace twb {

torch::Tensor descriptionTensor(const ClassDescriptions& d) {
  const auto rows = static_cast<std::int64_t>(d.vectors.size());
  const auto cols = static_cast<std::int64_t>(d.vectors.front().size());
  auto t = torch::empty({rows, cols}, torch::kFloat32);
  for (std::int64_t r = 0; r < rows; ++r)
    for (std::int64_t c = 0; c < cols; ++c)
      t[r][c] = d.vectors[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
  if (areWordVectorDimensions(d.dimensions))
    t = t / t.norm(2, {1}, true).clamp_min(1e-8);
  return t;
}

ZeroShotModelImpl::ZeroShotModelImpl(NetworkImpl& net, const NetworkShape& shape, const ClassDescriptions& d,
                                     std::int64_t embeddingDim) {
  const auto names = net.layerNames();
  layer_ = names.size() >= 2 ? names[names.size() - 2] : names.front();
  std::int64_t width = 0;
  {
    torch::NoGradGuard noGrad;
    const auto device = net.parameters().front().device();
    width = net.forwardTo(torch::zeros({1, shape.channels, shape.side, shape.side}, device), layer_).flatten(1).size(1);
  }
  descriptions_ = register_buffer("descriptions", descriptionTensor(d));
  image_ = register_module("image_proj", torch::nn::Linear(width, embeddingDim));
  class_ = register_module(
      "class_proj", torch::nn::Linear(torch::nn::LinearOptions(descriptions_.size(1), embeddingDim).bias(false)));
}

torch::Tensor ZeroShotModelImpl::imageFeatures(NetworkImpl& net, const torch::Tensor& images) {
  return net.forwardTo(images, layer_).flatten(1);
}

torch::Tensor ZeroShotModelImpl::embedImages(NetworkImpl& net, const torch::Tensor& images) {
  return project(imageFeatures(net, images));
}

torch::Tensor ZeroShotModelImpl::project(const torch::Tensor& features) {
  return image_->forward(features);
}

torch::Tensor ZeroShotModelImpl::classEmbeddings() {
  return class_->forward(descriptions_);
}

} // namespace twb
