#pragma once
// What every fuzz target shares: the rule that a reader's documented error is a
// correct answer to bad input (base/Errors.h), and a scratch file for the readers
// that take a path. Anything else that escapes (another exception, a sanitizer
// report, a crash or a hang) is a finding: libFuzzer stops and keeps the input.
#include "base/Errors.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <unistd.h>

namespace twb::fuzz {

// Runs `read`; an InputError (the clear "FILE: problem" sentence a user sees) is the
// expected outcome for most inputs and is swallowed. Its text must not be empty: a
// user would get an error without a word of why. Returns whether `read` succeeded,
// so a target can check what it read (outside this guard: a file we wrote ourselves
// must read back without any error).
template <typename Read>
bool expectInputError(Read&& read) {
  try {
    read();
    return true;
  } catch (const InputError& e) {
    if (e.message().empty() || e.message().english().empty())
      __builtin_trap();
    return false;
  }
}

inline std::string text(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// The input written to a file of this process's own (several fuzzers may run side by
// side), for readers that open a path. `suffix` keeps the name a reader expects.
// The file is removed when the fuzzer exits normally (a crash leaves it, and the input
// is kept in findings/ anyway).
inline std::string scratchFile(const std::uint8_t* data, std::size_t size, const std::string& suffix) {
  struct Written {
    std::set<std::string> paths;
    ~Written() {
      for (const std::string& p : paths)
        std::remove(p.c_str());
    }
  };
  static Written written;
  const char* dir = std::getenv("TMPDIR");
  const std::string path = std::string(dir && *dir ? dir : "/tmp") + "/twb-fuzz-" + std::to_string(::getpid()) + suffix;
  written.paths.insert(path);
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f || (size > 0 && std::fwrite(data, 1, size, f) != size))
    __builtin_trap(); // the machine's problem, not the reader's: stop loudly
  std::fclose(f);
  return path;
}

} // namespace twb::fuzz
