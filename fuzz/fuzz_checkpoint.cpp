// model.pt as the Model panel and `twb` open it (nn/CheckpointInspect.h): the metadata
// is read, the network it names is built, and the weights are loaded into it. The
// archive reader is LibTorch's, uninstrumented, so the fuzzer is blind inside it and
// CRC checks stop most mutations early; it still finds what escapes our code.
// Seeds: archives of the metadata saveCheckpoint writes, without and with one weight.
#include "FuzzInput.h"
#include "nn/CheckpointInspect.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = twb::fuzz::scratchFile(data, size, "-model.pt");
  twb::fuzz::expectInputError([&] { twb::checkpointLayerValues(path, "fc"); });
  return 0;
}
