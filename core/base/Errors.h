#pragma once
// Two kinds of failure that callers treat differently: bad input (the user can fix
// the file or the flag; `twb` exits 2) and a run that failed (`twb` exits 1). Each
// carries its sentence as a Message, so `twb` prints it in English (what()) and the
// window in its own language.
#include "base/Message.h"

#include <stdexcept>
#include <string>

namespace twb {

class Error : public std::runtime_error {
public:
  explicit Error(Message message) : std::runtime_error(message.english()), message_(std::move(message)) {}
  const Message& message() const { return message_; }

private:
  Message message_;
};

// A problem with something the user gave us: a file, a key, a value, a dataset spec.
// The message is one sentence that names the input and what is wrong with it.
class InputError : public Error {
public:
  using Error::Error;
};

// A run that started but could not finish (diverged, out of memory, disk full).
class RunError : public Error {
public:
  using Error::Error;
};

// A long job (dataset loading, t-SNE) ended early because its caller asked it to.
class Cancelled : public std::runtime_error {
public:
  Cancelled() : std::runtime_error("cancelled") {}
};

} // namespace twb
