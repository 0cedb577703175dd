#pragma once
// Small text helpers for messages: one place, so every error lists things alike.
#include <cstdio>
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

// "0.927" for 0.927: a measured number in a message, with the decimals that carry
// meaning (std::to_string always writes six: "0.927000").
inline std::string fixed(double value, int decimals = 3) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

} // namespace twb
