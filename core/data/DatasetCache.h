#pragma once
// Generated domains are made once per (name, seed, generator version) and kept in
// the user's cache folder, so the second load is a file read. The key holds a
// fingerprint of the generators' code: changing a generator invalidates its cache.
#include "data/Dataset.h"

#include <functional>
#include <string>

namespace twb {

// $TWB_CACHE_DIR, else $XDG_CACHE_HOME/transfer-workbench, else ~/.cache/transfer-workbench.
std::string datasetCacheDir();

// The dataset from the cache when a valid entry exists, else generate() and store it
// (best effort: a read-only cache is a note in the report, not an error).
Dataset cachedOrGenerated(const std::string& name, std::uint64_t seed, const std::function<Dataset()>& generate);

} // namespace twb
