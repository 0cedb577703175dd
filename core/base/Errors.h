#pragma once
// Two kinds of failure that callers treat differently: bad input (the user can fix
// the file or the flag; `twb` exits 2) and a run that failed (`twb` exits 1).
#include <stdexcept>
#include <string>

namespace twb {

// A problem with something the user gave us: a file, a key, a value, a dataset spec.
// The message is one sentence that names the input and what is wrong with it.
class InputError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// A run that started but could not finish (diverged, out of memory, disk full).
class RunError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// A long job (dataset loading, t-SNE) ended early because its caller asked it to.
class Cancelled : public std::runtime_error {
public:
  Cancelled() : std::runtime_error("cancelled") {}
};

} // namespace twb
