#pragma once
// The two baselines a zero-shot method is read against, both on the image features
// the zero-shot network learned (its last hidden layer), both scoring every class:
// - ESZSL (Romera-Paredes & Torr 2015): a closed-form bilinear map V between image
//   features and descriptions, V = (X X^T + gamma I)^-1 X Y S^T (S S^T + lambda I)^-1;
//   score(x, y) = x^T V s_y.
// - ConSE (Norouzi et al. 2014): a softmax classifier over the seen classes; an image's
//   semantic embedding is the convex combination of the descriptions of its top-T seen
//   classes weighted by their probabilities; score(x, y) = cosine(embedding, s_y).
// Internal to core: includes torch.
#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace twb {

struct BaselineData {
  torch::Tensor trainFeatures, trainLabels; // seen classes only; labels are dataset class indices
  torch::Tensor testFeatures;
  torch::Tensor descriptions; // [classes, dimensions]
  std::vector<bool> unseen;
};

// Features are scaled to unit length first, so gamma means the same on any backbone.
// Each row divided by its length (cosine geometry), for the baselines and the embedding view.
torch::Tensor unitRows(const torch::Tensor& x);

torch::Tensor eszslScores(const BaselineData& d, double gamma, double lambda);
torch::Tensor conseScores(const BaselineData& d, int top, std::uint64_t seed);

} // namespace twb
