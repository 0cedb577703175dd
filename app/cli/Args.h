#pragma once
// Command-line arguments of one twb command: flags (--json), options with a value
// (--out DIR, repeatable --set K=V) and positionals, with one clear usage error for
// anything else.
#include <cstdint>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace twb::cli {

// Bad usage: twb prints the message and exits 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Args {
public:
  // `command` names the command in errors ("twb train"). Options not in `flags` or
  // `valued` are errors; "--help"/"-h" is always accepted.
  Args(const std::vector<std::string>& args, std::string command, std::set<std::string> flags,
       std::set<std::string> valued);

  bool help() const { return help_; }
  bool flag(const std::string& name) const { return flags_.count(name) > 0; }
  // The last value given for an option, or `fallback`.
  std::string value(const std::string& name, const std::string& fallback = {}) const;
  std::vector<std::string> values(const std::string& name) const;
  // A numeric option; a usage error naming it when it is not a number.
  double number(const std::string& name, double fallback) const;
  // A count: a whole number from 0 to a billion, else a usage error naming it.
  std::int64_t wholeNumber(const std::string& name, double fallback) const;
  const std::vector<std::string>& positionals() const { return positionals_; }
  // Requires exactly `names.size()` positionals, naming the first one missing.
  void expectPositionals(const std::vector<std::string>& names) const;

private:
  std::string command_;
  bool help_ = false;
  std::set<std::string> flags_;
  std::map<std::string, std::vector<std::string>> values_;
  std::vector<std::string> positionals_;
};

} // namespace twb::cli
