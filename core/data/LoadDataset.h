#pragma once
// Every dataset by its spec: the built-ins, folder:PATH and idx:PATH, each from its
// loader (data/Builtins.h, data/Idx.h), generated domains from their cache.
#include "data/Dataset.h"

#include <cstdint>
#include <string>

namespace twb {

// Loads a dataset by spec (shared/CONTRACT.md: a built-in name, folder:PATH, idx:PATH).
// `seed` fixes the train/test split and anything generated. Throws InputError naming
// the spec or file and the problem.
Dataset loadDataset(const std::string& spec, std::uint64_t seed, const LoadOptions& options = {});

} // namespace twb
