// vectors.tsv as `twb tsne` reads it (tsne/VectorsTsv.h).
#include "FuzzInput.h"
#include "tsne/VectorsTsv.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  twb::fuzz::expectInputError([&] {
    const twb::Vectors v = twb::parseVectorsTsv(twb::fuzz::text(data, size), "fuzz.tsv");
    if (v.values.size() != v.n * v.dim)
      __builtin_trap(); // the shape callers index by must match the values
  });
  return 0;
}
