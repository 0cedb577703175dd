#pragma once
// Small text helpers for messages: one place, so every error lists things alike.
#include <string>
#include <vector>

namespace twb {

// "a, b, c": how messages list classes, layers, tasks and allowed values.
inline std::string joinedList(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items)
    out += (out.empty() ? "" : ", ") + s;
  return out;
}

} // namespace twb
