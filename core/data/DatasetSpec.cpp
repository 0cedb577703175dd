#include "data/DatasetSpec.h"

#include <algorithm>

namespace twb {

std::vector<std::string> builtinDatasetNames() {
  return {"digits", "digits-m", "syndigits", "fashion", "shapes"};
}

std::optional<Message> datasetSpecProblem(const std::string& spec) {
  if (spec.rfind("folder:", 0) == 0 || spec.rfind("idx:", 0) == 0)
    return std::nullopt;
  const auto names = builtinDatasetNames();
  if (std::find(names.begin(), names.end(), spec) != names.end())
    return std::nullopt;
  return Message::text(TWB_TR("twb", "is '%1'; expected a built-in (%2), folder:PATH or idx:PATH"),
                     {spec, listMessage(names)});
}

} // namespace twb
