#include "tsne/VantagePointTree.h"

#include "tsne/ParallelFor.h"

#include "base/Errors.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <queue>
#include <utility>

namespace twb::tsne {

float squaredDistance(const float* a, const float* b, std::size_t dim) {
  // Eight independent sums let the compiler use vector registers without
  // reassociating (which -O3 alone may not do for floats).
  float lane[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  std::size_t d = 0;
  for (; d + 8 <= dim; d += 8)
    for (int l = 0; l < 8; ++l) {
      const float t = a[d + l] - b[d + l];
      lane[l] += t * t;
    }
  for (int l = 0; d < dim; ++d, ++l) {
    const float t = a[d] - b[d];
    lane[l] += t * t;
  }
  return ((lane[0] + lane[4]) + (lane[1] + lane[5])) + ((lane[2] + lane[6]) + (lane[3] + lane[7]));
}

namespace {

// splitmix64: a small, portable generator (std distributions differ between libraries).
std::uint64_t nextRandom(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// A candidate neighbour; ordered by distance, then index, so ties break the same way
// whatever order the tree visits them in.
struct Candidate {
  float distance;
  std::uint32_t index;
  bool operator<(const Candidate& o) const {
    return distance < o.distance || (distance == o.distance && index < o.index);
  }
};

} // namespace

VantagePointTree::VantagePointTree(const float* data, std::size_t n, std::size_t dim, std::uint64_t seed)
    : data_(data), n_(n), dim_(dim) {
  std::vector<std::uint32_t> points(n);
  std::iota(points.begin(), points.end(), 0u);
  nodes_.reserve(n);
  std::uint64_t rng = seed;
  build(points.data(), points.data() + n, rng);
}

float VantagePointTree::distance(std::size_t a, std::size_t b) const {
  return std::sqrt(squaredDistance(data_ + a * dim_, data_ + b * dim_, dim_));
}

std::int32_t VantagePointTree::build(std::uint32_t* begin, std::uint32_t* end, std::uint64_t& rng) {
  if (begin == end)
    return -1;
  const std::size_t count = static_cast<std::size_t>(end - begin);
  std::swap(begin[0], begin[nextRandom(rng) % count]);
  const std::uint32_t vantage = begin[0];
  const auto id = static_cast<std::int32_t>(nodes_.size());
  nodes_.push_back({vantage, 0.0f});
  if (count == 1)
    return id;

  // Split the rest at the median distance to the vantage point.
  std::vector<std::pair<float, std::uint32_t>> byDistance(count - 1);
  for (std::size_t i = 1; i < count; ++i)
    byDistance[i - 1] = {distance(vantage, begin[i]), begin[i]};
  const std::size_t median = (count - 1) / 2;
  std::nth_element(byDistance.begin(), byDistance.begin() + static_cast<std::ptrdiff_t>(median), byDistance.end());
  for (std::size_t i = 1; i < count; ++i)
    begin[i] = byDistance[i - 1].second;
  const float radius = byDistance[median].first;
  byDistance.clear();
  byDistance.shrink_to_fit();

  std::uint32_t* split = begin + 1 + median;
  const std::int32_t inside = build(begin + 1, split, rng);
  const std::int32_t outside = build(split, end, rng);
  nodes_[static_cast<std::size_t>(id)].radius = radius;
  nodes_[static_cast<std::size_t>(id)].inside = inside;
  nodes_[static_cast<std::size_t>(id)].outside = outside;
  return id;
}

void VantagePointTree::nearest(std::size_t i, std::size_t k, std::uint32_t* index, float* distance2) const {
  // A max-heap of the best k so far; tau is the distance to beat.
  std::priority_queue<Candidate> best;
  float tau = std::numeric_limits<float>::max();
  std::vector<std::int32_t> stack;
  stack.reserve(64);
  if (!nodes_.empty())
    stack.push_back(0);
  while (!stack.empty()) {
    const Node& node = nodes_[static_cast<std::size_t>(stack.back())];
    stack.pop_back();
    const float d = distance(i, node.point);
    if (node.point != i && (best.size() < k || Candidate{d, node.point} < best.top())) {
      best.push({d, node.point});
      if (best.size() > k)
        best.pop();
      if (best.size() == k)
        tau = best.top().distance;
    }
    // Visit the side the query lies on last (it is popped first) so tau shrinks early.
    if (d < node.radius) {
      if (node.outside >= 0 && d + tau >= node.radius)
        stack.push_back(node.outside);
      if (node.inside >= 0 && d - tau <= node.radius)
        stack.push_back(node.inside);
    } else {
      if (node.inside >= 0 && d - tau <= node.radius)
        stack.push_back(node.inside);
      if (node.outside >= 0 && d + tau >= node.radius)
        stack.push_back(node.outside);
    }
  }
  // The heap pops farthest first; fill the row from the back.
  for (std::size_t r = best.size(); r-- > 0;) {
    index[r] = best.top().index;
    distance2[r] = best.top().distance * best.top().distance;
    best.pop();
  }
}

NeighbourGraph nearestNeighbours(const float* data, std::size_t n, std::size_t dim, std::size_t k, std::uint64_t seed,
                                 ParallelFor& pool, const std::atomic<bool>* stop) {
  NeighbourGraph g;
  g.n = n;
  g.k = k;
  g.index.resize(n * k);
  g.distance2.resize(n * k);
  const VantagePointTree tree(data, n, dim, seed);
  pool.run(n, 64, [&](std::size_t begin, std::size_t end) {
    if (stop && stop->load())
      throw Cancelled();
    for (std::size_t i = begin; i < end; ++i) {
      tree.nearest(i, k, &g.index[i * k], &g.distance2[i * k]);
      // Squared distances as squaredDistance gives them, not the square of a rounded
      // root, so they do not depend on how the neighbour was found.
      for (std::size_t r = 0; r < k; ++r)
        g.distance2[i * k + r] = squaredDistance(data + i * dim, data + g.index[i * k + r] * dim, dim);
    }
  });
  return g;
}

} // namespace twb::tsne
