#include "tsne/PerplexityCalibration.h"

#include "tsne/ParallelFor.h"
#include "tsne/VantagePointTree.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace twb::tsne {

namespace {

constexpr double kEntropyTolerance = 1e-5;
constexpr int kMaxHalvings = 200;

// One row: finds the precision beta of exp(-beta * d2) whose entropy is `target`.
void calibrateRow(const float* distance2, std::size_t k, double target, float* out, std::vector<double>& w) {
  // Distances relative to the nearest: the same P, and no underflow when every
  // neighbour is far away.
  const double nearest = *std::min_element(distance2, distance2 + k);
  double beta = 1.0, lo = 0.0, hi = std::numeric_limits<double>::infinity();
  for (int step = 0; step < kMaxHalvings; ++step) {
    double sum = 0, weighted = 0;
    for (std::size_t j = 0; j < k; ++j) {
      const double d = distance2[j] - nearest;
      w[j] = std::exp(-beta * d);
      sum += w[j];
      weighted += d * w[j];
    }
    const double h = std::log(sum) + beta * weighted / sum;
    if (std::fabs(h - target) < kEntropyTolerance)
      break;
    // Entropy falls as the precision grows.
    if (h > target) {
      lo = beta;
      beta = std::isinf(hi) ? beta * 2 : (beta + hi) / 2;
    } else {
      hi = beta;
      beta = (beta + lo) / 2;
    }
  }
  double sum = 0;
  for (std::size_t j = 0; j < k; ++j) {
    w[j] = std::exp(-beta * (distance2[j] - nearest));
    sum += w[j];
  }
  for (std::size_t j = 0; j < k; ++j)
    out[j] = static_cast<float>(w[j] / sum);
}

} // namespace

std::vector<float> conditionalProbabilities(const NeighbourGraph& graph, double perplexity, ParallelFor& pool) {
  const std::size_t k = graph.k;
  std::vector<float> p(graph.n * k);
  const double target = std::log(perplexity);
  pool.run(graph.n, 256, [&](std::size_t begin, std::size_t end) {
    std::vector<double> w(k);
    for (std::size_t i = begin; i < end; ++i)
      calibrateRow(&graph.distance2[i * k], k, target, &p[i * k], w);
  });
  return p;
}

double entropy(const float* p, std::size_t count) {
  double h = 0;
  for (std::size_t j = 0; j < count; ++j)
    if (p[j] > 0)
      h -= p[j] * std::log(static_cast<double>(p[j]));
  return h;
}

SparseAffinities symmetricAffinities(const NeighbourGraph& graph, const std::vector<float>& conditional) {
  const std::size_t n = graph.n, k = graph.k;
  // Each p(j|i) lands in row i and in row j; count per row, then fill.
  SparseAffinities P;
  P.n = n;
  P.rowStart.assign(n + 1, 0);
  for (std::size_t e = 0; e < n * k; ++e) {
    ++P.rowStart[e / k + 1];
    ++P.rowStart[graph.index[e] + 1];
  }
  std::partial_sum(P.rowStart.begin(), P.rowStart.end(), P.rowStart.begin());
  std::vector<std::pair<std::uint32_t, double>> entries(P.rowStart[n]);
  std::vector<std::size_t> fill(P.rowStart.begin(), P.rowStart.end() - 1);
  for (std::size_t e = 0; e < n * k; ++e) {
    const auto i = static_cast<std::uint32_t>(e / k), j = graph.index[e];
    entries[fill[i]++] = {j, conditional[e]};
    entries[fill[j]++] = {i, conditional[e]};
  }
  // Sort each row by column and merge the pairs that were neighbours both ways.
  std::vector<std::size_t> start(n + 1, 0);
  std::size_t out = 0;
  double total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    auto first = entries.begin() + static_cast<std::ptrdiff_t>(P.rowStart[i]);
    auto last = entries.begin() + static_cast<std::ptrdiff_t>(P.rowStart[i + 1]);
    std::sort(first, last, [](const auto& a, const auto& b) { return a.first < b.first; });
    start[i] = out;
    for (auto it = first; it != last; ++it) {
      if (out > start[i] && entries[out - 1].first == it->first)
        entries[out - 1].second += it->second;
      else
        entries[out++] = *it;
    }
  }
  start[n] = out;
  for (std::size_t e = 0; e < out; ++e)
    total += entries[e].second;
  P.rowStart = std::move(start);
  P.column.resize(out);
  P.p.resize(out);
  // Divided by the actual sum (about 2n) so P sums to 1 despite float rows.
  for (std::size_t e = 0; e < out; ++e) {
    P.column[e] = entries[e].first;
    P.p[e] = entries[e].second / total;
  }
  return P;
}

} // namespace twb::tsne
