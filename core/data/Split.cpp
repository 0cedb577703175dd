#include "data/Split.h"

#include "base/Random.h"

#include <cmath>

namespace twb {

void splitTrainTest(Dataset& d, std::uint64_t seed, double testFraction) {
  const std::size_t classes = d.classNames.size();
  std::vector<std::vector<std::size_t>> byClass(classes);
  for (std::size_t i = 0; i < d.train.size(); ++i)
    byClass[static_cast<std::size_t>(d.train.labels[i])].push_back(i);
  std::vector<std::size_t> train, test;
  for (std::size_t c = 0; c < classes; ++c) {
    auto& idx = byClass[c];
    seededShuffle(idx, mixSeed(seed, 500 + c));
    std::size_t nTest = static_cast<std::size_t>(std::llround(testFraction * static_cast<double>(idx.size())));
    if (nTest == 0 && idx.size() >= 2)
      nTest = 1;
    for (std::size_t k = 0; k < idx.size(); ++k)
      (k < nTest ? test : train).push_back(idx[k]);
  }
  const ImageSet all = std::move(d.train);
  d.train = all.subset(train);
  d.test = all.subset(test);
}

} // namespace twb
