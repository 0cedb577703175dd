#include "lessons/Lesson.h"

#include "base/Errors.h"
#include "base/JsonReader.h"
#include "lessons/LessonNumbers.h"

#include <algorithm>

namespace twb {
namespace {

// The line each value of a JSON text starts on, by dotted path ("runs.1.experiment"),
// so that an error found after parsing can still name the line a teacher must fix.
// Only called on text nlohmann has accepted, so it can be a plain scanner.
std::map<std::string, int> linesByPath(const std::string& text) {
  struct Level {
    bool array = false;
    std::string path;
    std::string key; // objects: the member being read
    int index = -1;  // arrays: the element being read
  };
  std::map<std::string, int> lines;
  std::vector<Level> stack;
  int line = 1;
  bool expectKey = false;
  const auto childPath = [&]() {
    const Level& top = stack.back();
    const std::string name = top.array ? std::to_string(top.index) : top.key;
    return top.path.empty() ? name : top.path + "." + name;
  };
  const auto valueStarts = [&]() -> std::string {
    if (stack.empty())
      return {};
    if (stack.back().array)
      ++stack.back().index;
    const std::string path = childPath();
    lines.emplace(path, line);
    return path;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      ++line;
    } else if (c == '"') {
      std::string s;
      for (++i; i < text.size() && text[i] != '"'; ++i) {
        if (text[i] == '\\' && i + 1 < text.size())
          s += text[++i];
        else
          s += text[i];
      }
      if (expectKey && !stack.empty() && !stack.back().array) {
        stack.back().key = s;
        expectKey = false;
      } else {
        valueStarts();
      }
    } else if (c == '{' || c == '[') {
      const std::string path = valueStarts();
      stack.push_back({c == '[', path, {}, -1});
      expectKey = c == '{';
    } else if (c == '}' || c == ']') {
      if (!stack.empty())
        stack.pop_back();
    } else if (c == ',') {
      expectKey = !stack.empty() && !stack.back().array;
    } else if (c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n') {
      valueStarts();
      while (i + 1 < text.size() && std::string(",]}\n \t\r").find(text[i + 1]) == std::string::npos)
        ++i;
    }
  }
  return lines;
}

class LessonReader {
public:
  LessonReader(const std::string& text, std::string origin) : origin_(std::move(origin)), lines_(linesByPath(text)) {}

  int lineOf(const std::string& path) const {
    auto found = lines_.find(path);
    return found == lines_.end() ? 0 : found->second;
  }
  // "lesson.json, line 12": where an item starts, for the errors inside it.
  std::string at(const std::string& path) const {
    const int line = lineOf(path);
    return line > 0 ? origin_ + ", line " + std::to_string(line) : origin_;
  }

  LessonText text(const Json& value, const std::string& path) const {
    LessonText t;
    if (value.is_string()) {
      t.byLanguage["en"] = value.get<std::string>();
    } else if (value.is_object() && !value.empty()) {
      for (const auto& [language, words] : value.items()) {
        if (!words.is_string())
          failAt(path + "." + language, Message::text(TWB_TR("twb", "must be a text, got %1"), {words.type_name()}));
        t.byLanguage[language] = words.get<std::string>();
      }
    } else {
      failAt(path, Message::text(TWB_TR("twb", "must be a text or an object of texts by language "
                                            "({\"en\": \"…\", \"zh_CN\": \"…\"})")));
    }
    for (const auto& [language, words] : t.byLanguage)
      checkLessonText(words, at(path));
    return t;
  }

  [[noreturn]] void failAt(const std::string& path, const Message& problem) const {
    throw InputError(Message::text(TWB_TR("twb", "%1: '%2' %3"), {at(path), path, problem}));
  }

