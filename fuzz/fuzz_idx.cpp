// IDX images and labels (data/Idx.h), plain or gzipped: the first byte chooses the
// reader, the rest is the file. gzread reads both forms, so a gzip seed reaches the
// decompressor and a plain one the header checks.
#include "FuzzInput.h"
#include "data/Idx.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1)
    return 0;
  const bool labels = data[0] & 1;
  const std::string path = twb::fuzz::scratchFile(data + 1, size - 1, labels ? "-labels-idx1-ubyte" : "-images-idx3-ubyte");
  twb::fuzz::expectInputError([&] {
    if (labels)
      twb::readIdxLabels(path);
    else
      twb::readIdxImages(path);
  });
  return 0;
}
