#pragma once
// The gradient of t-SNE's cost KL(P || Q) for a 2-D layout, split as usual into
// attraction along the sparse affinities P and repulsion between all pairs, the
// latter through a Barnes-Hut quadtree. The factor 4 of the exact gradient is left
// out (as in van der Maaten's code and openTSNE); the learning rate absorbs it.
#include "tsne/QuadTree.h"

#include <cstddef>
#include <vector>

namespace twb::tsne {

class ParallelFor;
struct SparseAffinities;

class TsneGradient {
public:
  // Keeps references to P and pool, which must outlive it.
  TsneGradient(const SparseAffinities& P, double theta, ParallelFor& pool);

  // grad (2n values) = exaggeration * attraction - repulsion / Z at layout y, with
  // Z = sum_{i != j} (1 + d_ij^2)^-1 estimated by the tree. Returns KL(P || Q) of y
  // (P not exaggerated) when wantKl, otherwise NaN; the KL costs one log per
  // non-zero of P.
  double compute(const std::vector<double>& y, double exaggeration, bool wantKl, std::vector<double>& grad);

  // The normalisation Z of the last compute().
  double normalisation() const { return z_; }

private:
  // Attraction on point i (and its KL term when wantKl) into its slots.
  void attract(std::size_t i, bool wantKl);

  const SparseAffinities& P_;
  double theta2_;
  ParallelFor& pool_;
  QuadTree tree_;
  double pLogP_ = 0, pSum_ = 0;
  double z_ = 0;
  // One slot per point, so no two threads ever write the same value.
  std::vector<double> repulsion_, attraction_, zPart_, klPart_;
  // P in single precision (as scikit-learn computes it), rows padded to whole
  // vector lanes, and the layout's x and y in single precision.
  std::vector<std::size_t> paddedStart_;
  std::vector<std::uint32_t> paddedColumn_;
  std::vector<float> paddedP_, xf_, yf_;
};

} // namespace twb::tsne
