// The experiment file (experiment/ExperimentFile.h) and `--set KEY=VALUE` values.
// The first byte chooses: a whole file, or one override applied to the default
// experiment. What parses must be written and read back to the same experiment
// (an error there escapes the guard: it is a finding).
#include "FuzzInput.h"
#include "experiment/ExperimentFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1)
    return 0;
  const std::string body = twb::fuzz::text(data + 1, size - 1);
  twb::Experiment e = twb::defaultExperiment();
  if (!twb::fuzz::expectInputError([&] {
        if (data[0] & 1)
          twb::applySetting(e, body);
        else
          e = twb::parseExperiment(body, "fuzz.json");
      }))
    return 0;
  // What File > Save writes must open again; with every method's settings, unchanged.
  twb::parseExperiment(twb::experimentToJson(e), "saved.json");
  const std::string written = twb::everyMethodJson(e);
  if (twb::everyMethodJson(twb::parseExperiment(written, "written.json")) != written)
    __builtin_trap();
  return 0;
}
