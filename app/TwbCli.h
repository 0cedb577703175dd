#pragma once
// The `twb` command line (shared/CONTRACT.md): parses arguments, runs a command over
// core, returns the exit status (0 ok, 1 the run failed, 2 bad usage or bad input).
#include <string>
#include <vector>

namespace twb::cli {

int run(const std::vector<std::string>& args);

} // namespace twb::cli
