#include "cli/Args.h"

#include <cstdlib>

namespace twb::cli {

Args::Args(const std::vector<std::string>& args, std::string command, std::set<std::string> flags,
           std::set<std::string> valued)
    : command_(std::move(command)) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      help_ = true;
    } else if (flags.count(a)) {
      flags_.insert(a);
    } else if (valued.count(a)) {
      if (i + 1 >= args.size())
        throw UsageError(command_ + ": " + a + " needs a value");
      values_[a].push_back(args[++i]);
    } else if (a.size() > 1 && a[0] == '-') {
      throw UsageError(command_ + ": unknown option '" + a + "'");
    } else {
      positionals_.push_back(a);
    }
  }
}

std::string Args::value(const std::string& name, const std::string& fallback) const {
  auto it = values_.find(name);
  return it == values_.end() ? fallback : it->second.back();
}

std::vector<std::string> Args::values(const std::string& name) const {
  auto it = values_.find(name);
  return it == values_.end() ? std::vector<std::string>{} : it->second;
}

double Args::number(const std::string& name, double fallback) const {
  const std::string text = value(name);
  if (text.empty())
    return fallback;
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || *end != '\0')
    throw UsageError(command_ + ": " + name + " must be a number, got '" + text + "'");
  return v;
}

std::int64_t Args::wholeNumber(const std::string& name, double fallback) const {
  const double v = number(name, fallback);
  if (v != static_cast<double>(static_cast<long long>(v)) || v < 0 || v > 1e9)
    throw UsageError(command_ + ": " + name + " must be a whole number of at least 0");
  return static_cast<std::int64_t>(v);
}

void Args::expectPositionals(const std::vector<std::string>& names) const {
  if (positionals_.size() < names.size())
    throw UsageError(command_ + ": no " + names[positionals_.size()] + " given");
  if (positionals_.size() > names.size())
    throw UsageError(command_ + ": unexpected argument '" + positionals_[names.size()] + "'");
}

} // namespace twb::cli
