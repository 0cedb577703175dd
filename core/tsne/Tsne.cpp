// runTsne: neighbours, affinities, initial layout, then gradient descent in two
// phases (early exaggeration, then the plain cost), as scikit-learn and openTSNE run it.
#include "tsne/Tsne.h"

#include "base/Errors.h"
#include "base/Random.h"
#include "tsne/ParallelFor.h"
#include "tsne/Pca.h"
#include "tsne/PerplexityCalibration.h"
#include "tsne/TsneGradient.h"
#include "tsne/TsneOptimizer.h"
#include "tsne/VantagePointTree.h"

#include <chrono>
#include <cmath>
#include <sstream>

namespace twb {

namespace {

// Standard deviation of the first axis of the initial layout: small, so early
// exaggeration starts from a compact map (scikit-learn and openTSNE use the same).
constexpr double kInitialSpread = 1e-4;
// Jitter added to the PCA layout, relative to its spread.
constexpr double kPcaJitter = 0.01;
constexpr double kMomentumEarly = 0.5, kMomentumLate = 0.8;

std::string numberText(double v) {
  std::ostringstream s;
  s << v;
  return s.str();
}

// Neighbours kept per point: scikit-learn's min(n - 1, 3 * perplexity + 1).
std::size_t neighbourCount(std::size_t n, double perplexity) {
  return std::min(n - 1, static_cast<std::size_t>(3 * perplexity + 1));
}

// Gaussian noise of standard deviation `sd` from a portable generator
// (std::normal_distribution differs between standard libraries; the layout must not).
std::vector<double> gaussianLayout(std::size_t n, double sd, std::uint64_t seed) {
  std::uint64_t state = seed;
  auto uniform = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (static_cast<double>(state >> 11) + 0.5) / 9007199254740992.0;
  };
  std::vector<double> y(2 * n);
  for (std::size_t i = 0; i < n; ++i) {
    const double r = std::sqrt(-2 * std::log(uniform())), a = 6.283185307179586 * uniform();
    y[2 * i] = sd * r * std::cos(a);
    y[2 * i + 1] = sd * r * std::sin(a);
  }
  return y;
}

std::vector<double> randomLayout(std::size_t n, std::uint64_t seed) {
  return gaussianLayout(n, kInitialSpread, mixSeed(seed, 2));
}

std::vector<double> pcaLayout(const std::vector<float>& data, std::size_t n, std::size_t dim, std::uint64_t seed,
                              tsne::ParallelFor& pool) {
  if (dim < 2)
    return randomLayout(n, seed);
  std::vector<double> y = tsne::principalComponents(data.data(), n, dim, 2, mixSeed(seed, 3), pool);
  double mean = 0, var = 0;
  for (std::size_t i = 0; i < n; ++i)
    mean += y[2 * i];
  mean /= static_cast<double>(n);
  for (std::size_t i = 0; i < n; ++i)
    var += (y[2 * i] - mean) * (y[2 * i] - mean);
  const double sd = std::sqrt(var / static_cast<double>(n));
  if (!(sd > 0)) // every vector the same: nothing to preserve
    return randomLayout(n, seed);
  // Plus a little seeded jitter, as openTSNE adds: coincident vectors start apart,
  // and the seed still matters.
  const std::vector<double> jitter = gaussianLayout(n, kPcaJitter * kInitialSpread, mixSeed(seed, 4));
  for (std::size_t e = 0; e < y.size(); ++e)
    y[e] = y[e] * (kInitialSpread / sd) + jitter[e];
  return y;
}

std::vector<float> toFloat(const std::vector<double>& y) {
  return std::vector<float>(y.begin(), y.end());
}

void throwIfStopped(const std::atomic<bool>* stop) {
  if (stop && stop->load())
    throw Cancelled();
}

} // namespace

