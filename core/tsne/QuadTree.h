#pragma once
// The Barnes-Hut quadtree of a 2-D layout (van der Maaten 2014): t-SNE's repulsion
// on a point sums (1 + d^2)^-2 (y_i - y_j) over every other point, and a cell whose
// width is small next to its distance (w / d < theta) counts as one body of its
// mass at its centre of mass. O(n log n) per layout instead of O(n^2).
//
// Points are handled in small groups (a subtree of at most kGroupSize points): the
// tree is walked once per group, with the distance measured from the nearest edge of
// the group's bounding box, so every point of the group gets at least the accuracy
// it would get alone, and the interactions are then summed in a dense loop the
// compiler vectorises.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace twb::tsne {

class QuadTree {
public:
  static constexpr std::uint32_t kGroupSize = 32;

  // Rebuilds the tree over n points given as x0, y0, x1, y1, ... Buffers are reused,
  // so rebuilding every iteration allocates nothing once warm.
  void build(const double* xy, std::size_t n);

  // The number of point groups; each point is in exactly one.
  std::size_t groups() const { return groups_.size(); }

  // Work space of one thread for groupRepulsion (keep one per thread: it grows to n).
  struct Scratch {
    std::vector<float> x, y, mass;
  };

  // Repulsion on every point i of group g: writes sum_j w_ij^2 (y_i - y_j) to
  // force[2i], force[2i+1] and sum_j w_ij to z[i], w_ij = 1 / (1 + |y_i - y_j|^2),
  // over j != i, with cells satisfying width^2 < theta2 * distance^2 summarised.
  // theta2 = 0 is exact.
  void groupRepulsion(std::size_t g, double theta2, Scratch& scratch, double* force, double* z) const;

private:
  struct Node {
    double cx = 0, cy = 0; // centre of mass
    double width2 = 0;     // squared side of the cell; 0 for a one-point leaf
    std::uint32_t count = 0;
    std::uint32_t begin = 0;      // first point in ids_/px_/py_
    std::uint32_t firstChild = 0; // children are contiguous
    std::uint32_t children = 0;   // 0 for a leaf
  };
  struct Group {
    std::uint32_t begin, count; // a run of points in ids_/px_/py_
  };
  void buildNode(std::uint32_t node, std::uint32_t begin, std::uint32_t end, double x0, double y0, double side,
                 int depth);
  std::size_t collect(std::size_t g, double theta2, Scratch& s, double originX, double originY) const;

  std::vector<Node> nodes_;
  std::vector<Group> groups_;
  std::vector<std::uint32_t> ids_, scratchIds_;
  std::vector<double> px_, py_, scratchX_, scratchY_;
  std::vector<std::uint8_t> quadrant_;
};

} // namespace twb::tsne
