#include "tsne/QuadTree.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace twb::tsne {

namespace {
// Points a leaf holds before it splits: a few exact interactions cost less than the
// extra levels of nodes they replace.
constexpr std::uint32_t kLeafSize = 8;
// Coincident points cannot be separated; stop splitting at this depth.
constexpr int kMaxDepth = 40;
constexpr std::size_t kStackSize = 4 * kMaxDepth + 8;
// The hot loop: every body against every lane of the group. Each lane's sums are
// taken in body order whatever the vector width, and no multiply-add is fused
// (ISO C++ mode), so the AVX2 clone gives the same bits as the baseline one.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
__attribute__((target_clones("avx2", "default")))
#endif
void sumInteractions(const float* bx, const float* by, const float* mass, std::size_t bodies,
                     const float* qx, const float* qy, float* sz, float* sx, float* sy) {
  for (std::size_t b = 0; b < bodies; ++b) {
    const float x = bx[b], y = by[b], m = mass[b];
    for (std::uint32_t p = 0; p < QuadTree::kGroupSize; ++p) {
      const float dx = qx[p] - x, dy = qy[p] - y;
      const float w = 1.0f / (1.0f + dx * dx + dy * dy), mw = m * w, f = mw * w;
      sz[p] += mw;
      sx[p] += f * dx;
      sy[p] += f * dy;
    }
  }
}

} // namespace

void QuadTree::build(const double* xy, std::size_t n) {
  ids_.resize(n);
  std::iota(ids_.begin(), ids_.end(), 0u);
  px_.resize(n);
  py_.resize(n);
  scratchIds_.resize(n);
  scratchX_.resize(n);
  scratchY_.resize(n);
  quadrant_.resize(n);
  double minX = 0, minY = 0, maxX = 0, maxY = 0;
  for (std::size_t i = 0; i < n; ++i) {
    px_[i] = xy[2 * i];
    py_[i] = xy[2 * i + 1];
    if (i == 0 || px_[i] < minX)
      minX = px_[i];
    if (i == 0 || px_[i] > maxX)
      maxX = px_[i];
    if (i == 0 || py_[i] < minY)
      minY = py_[i];
    if (i == 0 || py_[i] > maxY)
      maxY = py_[i];
  }
  // A square a hair larger than the points, so the largest lands inside.
  const double side = std::max(maxX - minX, maxY - minY) * (1 + 1e-9) + 1e-12;
  nodes_.clear();
  groups_.clear();
  nodes_.emplace_back();
  if (n > 0)
    buildNode(0, 0, static_cast<std::uint32_t>(n), minX, minY, side, 0);
  // Groups are runs of consecutive points in tree order, which keeps them compact.
  for (std::uint32_t b = 0; b < n; b += kGroupSize)
    groups_.push_back({b, std::min<std::uint32_t>(kGroupSize, static_cast<std::uint32_t>(n) - b)});
}

void QuadTree::buildNode(std::uint32_t node, std::uint32_t begin, std::uint32_t end, double x0, double y0, double side,
                         int depth) {
  const std::uint32_t count = end - begin;
  double sx = 0, sy = 0;
  for (std::uint32_t k = begin; k < end; ++k) {
    sx += px_[k];
    sy += py_[k];
  }
  {
    Node& nd = nodes_[node];
    nd.cx = sx / count;
    nd.cy = sy / count;
    nd.count = count;
    nd.begin = begin;
    nd.width2 = count == 1 ? 0.0 : side * side;
  }
  if (count <= kLeafSize || depth >= kMaxDepth)
    return;

  // Counting sort of the range into the four quadrants (SW, SE, NW, NE).
  const double half = side / 2, midX = x0 + half, midY = y0 + half;
  std::array<std::uint32_t, 5> start{};
  for (std::uint32_t k = begin; k < end; ++k) {
    const auto q = static_cast<std::uint8_t>((px_[k] >= midX ? 1 : 0) | (py_[k] >= midY ? 2 : 0));
    quadrant_[k] = q;
    ++start[q + 1u];
  }
  start[0] = begin;
  for (int q = 1; q < 5; ++q)
    start[q] += start[q - 1];
  std::array<std::uint32_t, 4> fill{start[0], start[1], start[2], start[3]};
  for (std::uint32_t k = begin; k < end; ++k) {
    const std::uint32_t to = fill[quadrant_[k]]++;
    scratchIds_[to] = ids_[k];
    scratchX_[to] = px_[k];
    scratchY_[to] = py_[k];
  }
  std::copy(scratchIds_.begin() + begin, scratchIds_.begin() + end, ids_.begin() + begin);
  std::copy(scratchX_.begin() + begin, scratchX_.begin() + end, px_.begin() + begin);
  std::copy(scratchY_.begin() + begin, scratchY_.begin() + end, py_.begin() + begin);

  const auto first = static_cast<std::uint32_t>(nodes_.size());
  std::uint32_t children = 0;
  for (int q = 0; q < 4; ++q)
    children += start[q + 1] > start[q] ? 1 : 0;
  nodes_.resize(nodes_.size() + children); // invalidates references into nodes_
  nodes_[node].firstChild = first;
  nodes_[node].children = children;
  std::uint32_t child = first;
  for (int q = 0; q < 4; ++q) {
    if (start[q + 1] == start[q])
      continue;
    buildNode(child++, start[q], start[q + 1], (q & 1) ? midX : x0, (q & 2) ? midY : y0, half, depth + 1);
  }
}

