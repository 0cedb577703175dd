// The check every model.pt passes before LibTorch reads it (nn/TorchArchive.h): the
// zip's structure and checksums, and the archive's class declarations. Plain C++ and
// zlib, so the fuzzer sees all of it (fuzz_checkpoint then goes on into LibTorch,
// which it cannot see inside). Seeds: the checkpoint target's archives.
#include "FuzzInput.h"
#include "nn/TorchArchive.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  twb::fuzz::expectInputError([&] { twb::checkTorchArchive(twb::fuzz::text(data, size), "model.pt"); });
  return 0;
}
