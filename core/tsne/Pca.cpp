#include "tsne/Pca.h"

#include "tsne/ParallelFor.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace twb::tsne {

namespace {

constexpr int kPowerIterations = 10;
constexpr std::size_t kOversampling = 10;

using Matrix = std::vector<double>; // row-major

// Orthonormalises the `cols` columns of a (rows x cols) matrix in place (modified
// Gram-Schmidt, twice, for columns that are nearly dependent).
void orthonormalise(Matrix& a, std::size_t rows, std::size_t cols) {
  for (int pass = 0; pass < 2; ++pass)
    for (std::size_t c = 0; c < cols; ++c) {
      for (std::size_t prev = 0; prev < c; ++prev) {
        double dot = 0;
        for (std::size_t r = 0; r < rows; ++r)
          dot += a[r * cols + c] * a[r * cols + prev];
        for (std::size_t r = 0; r < rows; ++r)
          a[r * cols + c] -= dot * a[r * cols + prev];
      }
      double norm = 0;
      for (std::size_t r = 0; r < rows; ++r)
        norm += a[r * cols + c] * a[r * cols + c];
      norm = std::sqrt(norm);
      for (std::size_t r = 0; r < rows; ++r)
        a[r * cols + c] = norm > 1e-300 ? a[r * cols + c] / norm : (r == c ? 1.0 : 0.0);
    }
}

// Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations:
// eigenvalues in `values`, eigenvectors in the columns of `vectors`.
void symmetricEigen(Matrix a, std::size_t m, std::vector<double>& values, Matrix& vectors) {
  vectors.assign(m * m, 0.0);
  for (std::size_t i = 0; i < m; ++i)
    vectors[i * m + i] = 1.0;
  for (int sweep = 0; sweep < 100; ++sweep) {
    double off = 0;
    for (std::size_t p = 0; p < m; ++p)
      for (std::size_t q = p + 1; q < m; ++q)
        off += a[p * m + q] * a[p * m + q];
    if (off < 1e-30)
      break;
    for (std::size_t p = 0; p < m; ++p)
      for (std::size_t q = p + 1; q < m; ++q) {
        const double apq = a[p * m + q];
        if (std::fabs(apq) < 1e-300)
          continue;
        const double theta = (a[q * m + q] - a[p * m + p]) / (2 * apq);
        const double t = (theta >= 0 ? 1.0 : -1.0) / (std::fabs(theta) + std::sqrt(theta * theta + 1));
        const double c = 1 / std::sqrt(t * t + 1), s = t * c;
        for (std::size_t r = 0; r < m; ++r) { // columns p and q
          const double arp = a[r * m + p], arq = a[r * m + q];
          a[r * m + p] = c * arp - s * arq;
          a[r * m + q] = s * arp + c * arq;
        }
        for (std::size_t r = 0; r < m; ++r) { // rows p and q
          const double apr = a[p * m + r], aqr = a[q * m + r];
          a[p * m + r] = c * apr - s * aqr;
          a[q * m + r] = s * apr + c * aqr;
        }
        for (std::size_t r = 0; r < m; ++r) {
          const double vrp = vectors[r * m + p], vrq = vectors[r * m + q];
          vectors[r * m + p] = c * vrp - s * vrq;
          vectors[r * m + q] = s * vrp + c * vrq;
        }
      }
  }
  values.resize(m);
  for (std::size_t i = 0; i < m; ++i)
    values[i] = a[i * m + i];
}

// C * Q for the covariance C = X^T X / n of the centred data, without forming C:
// X^T (X Q), each thread summing a block of rows into its own part, parts then
// added in block order so the sum does not depend on scheduling.
Matrix covarianceTimes(const float* data, const std::vector<double>& mean, std::size_t n, std::size_t dim,
                       const Matrix& q, std::size_t cols, ParallelFor& pool) {
  constexpr std::size_t kBlock = 512;
  const std::size_t blocks = (n + kBlock - 1) / kBlock;
  std::vector<Matrix> parts(blocks, Matrix(dim * cols, 0.0));
  pool.run(blocks, 1, [&](std::size_t first, std::size_t last) {
    std::vector<double> x(dim), xq(cols);
    for (std::size_t b = first; b < last; ++b) {
      Matrix& part = parts[b];
      for (std::size_t i = b * kBlock; i < std::min(n, (b + 1) * kBlock); ++i) {
        for (std::size_t d = 0; d < dim; ++d)
          x[d] = data[i * dim + d] - mean[d];
        std::fill(xq.begin(), xq.end(), 0.0);
        for (std::size_t d = 0; d < dim; ++d)
          for (std::size_t c = 0; c < cols; ++c)
            xq[c] += x[d] * q[d * cols + c];
        for (std::size_t d = 0; d < dim; ++d)
          for (std::size_t c = 0; c < cols; ++c)
            part[d * cols + c] += x[d] * xq[c];
      }
    }
  });
  Matrix out(dim * cols, 0.0);
  for (const Matrix& part : parts)
    for (std::size_t e = 0; e < out.size(); ++e)
      out[e] += part[e];
  for (double& v : out)
    v /= static_cast<double>(n);
  return out;
}

} // namespace

