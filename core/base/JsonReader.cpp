#include "base/JsonReader.h"

#include "base/Text.h"

#include <algorithm>
#include <cstdio>
#include <limits>

namespace twb {

const Json JsonReader::kEmpty = Json::object();

namespace {
Message typeName(const Json& j) {
  if (j.is_number_integer())
    return Message::text(TWB_TR("twb", "an integer"));
  if (j.is_number())
    return Message::text(TWB_TR("twb", "a number"));
  if (j.is_string())
    return Message::text(TWB_TR("twb", "a string"));
  if (j.is_boolean())
    return Message::text(TWB_TR("twb", "a boolean"));
  if (j.is_array())
    return Message::text(TWB_TR("twb", "an array"));
  if (j.is_object())
    return Message::text(TWB_TR("twb", "an object"));
  return Message("null");
}
} // namespace

JsonReader::JsonReader(const Json& object, std::string origin, std::string path)
    : object_(object), origin_(std::move(origin)), path_(std::move(path)) {
  if (!object_.is_object()) {
    if (path_.empty())
      throw InputError(Message::text(TWB_TR("twb", "%1: the experiment must be an object, got %2"),
                                   {origin_, typeName(object_)}));
    throw InputError(
        Message::text(TWB_TR("twb", "%1: '%2' must be an object, got %3"), {origin_, path_, typeName(object_)}));
  }
}

std::string JsonReader::dotted(const std::string& key) const {
  return path_.empty() ? key : path_ + "." + key;
}

void JsonReader::fail(const std::string& key, const Message& problem) const {
  throw InputError(Message::text(TWB_TR("twb", "%1: '%2' %3"), {origin_, dotted(key), problem}));
}

const Json* JsonReader::member(const std::string& key, const char* expected, bool (*ok)(const Json&)) {
  seen_.insert(key);
  auto it = object_.find(key);
  if (it == object_.end())
    return nullptr;
  if (!ok(*it))
    fail(key, Message::text(TWB_TR("twb", "must be %1, got %2"), {Message::text(expected), typeName(*it)}));
  return &*it;
}

void JsonReader::read(const std::string& key, std::string& value) {
  if (auto* j = member(key, TWB_TR("twb", "a string"), [](const Json& v) { return v.is_string(); }))
    value = j->get<std::string>();
}

void JsonReader::read(const std::string& key, double& value) {
  if (auto* j = member(key, TWB_TR("twb", "a number"), [](const Json& v) { return v.is_number(); }))
    value = j->get<double>();
}

void JsonReader::read(const std::string& key, std::int64_t& value) {
  if (auto* j = member(key, TWB_TR("twb", "an integer"), [](const Json& v) { return v.is_number_integer(); })) {
    if (j->is_number_unsigned() &&
        j->get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      fail(key, Message::text(TWB_TR("twb", "is too large")));
    value = j->get<std::int64_t>();
  }
}

void JsonReader::read(const std::string& key, int& value) {
  std::int64_t wide = value;
  read(key, wide);
  if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
    fail(key, Message::text(TWB_TR("twb", "is out of range")));
  value = static_cast<int>(wide);
}

void JsonReader::read(const std::string& key, std::uint64_t& value) {
  if (auto* j = member(key, TWB_TR("twb", "a non-negative integer"), [](const Json& v) {
        return v.is_number_unsigned() || (v.is_number_integer() && v.get<std::int64_t>() >= 0);
      }))
    value = j->get<std::uint64_t>();
}

void JsonReader::read(const std::string& key, std::vector<std::string>& value) {
  if (auto* j = member(key, TWB_TR("twb", "an array of strings"), [](const Json& v) { return v.is_array(); })) {
    std::vector<std::string> out;
    for (const auto& item : *j) {
      if (!item.is_string())
        fail(key, Message::text(TWB_TR("twb", "must be an array of strings, found %1 in it"), {typeName(item)}));
      out.push_back(item.get<std::string>());
    }
    value = std::move(out);
  }
}

void JsonReader::read(const std::string& key, bool& value) {
  if (auto* j = member(key, TWB_TR("twb", "a boolean"), [](const Json& v) { return v.is_boolean(); }))
    value = j->get<bool>();
}

JsonReader JsonReader::object(const std::string& key) {
  if (auto* j = member(key, TWB_TR("twb", "an object"), [](const Json& v) { return v.is_object(); }))
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
      throw InputError(Message::text(TWB_TR("twb", "%1: unknown key '%2'"), {origin_, dotted(it.key())}));
}

Json parseJsonText(const std::string& text, const std::string& origin) {
  try {
    return Json::parse(text);
  } catch (const nlohmann::json::exception& e) { // parse_error, and out_of_range for 1e999 (fuzz_rundir)
    throwJsonError(e, origin);
  }
}

void throwJsonError(const nlohmann::json::exception& e, const std::string& origin) {
  // e.what() is "[json.exception.parse_error.101] parse error at line 3, column 5: syntax
  // error while parsing ...": the place is said plainly, the parser's words kept last.
  const std::string what = e.what();
  const auto at = what.find(" at line ");
  const auto colon = what.find(": ", at == std::string::npos ? 0 : at);
  long line = 0, column = 0;
  if (at != std::string::npos && colon != std::string::npos &&
      std::sscanf(what.c_str() + at, " at line %ld, column %ld", &line, &column) == 2) {
    throw InputError(Message::text(TWB_TR("twb", "%1, line %2, column %3: the file stops being valid JSON here. Look "
                                               "for a missing comma, quote or bracket just before this point (the "
                                               "reader says: %4)."),
                                   {origin, std::to_string(line), std::to_string(column), what.substr(colon + 2)}));
  }
  const auto pos = what.find("] ");
  throw InputError(Message::text(TWB_TR("twb", "%1: not valid JSON (%2)"),
                               {origin, pos == std::string::npos ? what : what.substr(pos + 2)}));
}

void requireOneOf(JsonReader& r, const std::string& key, const std::string& value,
                  const std::vector<std::string>& allowed) {
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end())
    r.fail(key, Message::text(TWB_TR("twb", "is '%1'; expected one of: %2"), {value, listMessage(allowed)}));
}

void requireAtLeast(JsonReader& r, const std::string& key, double value, double min) {
  if (!(value >= min))
    r.fail(key, Message::text(TWB_TR("twb", "must be at least %1, got %2"), {Json(min).dump(), Json(value).dump()}));
}

void requireGreaterThan(JsonReader& r, const std::string& key, double value, double bound) {
  if (!(value > bound))
    r.fail(key,
           Message::text(TWB_TR("twb", "must be greater than %1, got %2"), {Json(bound).dump(), Json(value).dump()}));
}

} // namespace twb
