#include "nn/DomainProbe.h"

#include "base/Random.h"

#include <torch/nn/functional/loss.h>
#include <torch/optim/adam.h>
#include <torch/utils.h>

#include <algorithm>
#include <numeric>

namespace twb {

namespace {

// `n` row indices of an [N, D] tensor in a seeded order: first half trains, second is held out.
torch::Tensor seededRows(std::int64_t rows, std::int64_t n, std::uint64_t seed) {
  std::vector<std::size_t> order(static_cast<std::size_t>(rows));
  std::iota(order.begin(), order.end(), std::size_t{0});
  seededShuffle(order, seed);
  std::vector<std::int64_t> picked(order.begin(), order.begin() + n);
  return torch::tensor(picked, torch::kInt64);
}

// Logistic regression, full batch. The features are standardised with the training
// half's statistics so one step size suits every backbone and layer; the small L2
// weight keeps the 768-wide probe from memorising 1,000 images.
constexpr int kIterations = 300;
constexpr double kStep = 0.01;
constexpr double kWeightDecay = 1e-3;

} // namespace

DomainProbe probeDomains(const std::vector<float>& source, const std::vector<float>& target, std::size_t dim,
                         std::uint64_t seed) {
  DomainProbe out;
  if (dim == 0)
    return out;
  const auto rowsOf = [dim](const std::vector<float>& v) { return static_cast<std::int64_t>(v.size() / dim); };
  const std::int64_t n = std::min(rowsOf(source), rowsOf(target));
  if (n < 4)
    return out;
  out.perDomain = static_cast<std::size_t>(n);
  const std::int64_t half = n / 2, held = n - half;
  // from_blob does not copy; index_select does, so the inputs are never written.
  const auto matrix = [dim](const std::vector<float>& v, std::int64_t rows) {
    return torch::from_blob(const_cast<float*>(v.data()), {rows, static_cast<std::int64_t>(dim)}, torch::kFloat32);
  };
  const auto s = matrix(source, rowsOf(source)).index_select(0, seededRows(rowsOf(source), n, mixSeed(seed, 0xAD1)));
  const auto t = matrix(target, rowsOf(target)).index_select(0, seededRows(rowsOf(target), n, mixSeed(seed, 0xAD2)));
  auto trainX = torch::cat({s.narrow(0, 0, half), t.narrow(0, 0, half)});
  auto testX = torch::cat({s.narrow(0, half, held), t.narrow(0, half, held)});
  const auto trainY = torch::cat({torch::zeros({half}), torch::ones({half})});
  const auto mean = trainX.mean(0, true);
  const auto sd = trainX.std(0, true, true).clamp_min(1e-6);
  trainX = (trainX - mean) / sd;
  testX = (testX - mean) / sd;

  torch::AutoGradMode enableGrad(true); // callers evaluate under NoGradGuard
  auto w = torch::zeros({trainX.size(1)}, torch::requires_grad());
  auto b = torch::zeros({1}, torch::requires_grad());
  torch::optim::Adam opt({w, b}, torch::optim::AdamOptions(kStep).weight_decay(kWeightDecay));
  for (int i = 0; i < kIterations; ++i) {
    opt.zero_grad();
    torch::nn::functional::binary_cross_entropy_with_logits(trainX.matmul(w) + b, trainY).backward();
    opt.step();
  }
  torch::NoGradGuard noGrad;
  const auto logits = testX.matmul(w) + b;
  const double sourceRight = logits.narrow(0, 0, held).le(0).to(torch::kFloat64).mean().item<double>();
  const double targetRight = logits.narrow(0, held, held).gt(0).to(torch::kFloat64).mean().item<double>();
  out.accuracy = 0.5 * (sourceRight + targetRight);
  out.proxyADistance = std::clamp(2.0 * (1.0 - 2.0 * (1.0 - out.accuracy)), 0.0, 2.0);
  return out;
}

} // namespace twb
