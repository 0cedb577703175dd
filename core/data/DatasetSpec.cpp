#include "data/DatasetSpec.h"

#include <algorithm>

namespace twb {

std::vector<std::string> builtinDatasetNames() {
  return {"digits", "digits-m", "syndigits", "fashion", "shapes", "spoken-digits", "spoken-digits-a", "spoken-digits-b"};
}

std::optional<Message> datasetSpecProblem(const std::string& spec) {
  // spoken-digits:voices=... is checked when loaded: whether a voice exists is the
  // synthesiser's to say.
  if (spec.rfind("folder:", 0) == 0 || spec.rfind("idx:", 0) == 0 || spec.rfind("spoken-digits:", 0) == 0)
    return std::nullopt;
  const auto names = builtinDatasetNames();
  if (std::find(names.begin(), names.end(), spec) != names.end())
    return std::nullopt;
  return Message::text(TWB_TR("twb", "is '%1'; expected a built-in (%2), folder:PATH or idx:PATH"),
                     {spec, listMessage(names)});
}

} // namespace twb
