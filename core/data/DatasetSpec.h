#pragma once
// Which strings name a dataset (shared/CONTRACT.md): a built-in name, folder:PATH or
// idx:PATH. Checked where an experiment file is read, before anything is loaded.
#include "base/Message.h"

#include <optional>
#include <string>
#include <vector>

namespace twb {

std::vector<std::string> builtinDatasetNames();

// Why `spec` names no dataset ("is 'x'; expected a built-in (...), folder:PATH or
// idx:PATH"), or nothing when it does.
std::optional<Message> datasetSpecProblem(const std::string& spec);

} // namespace twb
