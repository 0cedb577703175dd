#include "training/RunLog.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"

#include <nlohmann/json.hpp>

#include <array>
#include <filesystem>
#include <utility>

namespace twb {

using nlohmann::json;

namespace {

constexpr std::array<std::pair<RunEventKind, const char*>, 7> kKinds{{
    {RunEventKind::Loading, "loading"},
    {RunEventKind::Data, "data"},
    {RunEventKind::Started, "started"},
    {RunEventKind::SourceModel, "source_model"},
    {RunEventKind::Measured, "measured"},
    {RunEventKind::Warning, "warning"},
    {RunEventKind::Finished, "finished"},
}};

json messageToJson(const Message& m) {
  json out{{"pattern", m.pattern()}, {"translatable", m.translatable()}};
  if (!m.args().empty()) {
    json args = json::array();
    for (const Message& a : m.args())
      args.push_back(messageToJson(a));
    out["args"] = std::move(args);
  }
  return out;
}

Message messageFromJson(const json& j) {
  const std::string pattern = j.at("pattern").get<std::string>();
  if (!j.value("translatable", false))
    return Message(pattern);
  std::vector<Message> args;
  if (j.contains("args"))
    for (const json& a : j.at("args"))
      args.push_back(messageFromJson(a));
  return Message::text(pattern.c_str(), std::move(args));
}

} // namespace

std::string runLogToJson(const std::vector<RunEvent>& events) {
  json list = json::array();
  for (const RunEvent& event : events) {
    const char* kind = "data";
    for (const auto& [k, name] : kKinds)
      if (k == event.kind)
        kind = name;
    list.push_back({{"kind", kind}, {"text", messageToJson(event.text)}});
  }
  return json{{"events", std::move(list)}}.dump(1) + "\n";
}

std::vector<RunEvent> runLogFromJson(const std::string& text, const std::string& source) {
  std::vector<RunEvent> events;
  try {
    const json parsed = json::parse(text); // named: a temporary's member would dangle in the loop
    for (const json& item : parsed.at("events")) {
      RunEvent event;
      const std::string kind = item.at("kind").get<std::string>();
      for (const auto& [k, name] : kKinds)
        if (kind == name)
          event.kind = k;
      event.text = messageFromJson(item.at("text"));
      events.push_back(std::move(event));
    }
  } catch (const json::exception&) {
    throw InputError(Message::text(TWB_TR("twb", "%1 is damaged: it is not a run log this version can read"), {source}));
  }
  return events;
}

std::vector<RunEvent> readRunLog(const std::string& dir) {
  const std::string path = (std::filesystem::path(dir) / kRunLogFile).string();
  if (!std::filesystem::exists(path))
    return {};
  return runLogFromJson(readFile(path), path);
}

} // namespace twb