std::vector<double> principalComponents(const float* data, std::size_t n, std::size_t dim, std::size_t components,
                                        std::uint64_t seed, ParallelFor& pool) {
  std::vector<double> mean(dim, 0.0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t d = 0; d < dim; ++d)
      mean[d] += data[i * dim + d];
  for (double& m : mean)
    m /= static_cast<double>(n);

  // A random start of a few more columns than wanted, then power sweeps.
  const std::size_t cols = std::min(dim, components + kOversampling);
  Matrix q(dim * cols);
  std::uint64_t state = seed ^ 0x5CA1AB1EULL;
  for (double& v : q) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    v = static_cast<double>(state >> 11) / 9007199254740992.0 - 0.5;
  }
  orthonormalise(q, dim, cols);
  for (int it = 0; it < kPowerIterations; ++it) {
    q = covarianceTimes(data, mean, n, dim, q, cols, pool);
    orthonormalise(q, dim, cols);
  }

  // Rayleigh-Ritz: the small matrix Q^T C Q holds the leading eigenpairs.
  const Matrix cq = covarianceTimes(data, mean, n, dim, q, cols, pool);
  Matrix small(cols * cols, 0.0);
  for (std::size_t a = 0; a < cols; ++a)
    for (std::size_t b = 0; b < cols; ++b)
      for (std::size_t d = 0; d < dim; ++d)
        small[a * cols + b] += q[d * cols + a] * cq[d * cols + b];
  for (std::size_t a = 0; a < cols; ++a) // symmetric up to rounding; make it exact
    for (std::size_t b = a + 1; b < cols; ++b)
      small[a * cols + b] = small[b * cols + a] = (small[a * cols + b] + small[b * cols + a]) / 2;
  std::vector<double> values;
  Matrix vectors;
  symmetricEigen(small, cols, values, vectors);
  std::vector<std::size_t> order(cols);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });

  const std::size_t out = std::min(components, cols);
  Matrix axes(out * dim, 0.0); // row c = axis c in data space
  for (std::size_t c = 0; c < out; ++c) {
    for (std::size_t d = 0; d < dim; ++d)
      for (std::size_t s = 0; s < cols; ++s)
        axes[c * dim + d] += q[d * cols + s] * vectors[s * cols + order[c]];
    const auto biggest = std::max_element(axes.begin() + static_cast<std::ptrdiff_t>(c * dim),
                                          axes.begin() + static_cast<std::ptrdiff_t>((c + 1) * dim),
                                          [](double a, double b) { return std::fabs(a) < std::fabs(b); });
    if (*biggest < 0)
      for (std::size_t d = 0; d < dim; ++d)
        axes[c * dim + d] = -axes[c * dim + d];
  }

  std::vector<double> projected(n * components, 0.0);
  pool.run(n, 1024, [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i)
      for (std::size_t c = 0; c < out; ++c) {
        double s = 0;
        for (std::size_t d = 0; d < dim; ++d)
          s += (data[i * dim + d] - mean[d]) * axes[c * dim + d];
        projected[i * components + c] = s;
      }
  });
  return projected;
}

} // namespace twb::tsne
