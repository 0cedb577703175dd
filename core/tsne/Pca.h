#pragma once
// The leading principal components of a data set, for t-SNE's initial layout: PCA
// keeps the global arrangement of clusters, which a random start loses (Kobak &
// Linderman 2021). Randomised subspace iteration (Halko et al. 2011), as
// scikit-learn's randomized PCA, so wide vectors cost O(n * dim) per sweep.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace twb::tsne {

class ParallelFor;

// The n rows of `data` (dim floats each), centred and projected on the first
// `components` principal axes: n * components values, row-major. Each axis points
// so that its largest-magnitude entry is positive, which makes the result
// independent of the random start beyond rounding.
std::vector<double> principalComponents(const float* data, std::size_t n, std::size_t dim, std::size_t components,
                                        std::uint64_t seed, ParallelFor& pool);

} // namespace twb::tsne
