// The attribute CSV a zero-shot run or the shapes table is read from
// (data/AttributeTable.h); what parses must also survive the window's save and reload.
#include "FuzzInput.h"
#include "data/AttributeTable.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  twb::AttributeTable t;
  if (!twb::fuzz::expectInputError([&] { t = twb::parseAttributeTable(twb::fuzz::text(data, size), "fuzz.csv"); }))
    return 0;
  const twb::AttributeTable saved = twb::parseAttributeTable(twb::attributeTableToCsv(t), "fuzz-saved.csv");
  if (saved.classes != t.classes || saved.attributes != t.attributes)
    __builtin_trap(); // the window's save must give back the same table
  return 0;
}