  const std::string& origin() const { return origin_; }

private:
  std::string origin_;
  std::map<std::string, int> lines_;
};

const Json& required(const Json& object, const std::string& key, const std::string& path, const LessonReader& r) {
  const auto found = object.find(key);
  if (found == object.end())
    r.failAt(path.empty() ? key : path, Message::text(TWB_TR("twb", "is missing '%1'"), {key}));
  return *found;
}

void checkKeys(const Json& object, const std::vector<std::string>& known, const std::string& path,
               const LessonReader& r) {
  if (!object.is_object())
    r.failAt(path, Message::text(TWB_TR("twb", "must be an object, got %1"), {object.type_name()}));
  for (const auto& [key, value] : object.items())
    if (std::find(known.begin(), known.end(), key) == known.end())
      r.failAt(path.empty() ? key : path + "." + key,
               Message::text(TWB_TR("twb", "is not a lesson key; known here: %1"), {listMessage(known)}));
}

std::string stringAt(const Json& value, const std::string& path, const LessonReader& r) {
  if (!value.is_string())
    r.failAt(path, Message::text(TWB_TR("twb", "must be a text, got %1"), {value.type_name()}));
  return value.get<std::string>();
}

const Json& arrayAt(const Json& value, const std::string& path, const LessonReader& r) {
  if (!value.is_array())
    r.failAt(path, Message::text(TWB_TR("twb", "must be a list, got %1"), {value.type_name()}));
  return value;
}

void checkTarget(const std::string& target, const std::string& path, const LessonReader& r) {
  const auto& known = lessonTargets();
  const bool curve = target.rfind("curve:", 0) == 0 && target.size() > 6;
  if (!curve && std::find(known.begin(), known.end(), target) == known.end())
    r.failAt(path, Message::text(TWB_TR("twb", "is '%1', which the window does not have; use one of: %2, or "
                                             "curve:METRIC"),
                                 {target, listMessage(known)}));
}

LessonRun readRun(const Json& value, const std::string& path, const LessonReader& r) {
  checkKeys(value, {"id", "label", "kind", "experiment", "set", "baselines", "copy_last"}, path, r);
  LessonRun run;
  run.id = stringAt(required(value, "id", path, r), path + ".id", r);
  if (run.id.empty() || run.id.find_first_of(". {}") != std::string::npos)
    r.failAt(path + ".id", Message::text(TWB_TR("twb", "must be a name without spaces, dots or braces")));
  run.label = r.text(required(value, "label", path, r), path + ".label");
  run.experiment = stringAt(required(value, "experiment", path, r), path + ".experiment", r);
  if (value.contains("kind")) {
    const std::string kind = stringAt(value["kind"], path + ".kind", r);
    if (kind != "train" && kind != "sweep")
      r.failAt(path + ".kind", Message::text(TWB_TR("twb", "is '%1'; expected train or sweep"), {kind}));
    run.kind = kind == "sweep" ? LessonRunKind::Sweep : LessonRunKind::Train;
  }
  if (value.contains("set")) {
    const Json& set = value["set"];
    if (!set.is_object())
      r.failAt(path + ".set", Message::text(TWB_TR("twb", "must be an object of experiment keys and values")));
    for (const auto& [key, v] : set.items())
      run.settings.push_back(key + "=" + (v.is_string() ? v.get<std::string>() : v.dump()));
  }
  if (value.contains("baselines")) {
    const Json& baselines = value["baselines"];
    if (baselines.is_array()) {
      for (const Json& name : baselines)
        run.baselineMethods.push_back(stringAt(name, path + ".baselines", r));
      run.baselines = !run.baselineMethods.empty();
    } else if (baselines.is_boolean()) {
      run.baselines = baselines.get<bool>();
    } else {
      r.failAt(path + ".baselines", Message::text(TWB_TR("twb", "must be true, false or a list of methods")));
    }
  }
  if (value.contains("copy_last")) {
    if (!value["copy_last"].is_boolean())
      r.failAt(path + ".copy_last", Message::text(TWB_TR("twb", "must be true or false")));
    run.copyLast = value["copy_last"].get<bool>();
  }
  return run;
}

} // namespace

const std::string& LessonText::in(const std::string& language) const {
  static const std::string none;
  for (const std::string& key : {language, language.substr(0, language.find('_')), std::string("en")}) {
    auto found = byLanguage.find(key);
    if (found != byLanguage.end())
      return found->second;
  }
  return byLanguage.empty() ? none : byLanguage.begin()->second;
}

const std::vector<std::string>& lessonTargets() {
  static const std::vector<std::string> targets = {
      "tab:curves",        "tab:compare",      "tab:embedding",   "tab:confusion",  "tab:comparison",
      "tab:translation",   "dock:experiment",  "dock:datasets",   "dock:runs",      "dock:zeroshot",
      "dock:model",        "dock:log",         "button:start",    "model:sweep"};
  return targets;
}

