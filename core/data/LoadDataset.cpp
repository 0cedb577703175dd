#include "data/LoadDataset.h"

#include "base/Errors.h"
#include "data/Builtins.h"
#include "data/DatasetCache.h"
#include "data/DigitsDataset.h"
#include "data/Idx.h"
#include "data/Speech.h"

namespace twb {

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
  if (isSpokenDigitsSpec(spec)) // cached per voice inside
    return generateSpokenDigits(spec, seed, options);
  if (hasPrefix(spec, "folder:")) {
    if (spec.size() == 7)
      throw InputError(Message::text(TWB_TR("twb", "folder: needs a path, e.g. %1 (one sub-folder per class)"),
                                   {"folder:/data/pets"}));
    return loadFolder(spec.substr(7), seed, options);
  }
#else
  (void)options;
  if (spec == "digits" || spec == "digits-m" || spec == "syndigits" || spec == "shapes" || hasPrefix(spec, "folder:") ||
      isSpokenDigitsSpec(spec))
    needsOpenCv(spec);
#endif
  throw InputError(Message::text(
      TWB_TR("twb",
             "unknown dataset '%1'; expected digits, digits-m, syndigits, fashion, shapes, spoken-digits, folder:PATH or "
             "idx:PATH"),
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
