#include "zeroshot/ZeroShotBaselines.h"

#include <torch/nn/functional/loss.h>
#include <torch/optim/adam.h>
#include <torch/utils.h>

#include <algorithm>

namespace twb {

namespace {

std::vector<std::int64_t> seenClasses(const std::vector<bool>& unseen) {
  std::vector<std::int64_t> seen;
  for (std::size_t c = 0; c < unseen.size(); ++c)
    if (!unseen[c])
      seen.push_back(static_cast<std::int64_t>(c));
  return seen;
}

// Dataset class index -> position among the seen classes.
torch::Tensor seenPositions(const torch::Tensor& labels, const std::vector<std::int64_t>& seen) {
  const std::int64_t maxClass = *std::max_element(seen.begin(), seen.end());
  auto pos = torch::full({maxClass + 1}, -1, torch::kLong);
  for (std::size_t i = 0; i < seen.size(); ++i)
    pos[seen[i]] = static_cast<std::int64_t>(i);
  return pos.index_select(0, labels);
}

} // namespace

torch::Tensor unitRows(const torch::Tensor& x) {
  return x / x.norm(2, {1}, true).clamp_min(1e-8);
}

torch::Tensor eszslScores(const BaselineData& d, double gamma, double lambda) {
  torch::NoGradGuard noGrad;
  const auto seen = seenClasses(d.unseen);
  const auto seenIdx = torch::tensor(seen, torch::kLong);
  const auto X = unitRows(d.trainFeatures.to(torch::kFloat64)).t(); // [d, m]
  const auto S = d.descriptions.to(torch::kFloat64);                // [C, a]
  const auto Sseen = S.index_select(0, seenIdx).t();                // [a, z]
  const auto pos = seenPositions(d.trainLabels, seen);
  auto Y = -torch::ones({X.size(1), static_cast<std::int64_t>(seen.size())}, torch::kFloat64);
  Y.scatter_(1, pos.unsqueeze(1), 1.0); // [m, z] in {-1, 1}
  const auto left = torch::inverse(X.matmul(X.t()) + gamma * torch::eye(X.size(0), torch::kFloat64));
  const auto right = torch::inverse(Sseen.matmul(Sseen.t()) + lambda * torch::eye(Sseen.size(0), torch::kFloat64));
  const auto V = left.matmul(X).matmul(Y).matmul(Sseen.t()).matmul(right); // [d, a]
  return unitRows(d.testFeatures.to(torch::kFloat64)).matmul(V).matmul(S.t()).to(torch::kFloat32);
}

torch::Tensor conseScores(const BaselineData& d, int top, std::uint64_t seed) {
  const auto seen = seenClasses(d.unseen);
  const auto seenIdx = torch::tensor(seen, torch::kLong);
  const auto pos = seenPositions(d.trainLabels, seen);
  // The seen-class classifier: multinomial logistic regression on standardised features.
  const auto train = d.trainFeatures.to(torch::kFloat32);
  const auto mean = train.mean(0, true);
  const auto sd = train.std(0, true, true).clamp_min(1e-6);
  const auto x = (train - mean) / sd;
  torch::manual_seed(seed);
  auto W = (0.01 * torch::randn({x.size(1), static_cast<std::int64_t>(seen.size())})).requires_grad_();
  auto b = torch::zeros({static_cast<std::int64_t>(seen.size())}).requires_grad_();
  torch::optim::Adam opt({W, b}, torch::optim::AdamOptions(0.05).weight_decay(1e-4));
  for (int it = 0; it < 200; ++it) { // full-batch Adam: converged on these few thousand features
    opt.zero_grad();
    auto loss = torch::nn::functional::cross_entropy(x.matmul(W) + b, pos);
    loss.backward();
    opt.step();
  }
  torch::NoGradGuard noGrad;
  const auto probs = torch::softmax(((d.testFeatures.to(torch::kFloat32) - mean) / sd).matmul(W) + b, 1);
  const auto k = std::min<std::int64_t>(top, static_cast<std::int64_t>(seen.size()));
  const auto best = probs.topk(k, 1);
  const auto weights = std::get<0>(best);            // [N, T]
  const auto S = d.descriptions.to(torch::kFloat32); // [C, a]
  const auto Sseen = S.index_select(0, seenIdx);     // [z, a]
  const auto chosen = Sseen.index_select(0, std::get<1>(best).flatten()).view({weights.size(0), k, S.size(1)});
  const auto embedding = (weights.unsqueeze(2) * chosen).sum(1) / weights.sum(1, true); // [N, a]
  return unitRows(embedding).matmul(unitRows(S).t());
}

} // namespace twb
