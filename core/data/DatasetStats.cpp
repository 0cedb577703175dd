#include "data/DatasetStats.h"

#include "base/Errors.h"

#include <algorithm>
#include <cmath>

namespace twb {

namespace {
SplitStats splitStats(const ImageSet& set, std::size_t numClasses) {
  SplitStats s;
  s.size = set.size();
  s.classCounts = set.classCounts(numClasses);
  const auto c = static_cast<std::size_t>(std::max(set.channels, 0));
  std::vector<double> sum(c, 0.0), sumSq(c, 0.0);
  const std::size_t pixels = set.pixels.size();
  for (std::size_t i = 0; i < pixels; ++i) {
    const double v = set.pixels[i] / 255.0;
    sum[i % c] += v;
    sumSq[i % c] += v * v;
  }
  const double perChannel = c ? static_cast<double>(pixels / c) : 0.0;
  for (std::size_t k = 0; k < c; ++k) {
    const double mean = perChannel > 0 ? sum[k] / perChannel : 0.0;
    const double var = perChannel > 0 ? std::max(0.0, sumSq[k] / perChannel - mean * mean) : 0.0;
    s.mean.push_back(mean);
    s.std.push_back(std::sqrt(var));
  }
  return s;
}
} // namespace

DatasetStats computeStats(const Dataset& d) {
  DatasetStats s;
  s.width = d.train.width;
  s.height = d.train.height;
  s.channels = d.train.channels;
  s.train = splitStats(d.train, d.classNames.size());
  s.test = splitStats(d.test, d.classNames.size());
  return s;
}

ClassMatch matchClasses(const Dataset& source, const Dataset& target) {
  ClassMatch m;
  m.identical = source.classNames == target.classNames;
  auto has = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  for (const auto& c : source.classNames)
    (has(target.classNames, c) ? m.common : m.sourceOnly).push_back(c);
  for (const auto& c : target.classNames)
    if (!has(source.classNames, c))
      m.targetOnly.push_back(c);
  return m;
}

void alignToClasses(Dataset& target, const std::vector<std::string>& classNames) {
  if (target.classNames == classNames)
    return;
  std::vector<std::int64_t> newLabel(target.classNames.size(), -1);
  for (std::size_t c = 0; c < target.classNames.size(); ++c) {
    const auto it = std::find(classNames.begin(), classNames.end(), target.classNames[c]);
    if (it != classNames.end())
      newLabel[c] = it - classNames.begin();
  }
  for (ImageSet* set : {&target.train, &target.test}) {
    std::vector<std::size_t> keep;
    for (std::size_t i = 0; i < set->size(); ++i)
      if (newLabel[static_cast<std::size_t>(set->labels[i])] >= 0)
        keep.push_back(i);
    ImageSet kept = set->subset(keep);
    for (auto& l : kept.labels)
      l = newLabel[static_cast<std::size_t>(l)];
    *set = std::move(kept);
  }
  target.classNames = classNames;
}

#ifndef TWB_HAVE_OPENCV
// The grid is encoded as PNG by OpenCV (data/SampleGrid.cpp); without it, say so.
void writeSampleGrid(const Dataset&, const std::string& pngPath, int, int, std::uint64_t) {
  throw InputError(Message::text(
      TWB_TR("twb", "%1: writing a sample grid needs OpenCV, and this build has none (TWB_WITH_OPENCV=OFF)"),
      {pngPath}));
}
#endif

} // namespace twb
