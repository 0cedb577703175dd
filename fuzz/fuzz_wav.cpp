// WAV files a speech folder dataset holds (data/Speech.h readWav).
#include "FuzzInput.h"
#include "data/Speech.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = twb::fuzz::scratchFile(data, size, ".wav");
  twb::fuzz::expectInputError([&] {
    const twb::Waveform w = twb::readWav(path);
    if (w.samples.empty() || w.sampleRate <= 0)
      __builtin_trap(); // readWav promised samples or an error
  });
  return 0;
}