void checkTsneInput(const std::vector<float>& data, std::size_t n, std::size_t dim, const TsneParams& p) {
  if (n == 0)
    throw InputError(Message::text(TWB_TR("twb", "t-SNE needs at least one vector, got none")));
  if (dim == 0)
    throw InputError(Message::text(TWB_TR("twb", "t-SNE needs vectors of at least one value")));
  if (data.size() != n * dim)
    throw InputError(Message::text(TWB_TR("twb", "t-SNE was given %1 values for %2 vectors of %3"),
                                 {std::to_string(data.size()), std::to_string(n), std::to_string(dim)}));
  for (std::size_t e = 0; e < data.size(); ++e)
    if (!std::isfinite(data[e]))
      throw InputError(Message::text(TWB_TR("twb", "vector %1 has a value that is not a finite number"),
                                   {std::to_string(e / dim + 1)}));
  if (!(p.perplexity > 0))
    throw InputError(Message::text(TWB_TR("twb", "perplexity must be positive, got %1"), {numberText(p.perplexity)}));
  if (!(static_cast<double>(n) > 3 * p.perplexity))
    throw InputError(Message::text(
        TWB_TR("twb", "perplexity %1 is too large for %2 vectors: t-SNE needs more than 3 * perplexity (%3)"),
        {numberText(p.perplexity), std::to_string(n), numberText(3 * p.perplexity)}));
  if (p.iterations < 1)
    throw InputError(
        Message::text(TWB_TR("twb", "iterations must be at least 1, got %1"), {std::to_string(p.iterations)}));
  if (!(p.theta >= 0 && p.theta <= 1))
    throw InputError(Message::text(TWB_TR("twb", "theta must be between 0 and 1, got %1"), {numberText(p.theta)}));
  if (!(p.learningRate >= 0) || !std::isfinite(p.learningRate))
    throw InputError(Message::text(TWB_TR("twb", "learning rate must be 0 (automatic) or positive, got %1"),
                                 {numberText(p.learningRate)}));
  if (!(p.earlyExaggeration > 0) || !std::isfinite(p.earlyExaggeration))
    throw InputError(
        Message::text(TWB_TR("twb", "early exaggeration must be positive, got %1"), {numberText(p.earlyExaggeration)}));
  if (p.exaggerationIterations < 0)
    throw InputError(Message::text(TWB_TR("twb", "exaggeration iterations must not be negative, got %1"),
                                 {std::to_string(p.exaggerationIterations)}));
  if (p.init != "pca" && p.init != "random")
    throw InputError(Message::text(TWB_TR("twb", "initialisation must be 'pca' or 'random', got '%1'"), {p.init}));
  if (p.threads < 0)
    throw InputError(
        Message::text(TWB_TR("twb", "threads must be 0 (all cores) or more, got %1"), {std::to_string(p.threads)}));
  if (p.reportEvery < 1)
    throw InputError(
        Message::text(TWB_TR("twb", "report interval must be at least 1, got %1"), {std::to_string(p.reportEvery)}));
}

TsneResult runTsne(const std::vector<float>& data, std::size_t n, std::size_t dim, const TsneParams& params,
                   const TsneProgress& onProgress, const std::atomic<bool>* stop) {
  const auto start = std::chrono::steady_clock::now();
  checkTsneInput(data, n, dim, params);
  tsne::ParallelFor pool(params.threads);

  tsne::SparseAffinities P;
  {
    const tsne::NeighbourGraph graph = tsne::nearestNeighbours(
        data.data(), n, dim, neighbourCount(n, params.perplexity), mixSeed(params.seed, 1), pool, stop);
    throwIfStopped(stop);
    P = tsne::symmetricAffinities(graph, tsne::conditionalProbabilities(graph, params.perplexity, pool));
  }
  throwIfStopped(stop);
  std::vector<double> y =
      params.init == "pca" ? pcaLayout(data, n, dim, params.seed, pool) : randomLayout(n, params.seed);

  const double learningRate = params.learningRate > 0
                                  ? params.learningRate
                                  : std::max(static_cast<double>(n) / params.earlyExaggeration, 200.0);
  tsne::TsneGradient gradient(P, params.theta, pool);
  tsne::TsneOptimizer optimizer(2 * n);
  std::vector<double> grad;
  for (int it = 0; it < params.iterations; ++it) {
    throwIfStopped(stop);
    const bool early = it < params.exaggerationIterations;
    if (it == params.exaggerationIterations && it > 0)
      optimizer.reset();
    const bool report = onProgress && ((it + 1) % params.reportEvery == 0 || it + 1 == params.iterations);
    const double kl = gradient.compute(y, early ? params.earlyExaggeration : 1.0, report, grad);
    optimizer.step(y, grad, learningRate, early ? kMomentumEarly : kMomentumLate);
    if (report)
      onProgress(it + 1, toFloat(y), kl);
  }

  TsneResult result;
  result.kl = gradient.compute(y, 1.0, true, grad); // of the final layout itself
  result.coords = toFloat(y);
  result.iterations = params.iterations;
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

} // namespace twb
