#pragma once
// The two maps into the joint space. f(x): the image network up to its last hidden
// layer, then a learned linear map. g(y): a learned linear map (no bias) of the class
// description, so a class's embedding is a sum of one learned vector per attribute;
// an unseen combination of seen attributes lands where its parts point. Score of
// image x for class y: f(x).g(y). Internal to core: includes torch.
#include "nn/Network.h"
#include "zeroshot/ClassDescriptions.h"

#include <torch/nn/modules/linear.h>

#include <string>

namespace twb {

class ZeroShotModelImpl : public torch::nn::Module {
public:
  // `shape` gives the image size, to find the width of the layer f reads.
  ZeroShotModelImpl(NetworkImpl& net, const NetworkShape& shape, const ClassDescriptions& descriptions,
                    std::int64_t embeddingDim);

  // The learned image features the baselines use: the last hidden layer's output.
  torch::Tensor imageFeatures(NetworkImpl& net, const torch::Tensor& images);
  torch::Tensor embedImages(NetworkImpl& net, const torch::Tensor& images); // f(x), [B, D]
  torch::Tensor project(const torch::Tensor& features);                     // f from imageFeatures
  torch::Tensor classEmbeddings();                                          // g(y) of every class, [C, D]
  const torch::Tensor& descriptions() const { return descriptions_; }       // [C, A]

private:
  std::string layer_; // the network layer f reads
  torch::nn::Linear image_{nullptr}, class_{nullptr};
  torch::Tensor descriptions_;
};
TORCH_MODULE(ZeroShotModel);

// Description vectors as a float tensor; word vectors are scaled to unit length so
// that their norms (word frequency) do not decide the scores.
torch::Tensor descriptionTensor(const ClassDescriptions& d);

} // namespace twb