Lesson parseLesson(const std::string& jsonText, const std::string& origin) {
  const Json root = parseJsonText(jsonText, origin); // a syntax error names its line and column
  const LessonReader r(jsonText, origin);
  checkKeys(root,
            {"lesson", "title", "summary", "explanation", "minutes", "timing", "full_recipe", "runs", "steps", "watch",
             "after", "question", "panels"},
            "", r);
  Lesson lesson;
  lesson.file = origin;
  const Json& number = required(root, "lesson", "", r);
  if (!number.is_number_integer() || number.get<int>() < 1)
    r.failAt("lesson", Message::text(TWB_TR("twb", "must be the lesson's number, 1 or more")));
  lesson.number = number.get<int>();
  lesson.title = r.text(required(root, "title", "", r), "title");
  lesson.explanation = r.text(required(root, "explanation", "", r), "explanation");
  if (root.contains("summary"))
    lesson.summary = r.text(root["summary"], "summary");
  if (root.contains("timing"))
    lesson.timing = r.text(root["timing"], "timing");
  if (root.contains("question"))
    lesson.question = r.text(root["question"], "question");
  if (root.contains("minutes")) {
    if (!root["minutes"].is_number() || root["minutes"].get<double>() <= 0)
      r.failAt("minutes", Message::text(TWB_TR("twb", "must be a positive number of minutes")));
    lesson.minutes = static_cast<int>(root["minutes"].get<double>() + 0.5);
  }
  if (root.contains("full_recipe"))
    lesson.fullRecipe = stringAt(root["full_recipe"], "full_recipe", r);

  const Json& runs = arrayAt(required(root, "runs", "", r), "runs", r);
  for (std::size_t i = 0; i < runs.size(); ++i) {
    lesson.runs.push_back(readRun(runs[i], "runs." + std::to_string(i), r));
    for (std::size_t j = 0; j + 1 < lesson.runs.size(); ++j)
      if (lesson.runs[j].id == lesson.runs.back().id)
        r.failAt("runs." + std::to_string(i) + ".id",
                 Message::text(TWB_TR("twb", "'%1' is the id of an earlier run too"), {lesson.runs.back().id}));
  }
  if (root.contains("steps")) {
    const Json& steps = arrayAt(root["steps"], "steps", r);
    for (std::size_t i = 0; i < steps.size(); ++i)
      lesson.steps.push_back(r.text(steps[i], "steps." + std::to_string(i)));
  }
  if (root.contains("watch")) {
    const Json& watch = arrayAt(root["watch"], "watch", r);
    for (std::size_t i = 0; i < watch.size(); ++i) {
      const std::string path = "watch." + std::to_string(i);
      checkKeys(watch[i], {"show", "text"}, path, r);
      LessonWatch w;
      w.target = stringAt(required(watch[i], "show", path, r), path + ".show", r);
      checkTarget(w.target, path + ".show", r);
      w.text = r.text(required(watch[i], "text", path, r), path + ".text");
      lesson.watch.push_back(std::move(w));
    }
  }
  if (root.contains("after")) {
    const Json& after = arrayAt(root["after"], "after", r);
    for (std::size_t i = 0; i < after.size(); ++i) {
      const std::string path = "after." + std::to_string(i);
      checkKeys(after[i], {"if", "text"}, path, r);
      LessonFinding f;
      f.line = r.lineOf(path);
      if (after[i].contains("if")) {
        f.condition = stringAt(after[i]["if"], path + ".if", r);
        checkLessonExpression(f.condition, r.at(path + ".if"));
      }
      f.text = r.text(required(after[i], "text", path, r), path + ".text");
      lesson.findings.push_back(std::move(f));
    }
  }
  if (root.contains("panels")) {
    const Json& panels = arrayAt(root["panels"], "panels", r);
    for (std::size_t i = 0; i < panels.size(); ++i) {
      const std::string path = "panels." + std::to_string(i);
      lesson.panels.push_back(stringAt(panels[i], path, r));
      checkTarget(lesson.panels.back(), path, r);
    }
  }
  return lesson;
}

} // namespace twb
