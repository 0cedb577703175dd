#pragma once
// A method's own settings, as the experiment file's "method" section holds them: a
// value per dotted key ("adversary", "domain_classifier.width"). What the keys are,
// their types, ranges and defaults, each method declares once (SettingSpec in
// methods/Method.h); the file reader, the writer, `--set` and the window's form all
// work from those declarations, so a new method's settings need no code elsewhere.
#include <cstdint>
#include <map>
#include <string>
#include <variant>

namespace twb {

// An integer, a real number, a flag or a text (a choice among named values).
using SettingValue = std::variant<std::int64_t, double, bool, std::string>;

class MethodSettings {
public:
  // The value stored for `key`, or nullptr (the method's default applies).
  const SettingValue* find(const std::string& key) const {
    const auto it = values_.find(key);
    return it == values_.end() ? nullptr : &it->second;
  }
  void set(const std::string& key, SettingValue value) { values_[key] = std::move(value); }
  void erase(const std::string& key) { values_.erase(key); }
  const std::map<std::string, SettingValue>& values() const { return values_; }

  bool operator==(const MethodSettings& other) const { return values_ == other.values_; }
  bool operator!=(const MethodSettings& other) const { return !(*this == other); }

private:
  std::map<std::string, SettingValue> values_;
};

} // namespace twb
