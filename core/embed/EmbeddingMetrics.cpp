// Domain mixing and class separation, read off the kNN graph in feature space, and
// the linear domain probe behind the proxy A-distance.
#include "embed/Embedding.h"

namespace twb {

namespace {

// The mean over points (those `keep` accepts) of the fraction of their neighbours
// for which `counts(i, j)` holds.
template <typename Keep, typename Counts> double neighbourFraction(const EmbeddingData& d, Keep keep, Counts counts) {
  if (d.k == 0 || d.neighbours.size() != d.n * d.k)
    return 0.0;
  double sum = 0;
  std::size_t points = 0;
  for (std::size_t i = 0; i < d.n; ++i) {
    if (!keep(i))
      continue;
    std::size_t hits = 0;
    for (std::size_t j = 0; j < d.k; ++j)
      hits += counts(i, d.neighbours[i * d.k + j]) ? 1 : 0;
    sum += static_cast<double>(hits) / static_cast<double>(d.k);
    ++points;
  }
  return points == 0 ? 0.0 : sum / static_cast<double>(points);
}

bool isImage(const EmbeddingData& d, std::size_t i) {
  return d.domains[i] != EmbeddingDomain::Description;
}

} // namespace

double domainMixing(const EmbeddingData& d) {
  return neighbourFraction(
      d, [&](std::size_t i) { return isImage(d, i); },
      [&](std::size_t i, std::size_t j) { return isImage(d, j) && d.domains[i] != d.domains[j]; });
}

double classSeparation(const EmbeddingData& d) {
  return neighbourFraction(
      d, [&](std::size_t i) { return isImage(d, i); },
      [&](std::size_t i, std::size_t j) { return d.labels[i] == d.labels[j]; });
}

double classSeparation(const EmbeddingData& d, EmbeddingDomain only) {
  return neighbourFraction(
      d, [&](std::size_t i) { return d.domains[i] == only; },
      [&](std::size_t i, std::size_t j) { return d.labels[i] == d.labels[j]; });
}

DomainProbe probeDomains(const EmbeddingData& d) {
  std::vector<float> source, target;
  for (std::size_t i = 0; i < d.n; ++i) {
    if (!isImage(d, i))
      continue;
    auto& out = d.domains[i] == EmbeddingDomain::Source ? source : target;
    out.insert(out.end(), d.features.begin() + static_cast<std::ptrdiff_t>(i * d.dim),
               d.features.begin() + static_cast<std::ptrdiff_t>((i + 1) * d.dim));
  }
  return probeDomains(source, target, d.dim, d.experiment.seed);
}

} // namespace twb
