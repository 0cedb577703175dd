#include "base/JsonReader.h"

#include "base/Text.h"

#include <algorithm>
#include <limits>

namespace twb {

const Json JsonReader::kEmpty = Json::object();

namespace {
std::string typeName(const Json& j) {
  if (j.is_number_integer())
    return "an integer";
  if (j.is_number())
    return "a number";
  if (j.is_string())
    return "a string";
  if (j.is_boolean())
    return "a boolean";
  if (j.is_array())
    return "an array";
  if (j.is_object())
    return "an object";
  return "null";
}
} // namespace

JsonReader::JsonReader(const Json& object, std::string origin, std::string path)
    : object_(object), origin_(std::move(origin)), path_(std::move(path)) {
  if (!object_.is_object())
    throw InputError(origin_ + ": " + (path_.empty() ? std::string("the experiment") : "'" + path_ + "'") +
                     " must be an object, got " + typeName(object_));
}

std::string JsonReader::dotted(const std::string& key) const {
  return path_.empty() ? key : path_ + "." + key;
}

void JsonReader::fail(const std::string& key, const std::string& problem) const {
  throw InputError(origin_ + ": '" + dotted(key) + "' " + problem);
}

const Json* JsonReader::member(const std::string& key, const char* expected, bool (*ok)(const Json&)) {
  seen_.insert(key);
  auto it = object_.find(key);
  if (it == object_.end())
    return nullptr;
  if (!ok(*it))
    fail(key, std::string("must be ") + expected + ", got " + typeName(*it));
  return &*it;
}

void JsonReader::read(const std::string& key, std::string& value) {
  if (auto* j = member(key, "a string", [](const Json& v) { return v.is_string(); }))
    value = j->get<std::string>();
}

void JsonReader::read(const std::string& key, double& value) {
  if (auto* j = member(key, "a number", [](const Json& v) { return v.is_number(); }))
    value = j->get<double>();
}

void JsonReader::read(const std::string& key, std::int64_t& value) {
  if (auto* j = member(key, "an integer", [](const Json& v) { return v.is_number_integer(); })) {
    if (j->is_number_unsigned() &&
        j->get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      fail(key, "is too large");
    value = j->get<std::int64_t>();
  }
}

void JsonReader::read(const std::string& key, int& value) {
  std::int64_t wide = value;
  read(key, wide);
  if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
    fail(key, "is out of range");
  value = static_cast<int>(wide);
}

void JsonReader::read(const std::string& key, std::uint64_t& value) {
  if (auto* j = member(key, "a non-negative integer", [](const Json& v) {
        return v.is_number_unsigned() || (v.is_number_integer() && v.get<std::int64_t>() >= 0);
      }))
    value = j->get<std::uint64_t>();
}

void JsonReader::read(const std::string& key, std::vector<std::string>& value) {
  if (auto* j = member(key, "an array of strings", [](const Json& v) { return v.is_array(); })) {
    std::vector<std::string> out;
    for (const auto& item : *j) {
      if (!item.is_string())
        fail(key, "must be an array of strings, found " + typeName(item) + " in it");
      out.push_back(item.get<std::string>());
    }
    value = std::move(out);
  }
}

JsonReader JsonReader::object(const std::string& key) {
  if (auto* j = member(key, "an object", [](const Json& v) { return v.is_object(); }))
    return JsonReader(*j, origin_, dotted(key));
  return JsonReader(kEmpty, origin_, dotted(key));
}

const Json* JsonReader::raw(const std::string& key) {
  seen_.insert(key);
  auto it = object_.find(key);
  return it == object_.end() ? nullptr : &*it;
}

void JsonReader::finish() const {
  for (auto it = object_.begin(); it != object_.end(); ++it)
    if (!seen_.count(it.key()))
      throw InputError(origin_ + ": unknown key '" + dotted(it.key()) + "'");
}

Json parseJsonText(const std::string& text, const std::string& origin) {
  try {
    return Json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    // e.what() is "[json.exception.parse_error.101] parse error at line 3, column 5: ..."
    std::string what = e.what();
    const auto pos = what.find("] ");
    throw InputError(origin + ": not valid JSON (" + (pos == std::string::npos ? what : what.substr(pos + 2)) + ")");
  }
}

void requireOneOf(JsonReader& r, const std::string& key, const std::string& value,
                  const std::vector<std::string>& allowed) {
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end())
    r.fail(key, "is '" + value + "'; expected one of: " + joinedList(allowed));
}

void requireAtLeast(JsonReader& r, const std::string& key, double value, double min) {
  if (!(value >= min))
    r.fail(key, "must be at least " + Json(min).dump() + ", got " + Json(value).dump());
}

void requireGreaterThan(JsonReader& r, const std::string& key, double value, double bound) {
  if (!(value > bound))
    r.fail(key, "must be greater than " + Json(bound).dump() + ", got " + Json(value).dump());
}

} // namespace twb
