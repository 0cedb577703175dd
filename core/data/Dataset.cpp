#include "data/Dataset.h"

#include "base/Random.h"

#include <algorithm>

namespace twb {

std::vector<std::size_t> ImageSet::classCounts(std::size_t numClasses) const {
  std::vector<std::size_t> counts(numClasses, 0);
  for (auto l : labels)
    if (l >= 0 && static_cast<std::size_t>(l) < numClasses)
      ++counts[static_cast<std::size_t>(l)];
  return counts;
}

ImageSet ImageSet::subset(const std::vector<std::size_t>& indices) const {
  ImageSet out;
  out.width = width;
  out.height = height;
  out.channels = channels;
  out.pixels.reserve(indices.size() * imageBytes());
  out.labels.reserve(indices.size());
  for (auto i : indices) {
    out.pixels.insert(out.pixels.end(), image(i), image(i) + imageBytes());
    out.labels.push_back(labels[i]);
  }
  return out;
}

std::vector<std::size_t> fewShotIndices(const ImageSet& set, std::size_t numClasses, int perClass,
                                        std::uint64_t seed) {
  std::vector<std::size_t> order(set.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  seededShuffle(order, seed);
  std::vector<int> taken(numClasses, 0);
  std::vector<std::size_t> picked;
  for (auto i : order) {
    const auto l = static_cast<std::size_t>(set.labels[i]);
    if (l < numClasses && taken[l] < perClass) {
      ++taken[l];
      picked.push_back(i);
    }
  }
  std::sort(picked.begin(), picked.end());
  return picked;
}

} // namespace twb
