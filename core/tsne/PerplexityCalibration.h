#pragma once
// Input affinities of t-SNE: each point's Gaussian over its nearest neighbours gets
// the bandwidth whose entropy is log(perplexity) (binary search on the precision,
// as in van der Maaten's and scikit-learn's code), and the conditional
// probabilities are symmetrised into one sparse joint distribution P.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace twb::tsne {

class ParallelFor;
struct NeighbourGraph;

// Row i of the result is p(j|i) over graph row i's neighbours (summing to 1), with
// entropy log(perplexity) to within 1e-5 nats (or the closest 200 halvings reach).
std::vector<float> conditionalProbabilities(const NeighbourGraph& graph, double perplexity, ParallelFor& pool);

// Shannon entropy (nats) of one row of probabilities.
double entropy(const float* p, std::size_t count);

// P = (p(j|i) + p(i|j)) / 2n in compressed sparse rows, columns ascending in each
// row; sums to 1 and is symmetric.
struct SparseAffinities {
  std::size_t n = 0;
  std::vector<std::size_t> rowStart; // n + 1
  std::vector<std::uint32_t> column;
  std::vector<double> p;
};

SparseAffinities symmetricAffinities(const NeighbourGraph& graph, const std::vector<float>& conditional);

} // namespace twb::tsne