// The interaction list of group g: bodies (position relative to the origin, mass)
// that together stand for every point, the group's own included. Returns how many.
std::size_t QuadTree::collect(std::size_t g, double theta2, Scratch& s, double originX, double originY) const {
  const Group& group = groups_[g];
  const std::uint32_t gBegin = group.begin, gEnd = group.begin + group.count;
  double minX = px_[gBegin], maxX = minX, minY = py_[gBegin], maxY = minY;
  for (std::uint32_t k = gBegin; k < gEnd; ++k) {
    minX = std::min(minX, px_[k]);
    maxX = std::max(maxX, px_[k]);
    minY = std::min(minY, py_[k]);
    maxY = std::max(maxY, py_[k]);
  }
  // Bodies partition the points, so there are at most n of them.
  if (s.x.size() < px_.size()) {
    s.x.resize(px_.size());
    s.y.resize(px_.size());
    s.mass.resize(px_.size());
  }
  float* bx = s.x.data();
  float* by = s.y.data();
  float* bm = s.mass.data();
  std::size_t bodies = 0;

  std::array<std::uint32_t, kStackSize> stack;
  std::size_t top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const Node& nd = nodes_[stack[--top]];
    // A cell holding group points is never summarised: each point must meet itself
    // exactly once, as a body at distance 0, which the caller takes back out.
    const bool overlaps = nd.begin < gEnd && gBegin < nd.begin + nd.count;
    if (!overlaps) {
      const double dx = nd.cx < minX ? minX - nd.cx : (nd.cx > maxX ? nd.cx - maxX : 0.0);
      const double dy = nd.cy < minY ? minY - nd.cy : (nd.cy > maxY ? nd.cy - maxY : 0.0);
      if (nd.count == 1 || nd.width2 < theta2 * (dx * dx + dy * dy)) {
        bx[bodies] = static_cast<float>(nd.cx - originX);
        by[bodies] = static_cast<float>(nd.cy - originY);
        bm[bodies++] = static_cast<float>(nd.count);
        continue;
      }
    }
    if (nd.children == 0) {
      for (std::uint32_t k = nd.begin; k < nd.begin + nd.count; ++k) {
        bx[bodies] = static_cast<float>(px_[k] - originX);
        by[bodies] = static_cast<float>(py_[k] - originY);
        bm[bodies++] = 1.0f;
      }
    } else {
      for (std::uint32_t c = nd.children; c-- > 0;)
        stack[top++] = nd.firstChild + c;
    }
  }
  return bodies;
}

void QuadTree::groupRepulsion(std::size_t g, double theta2, Scratch& s, double* force, double* z) const {
  const Group& group = groups_[g];
  // Coordinates relative to the group's first point keep float differences accurate.
  const double originX = px_[group.begin], originY = py_[group.begin];
  const std::size_t bodies = collect(g, theta2, s, originX, originY);

  const std::uint32_t count = group.count;
  alignas(32) std::array<float, kGroupSize> qx, qy, sz, sx, sy;
  for (std::uint32_t p = 0; p < kGroupSize; ++p) {
    // Lanes past the end of a short last group repeat its first point, whose sums are
    // ordinary numbers (no slow subnormals), and are dropped.
    const std::uint32_t k = group.begin + (p < count ? p : 0);
    qx[p] = static_cast<float>(px_[k] - originX);
    qy[p] = static_cast<float>(py_[k] - originY);
    sz[p] = sx[p] = sy[p] = 0;
  }
  sumInteractions(s.x.data(), s.y.data(), s.mass.data(), bodies, qx.data(), qy.data(), sz.data(), sx.data(), sy.data());
  for (std::uint32_t p = 0; p < count; ++p) {
    const std::uint32_t i = ids_[group.begin + p];
    z[i] = static_cast<double>(sz[p]) - 1.0; // the point itself, met at distance 0
    force[2 * i] = sx[p];
    force[2 * i + 1] = sy[p];
  }
}

} // namespace twb::tsne
