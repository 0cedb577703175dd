#include "data/Dataset.h"

#include "data/DigitsDataset.h"
#include "base/Errors.h"
#include "data/Builtins.h"
#include "data/DatasetCache.h"
#include "data/Idx.h"
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

namespace {

bool hasPrefix(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

[[noreturn]] [[maybe_unused]] void needsOpenCv(const Message& spec) {
  throw InputError(Message::text(
      TWB_TR("twb", "dataset '%1' needs OpenCV, and this build of Transfer Workbench has none (TWB_WITH_OPENCV=OFF)"),
      {spec}));
}

Dataset loadBySpec(const std::string& spec, std::uint64_t seed, const LoadOptions& options) {
  if (spec == "fashion")
    return loadFashion(seed);
  if (hasPrefix(spec, "idx:")) {
    if (spec.size() == 4)
      throw InputError(Message::text(TWB_TR("twb", "idx: needs a path, e.g. %1 or %2"),
                                   {"idx:/data/mnist", "idx:/data/train-images-idx3-ubyte.gz"}));
    return loadIdxDataset(spec.substr(4), seed);
  }
#ifdef TWB_HAVE_OPENCV
  if (spec == "digits")
    return loadDigits(seed);
  if (spec == "digits-m")
    return cachedOrGenerated(spec, seed, [&] { return generateDigitsM(seed, options); });
  if (spec == "syndigits")
    return cachedOrGenerated(spec, seed, [&] { return generateSynDigits(seed, options); });
  if (spec == "shapes")
    return cachedOrGenerated(spec, seed, [&] { return generateShapes(seed, options); });
  if (hasPrefix(spec, "folder:")) {
    if (spec.size() == 7)
      throw InputError(Message::text(TWB_TR("twb", "folder: needs a path, e.g. %1 (one sub-folder per class)"),
                                   {"folder:/data/pets"}));
    return loadFolder(spec.substr(7), seed, options);
  }
#else
  (void)options;
  if (spec == "digits" || spec == "digits-m" || spec == "syndigits" || spec == "shapes" || hasPrefix(spec, "folder:"))
    needsOpenCv(spec);
#endif
  throw InputError(Message::text(
      TWB_TR("twb",
             "unknown dataset '%1'; expected digits, digits-m, syndigits, fashion, shapes, folder:PATH or idx:PATH"),
      {spec}));
}

} // namespace

Dataset loadDataset(const std::string& spec, std::uint64_t seed, const LoadOptions& options) {
  Dataset d = loadBySpec(spec, seed, options);
  if (options.side > 0 && (d.train.width != options.side || d.train.height != options.side)) {
#ifdef TWB_HAVE_OPENCV
    const std::string from = std::to_string(d.train.width) + "x" + std::to_string(d.train.height);
    resizeImages(d.train, options.side);
    resizeImages(d.test, options.side);
    d.report.notes.push_back("resized from " + from + " to " + std::to_string(options.side) + "x" +
                             std::to_string(options.side));
#else
    needsOpenCv(Message::text(TWB_TR("twb", "%1 (resizing)"), {spec}));
#endif
  }
  if (options.progress)
    options.progress(1.0);
  return d;
}

} // namespace twb
