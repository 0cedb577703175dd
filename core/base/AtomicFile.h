#pragma once
// Outputs appear whole or not at all: write a temporary file beside the target,
// flush it to disk, then rename it over the target.
#include <string>

namespace twb {

// Throws RunError naming `path` when the directory is missing or the disk is full.
void writeFileAtomic(const std::string& path, const std::string& contents);

// A file size limit (`ulimit -f`) then fails a write with EFBIG, which the writers
// report like a full disk, instead of SIGXFSZ killing the program mid-run. The programs
// call it first thing.
void reportFileSizeLimitAsWriteErrors();

// The whole file, or InputError naming `path`.
std::string readFile(const std::string& path);

// A temporary path in the same directory as `path` (so rename is atomic).
std::string temporaryPathFor(const std::string& path);

} // namespace twb
