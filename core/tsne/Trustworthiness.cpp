// trustworthiness(): scikit-learn's definition (sklearn.manifold.trustworthiness),
// so the benchmark's figures for both tools mean the same thing.
#include "tsne/Tsne.h"

#include "base/Errors.h"
#include "tsne/ParallelFor.h"
#include "tsne/VantagePointTree.h"

#include <algorithm>
#include <numeric>

namespace twb {

double trustworthiness(const std::vector<float>& data, std::size_t n, std::size_t dim, const std::vector<float>& coords,
                       std::size_t k) {
  if (data.size() != n * dim || coords.size() != 2 * n)
    throw InputError(Message::text(TWB_TR("twb", "trustworthiness: data and layout sizes do not match")));
  if (k == 0 || 2 * k >= n)
    throw InputError(Message::text(TWB_TR("twb", "trustworthiness: k must be below n / 2")));

  // For each point: the ranks (1 = nearest) in the data of its k nearest in the layout;
  // each rank beyond k is a stranger that intruded, penalised by how far beyond.
  auto penaltyOf = [&](std::size_t i, std::vector<float>& dataDist, std::vector<float>& mapDist,
                       std::vector<std::size_t>& order) {
    for (std::size_t j = 0; j < n; ++j) {
      dataDist[j] = tsne::squaredDistance(&data[i * dim], &data[j * dim], dim);
      const float dx = coords[2 * i] - coords[2 * j], dy = coords[2 * i + 1] - coords[2 * j + 1];
      mapDist[j] = dx * dx + dy * dy;
    }
    // The point itself first, then by distance, ties by index (as a stable argsort).
    auto closer = [&](const std::vector<float>& d) {
      return [&d, i](std::size_t a, std::size_t b) {
        if ((a == i) != (b == i))
          return a == i;
        return d[a] < d[b] || (d[a] == d[b] && a < b);
      };
    };
    std::iota(order.begin(), order.end(), 0);
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k + 1), order.end(), closer(mapDist));
    const std::vector<std::size_t> mapNearest(order.begin() + 1, order.begin() + static_cast<std::ptrdiff_t>(k + 1));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), closer(dataDist));
    std::vector<std::size_t> rank(n);
    for (std::size_t r = 0; r < n; ++r)
      rank[order[r]] = r; // the point itself has rank 0
    double penalty = 0;
    for (std::size_t j : mapNearest)
      if (rank[j] > k)
        penalty += static_cast<double>(rank[j] - k);
    return penalty;
  };

  std::vector<double> penalty(n, 0.0);
  tsne::ParallelFor pool(0);
  pool.run(n, 32, [&](std::size_t begin, std::size_t end) {
    std::vector<float> dataDist(n), mapDist(n);
    std::vector<std::size_t> order(n);
    for (std::size_t i = begin; i < end; ++i)
      penalty[i] = penaltyOf(i, dataDist, mapDist, order);
  });
  const double total = std::accumulate(penalty.begin(), penalty.end(), 0.0);
  const double nd = static_cast<double>(n), kd = static_cast<double>(k);
  return 1 - total * 2 / (nd * kd * (2 * nd - 3 * kd - 1));
}

} // namespace twb
