#pragma once
// `digits`: the 5,000 handwritten digits of OpenCV's sample sheet (digits.png from
// Debian's opencv-doc), 500 per class, each 20x20 digit centred by its centre of
// mass in a 28x28 image as MNIST does, split 80/20 per class by a seeded shuffle.
#include "data/Dataset.h"

#include <cstdint>
#include <cstdlib>
#include <string>

namespace twb {

// The folder holding OpenCV's sample data: $TWB_OPENCV_DATA, else Debian's path.
inline std::string opencvSampleDataDir() {
  const char* dir = std::getenv("TWB_OPENCV_DATA");
  return dir && *dir ? dir : "/usr/share/doc/opencv-doc/examples/data";
}
inline std::string digitsSheetPath() { return opencvSampleDataDir() + "/digits.png"; }

Dataset loadDigits(std::uint64_t seed);

} // namespace twb
