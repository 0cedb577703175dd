// Dataset spec strings as an experiment file names them (data/DatasetSpec.h) and the
// IDX labels name derived from a spec's path. spoken-digits voice lists are left out:
// checking a voice starts espeak-ng in a child process per new name.
#include "FuzzInput.h"
#include "data/DatasetSpec.h"
#include "data/Idx.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string spec = twb::fuzz::text(data, size);
  twb::fuzz::expectInputError([&] {
    if (const auto problem = twb::datasetSpecProblem(spec))
      if (problem->english().empty())
        __builtin_trap();
    twb::idxLabelsPathFor(spec);
  });
  return 0;
}
