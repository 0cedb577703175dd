#pragma once
// Exact k nearest neighbours under the Euclidean distance with a vantage-point tree
// (Yianilos 1993), the structure van der Maaten's Barnes-Hut t-SNE uses: each node
// splits the remaining points by their distance to one of them at the median, and a
// query skips every ball the triangle inequality rules out.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace twb::tsne {

class ParallelFor;

// The k nearest neighbours of every point, itself excluded: row i holds indices and
// squared distances in increasing distance (ties by index).
struct NeighbourGraph {
  std::size_t n = 0, k = 0;
  std::vector<std::uint32_t> index; // n * k
  std::vector<float> distance2;     // n * k
};

class VantagePointTree {
public:
  // Keeps a pointer to `data` (n rows of dim floats), which must outlive the tree.
  // The vantage points are drawn from `seed`, so the tree (not the answer) depends on it.
  VantagePointTree(const float* data, std::size_t n, std::size_t dim, std::uint64_t seed);

  // The k nearest neighbours of point i, itself excluded, nearest first, appended to
  // `index` / `distance2`.
  void nearest(std::size_t i, std::size_t k, std::uint32_t* index, float* distance2) const;

private:
  struct Node {
    std::uint32_t point;
    float radius;             // median distance from `point` to the rest of its subtree
    std::int32_t inside = -1; // subtree within radius
    std::int32_t outside = -1;
  };
  std::int32_t build(std::uint32_t* begin, std::uint32_t* end, std::uint64_t& rng);
  float distance(std::size_t a, std::size_t b) const;

  const float* data_;
  std::size_t n_, dim_;
  std::vector<Node> nodes_;
};

// Every point's k nearest neighbours, the queries spread over `pool`. Throws
// twb::Cancelled soon after *stop becomes true (when stop is given).
NeighbourGraph nearestNeighbours(const float* data, std::size_t n, std::size_t dim, std::size_t k, std::uint64_t seed,
                                 ParallelFor& pool, const std::atomic<bool>* stop = nullptr);

// Squared Euclidean distance of two rows of dim floats, summed in a fixed order
// (eight lanes, then the lanes) so every build of this code gets the same bits.
float squaredDistance(const float* a, const float* b, std::size_t dim);

} // namespace twb::tsne
