#include "DatasetCatalog.h"

#include "DigitsDataset.h"

#include <filesystem>

namespace twb {

std::vector<DatasetInfo> builtinDatasets() {
  std::vector<DatasetInfo> out;

  DatasetInfo digits;
  digits.name = "digits";
  digits.description = "handwritten digits, OpenCV's sample sheet, centred in 28x28 like MNIST";
  digits.classes = 10;
  digits.trainCount = 4000;
  digits.testCount = 1000;
  digits.width = 28;
  digits.height = 28;
  digits.channels = 1;
  digits.origin = digitsSheetPath() + " (Debian package opencv-doc)";
#ifdef TWB_HAVE_OPENCV
  digits.available = std::filesystem::exists(digitsSheetPath());
  if (!digits.available)
    digits.problem = digitsSheetPath() + " not found; install Debian's opencv-doc package";
#else
  digits.available = false;
  digits.problem = "this build has no OpenCV (TWB_WITH_OPENCV=OFF)";
#endif
  out.push_back(digits);

  return out;
}

} // namespace twb
