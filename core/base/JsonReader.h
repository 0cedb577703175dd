#pragma once
// Strict reading of a JSON object into a struct: typed fields with defaults, and one
// clear error naming the file and the dotted key for a wrong type, a bad value or a
// key nobody reads. Internal to core (nlohmann stays out of the public headers).
#include "base/Errors.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace twb {

using Json = nlohmann::ordered_json;

class JsonReader {
public:
  // `object` must outlive the reader. `path` is the dotted prefix ("" at the top).
  JsonReader(const Json& object, std::string origin, std::string path = {});

  // Each reads `key` if present (else keeps `value`), checking its type.
  void read(const std::string& key, std::string& value);
  void read(const std::string& key, double& value);
  void read(const std::string& key, int& value);
  void read(const std::string& key, std::int64_t& value);
  void read(const std::string& key, std::uint64_t& value);
  void read(const std::string& key, std::vector<std::string>& value);
  void read(const std::string& key, bool& value);

  // Whether the object has `key` (without marking it read).
  bool has(const std::string& key) const { return object_.contains(key); }

  // A nested object reader for `key` (an empty object when absent).
  JsonReader object(const std::string& key);
  // The raw member, marked as read (nullptr when absent).
  const Json* raw(const std::string& key);

  bool wasRead(const std::string& key) const { return seen_.count(key) > 0; }

  // Throws for the first key that no read() asked for.
  void finish() const;

  // An InputError naming this file and `key`: "ORIGIN: 'KEY' PROBLEM".
  [[noreturn]] void fail(const std::string& key, const Message& problem) const;
  std::string dotted(const std::string& key) const;
  const std::string& origin() const { return origin_; }

private:
  const Json* member(const std::string& key, const char* expected, bool (*ok)(const Json&));

  const Json& object_;
  std::string origin_;
  std::string path_;
  std::set<std::string> seen_;
  static const Json kEmpty;
};

// InputError "ORIGIN: KEY is 'VALUE'; expected one of: A, B" unless value is allowed.
void requireOneOf(JsonReader& r, const std::string& key, const std::string& value,
                  const std::vector<std::string>& allowed);

// InputError "ORIGIN: KEY must be at least MIN, got VALUE" unless value >= min (NaN fails).
void requireAtLeast(JsonReader& r, const std::string& key, double value, double min);
// InputError "ORIGIN: KEY must be greater than BOUND, got VALUE" unless value > bound.
void requireGreaterThan(JsonReader& r, const std::string& key, double value, double bound);

// Parses text as JSON, or throws InputError "ORIGIN: not valid JSON (line L, column C): ...".
Json parseJsonText(const std::string& text, const std::string& origin);

// The InputError for nlohmann's parse exception `e` (a syntax error, or a number no
// double holds such as 1e999), naming `origin` and where the text went wrong.
[[noreturn]] void throwJsonError(const nlohmann::json::exception& e, const std::string& origin);

} // namespace twb
