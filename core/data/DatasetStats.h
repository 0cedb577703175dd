#pragma once
// The facts a person checks before training on a dataset: counts per class per split,
// per-channel mean and standard deviation (of pixel values in [0, 1]), and which
// classes a source and a target share.
#include "data/Dataset.h"

#include <cstddef>
#include <string>
#include <vector>

namespace twb {

struct SplitStats {
  std::size_t size = 0;
  std::vector<std::size_t> classCounts;
  std::vector<double> mean; // per channel
  std::vector<double> std;  // per channel
};

struct DatasetStats {
  int width = 0, height = 0, channels = 0;
  SplitStats train, test;
};

DatasetStats computeStats(const Dataset& dataset);

// Source and target classes matched by name, never by position.
struct ClassMatch {
  std::vector<std::string> common;     // in the source's order
  std::vector<std::string> sourceOnly;
  std::vector<std::string> targetOnly;
  bool identical = false;              // same names in the same order
};

ClassMatch matchClasses(const Dataset& source, const Dataset& target);

// `target` relabelled to `classNames` (the source's): images of classes not in the
// list are dropped, labels follow the list's order. Nothing is matched by position.
void alignToClasses(Dataset& target, const std::vector<std::string>& classNames);

// A grid of sample images, `perClass` per class in rows (seeded), scaled up by
// `scale`, written as PNG (atomically). Throws RunError when it cannot be written.
void writeSampleGrid(const Dataset& dataset, const std::string& pngPath, int perClass = 8, int scale = 2,
                     std::uint64_t seed = 1);

} // namespace twb
