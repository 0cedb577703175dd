// A GloVe-style word-vector file (zeroshot/WordVectors.h), looked up for class names
// like the built-in datasets' (hyphens, slashes, spaces, upper case).
#include "FuzzInput.h"
#include "zeroshot/WordVectors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<std::string> classes = {"T-shirt/top", "Trouser", "ankle boot", "zero", "one"};
  const std::string path = twb::fuzz::scratchFile(data, size, "-vectors.txt");
  twb::fuzz::expectInputError([&] { twb::classWordVectors(path, classes); });
  return 0;
}
