#include "tsne/TsneGradient.h"

#include "tsne/ParallelFor.h"
#include "tsne/PerplexityCalibration.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace twb::tsne {

namespace {
// Work items per claim (a group is up to 32 points) and rows per attraction item:
// enough work to dwarf the claim, small enough to balance the threads.
constexpr std::size_t kGrain = 2;
constexpr std::size_t kRowBlock = 64;
constexpr int kLanes = 8;
// Eight floats as one value (GCC / Clang vector extension): the default build maps
// it to two SSE registers, the AVX2 clone to one.
typedef float Lanes __attribute__((vector_size(kLanes * sizeof(float))));

// Attraction on point i: sum_j p_ij (y_i - y_j) / (1 + |y_i - y_j|^2) over its row of
// P (count a multiple of kLanes). Each lane sums in row order and the lanes are
// added in a fixed order, so every clone gives the same bits.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
__attribute__((target_clones("avx2", "default")))
#endif
void attractRow(const std::uint32_t* column, const float* p, std::size_t count, const float* x, const float* y,
                std::size_t i, double* out) {
  const Lanes one = {1, 1, 1, 1, 1, 1, 1, 1};
  Lanes ax = {}, ay = {};
  for (std::size_t e = 0; e < count; e += kLanes) {
    const std::uint32_t* c = column + e;
    const Lanes xj = {x[c[0]], x[c[1]], x[c[2]], x[c[3]], x[c[4]], x[c[5]], x[c[6]], x[c[7]]};
    const Lanes yj = {y[c[0]], y[c[1]], y[c[2]], y[c[3]], y[c[4]], y[c[5]], y[c[6]], y[c[7]]};
    Lanes pe;
    std::memcpy(&pe, p + e, sizeof pe);
    const Lanes dx = x[i] - xj, dy = y[i] - yj;
    const Lanes pw = pe / (one + dx * dx + dy * dy);
    ax += pw * dx;
    ay += pw * dy;
  }
  out[0] = ((ax[0] + ax[4]) + (ax[1] + ax[5])) + ((ax[2] + ax[6]) + (ax[3] + ax[7]));
  out[1] = ((ay[0] + ay[4]) + (ay[1] + ay[5])) + ((ay[2] + ay[6]) + (ay[3] + ay[7]));
}

} // namespace

TsneGradient::TsneGradient(const SparseAffinities& P, double theta, ParallelFor& pool)
    : P_(P), theta2_(theta * theta), pool_(pool) {
  for (double p : P.p) {
    pSum_ += p;
    if (p > 0)
      pLogP_ += p * std::log(p);
  }
  // Rows padded to whole lanes with p = 0 at the point itself, which adds exactly 0.
  paddedStart_.assign(P.n + 1, 0);
  for (std::size_t i = 0; i < P.n; ++i) {
    const std::size_t count = P.rowStart[i + 1] - P.rowStart[i];
    paddedStart_[i + 1] = paddedStart_[i] + (count + kLanes - 1) / kLanes * kLanes;
  }
  paddedColumn_.resize(paddedStart_[P.n]);
  paddedP_.assign(paddedStart_[P.n], 0.0f);
  for (std::size_t i = 0; i < P.n; ++i) {
    std::size_t to = paddedStart_[i];
    for (std::size_t e = P.rowStart[i]; e < P.rowStart[i + 1]; ++e, ++to) {
      paddedColumn_[to] = P.column[e];
      paddedP_[to] = static_cast<float>(P.p[e]);
    }
    for (; to < paddedStart_[i + 1]; ++to)
      paddedColumn_[to] = static_cast<std::uint32_t>(i);
  }
  xf_.resize(P.n);
  yf_.resize(P.n);
  repulsion_.resize(2 * P.n);
  attraction_.resize(2 * P.n);
  zPart_.resize(P.n);
  klPart_.resize(P.n);
}

void TsneGradient::attract(std::size_t i, bool wantKl) {
  attractRow(&paddedColumn_[paddedStart_[i]], &paddedP_[paddedStart_[i]], paddedStart_[i + 1] - paddedStart_[i],
             xf_.data(), yf_.data(), i, &attraction_[2 * i]);
  if (!wantKl)
    return;
  const double xi = xf_[i], yi = yf_[i];
  double kl = 0;
  for (std::size_t e = P_.rowStart[i]; e < P_.rowStart[i + 1]; ++e) {
    const std::uint32_t j = P_.column[e];
    const double dx = xi - xf_[j], dy = yi - yf_[j];
    kl += P_.p[e] * std::log1p(dx * dx + dy * dy);
  }
  klPart_[i] = kl;
}

double TsneGradient::compute(const std::vector<double>& y, double exaggeration, bool wantKl,
                             std::vector<double>& grad) {
  const std::size_t n = P_.n;
  tree_.build(y.data(), n);
  for (std::size_t i = 0; i < n; ++i) {
    xf_[i] = static_cast<float>(y[2 * i]);
    yf_[i] = static_cast<float>(y[2 * i + 1]);
  }
  // One pass over two kinds of work item: the tree's point groups (repulsion), then
  // blocks of rows of P (attraction).
  const std::size_t groups = tree_.groups();
  const std::size_t rowBlocks = (n + kRowBlock - 1) / kRowBlock;
  pool_.run(groups + rowBlocks, kGrain, [&](std::size_t begin, std::size_t end) {
    thread_local QuadTree::Scratch scratch; // grows once per thread, not per block
    for (std::size_t item = begin; item < end; ++item) {
      if (item < groups) {
        tree_.groupRepulsion(item, theta2_, scratch, repulsion_.data(), zPart_.data());
        continue;
      }
      const std::size_t rowEnd = std::min(n, (item - groups + 1) * kRowBlock);
      for (std::size_t i = (item - groups) * kRowBlock; i < rowEnd; ++i)
        attract(i, wantKl);
    }
  });

  // Sums in index order: the same bits whatever thread computed each part.
  double z = 0;
  for (std::size_t i = 0; i < n; ++i)
    z += zPart_[i];
  z_ = z;
  grad.resize(2 * n);
  const double invZ = z > 0 ? 1 / z : 0;
  for (std::size_t e = 0; e < 2 * n; ++e)
    grad[e] = exaggeration * attraction_[e] - repulsion_[e] * invZ;
  if (!wantKl)
    return std::numeric_limits<double>::quiet_NaN();
  // KL = sum p log p - sum p log(w / Z) = sum p log p + sum p log(1 + d^2) + log Z sum p.
  double kl = pLogP_ + std::log(z) * pSum_;
  for (std::size_t i = 0; i < n; ++i)
    kl += klPart_[i];
  return kl;
}

} // namespace twb::tsne
