#include "methods/multitask/Tasks.h"

#include "base/Errors.h"

#include <algorithm>
#include <map>

namespace twb {

namespace {

TaskSpec task(const std::string& name, const std::string& dataset, const char* label, int labelsPerClass = 0) {
  TaskSpec t;
  t.name = name;
  t.dataset = dataset;
  t.label = label;
  t.labelsPerClass = labelsPerClass;
  return t;
}

// Fashion-MNIST's ten classes in four groups by what the item is worn on. A dress is
// worn from the shoulders, so it goes with the tops; a bag is worn on nothing.
const std::map<std::string, std::int64_t> kFashionGroup = {
    {"T-shirt/top", 0}, {"Pullover", 0}, {"Dress", 0},   {"Coat", 0},       {"Shirt", 0},
    {"Trouser", 1},     {"Sandal", 2},   {"Sneaker", 2}, {"Ankle boot", 2}, {"Bag", 3}};

// The digit value of each class name ("0".."9"), or -1 where a name is not one.
std::vector<int> digitValues(const std::vector<std::string>& classes) {
  std::vector<int> out;
  for (const auto& c : classes)
    out.push_back(c.size() == 1 && c[0] >= '0' && c[0] <= '9' ? c[0] - '0' : -1);
  return out;
}

// spoken_languages: the multitask example of multilingual speech recognition, the
// shared-hidden-layer multilingual DNN of Huang et al. 2013 (ICASSP, "Cross-language
// knowledge transfer using multilingual deep neural network with shared hidden
// layers"): one trunk, a softmax head per language, each language's own utterances.
// The first language is the main task with few labels, the paper's low-resource
// target language; Finnish (Uralic), so the four helpers (English, German, French,
// Spanish: Indo-European) share no number words with it.
const char* const kSpokenLanguages[] = {"fi", "en", "de", "fr", "es"};

} // namespace

std::vector<std::string> taskFamilies() {
  return {"digits", "fashion", "digits_fashion", "spoken_languages", "custom"};
}

Message describeTaskFamily(const std::string& family) {
  if (family == "digits")
    return Message::text(TWB_TR("twb", "digits: digit class + parity + greater than 4 (one batch, three labels)"));
  if (family == "fashion")
    return Message::text(TWB_TR("twb", "fashion: item class + coarse group (tops, bottoms, footwear, bags)"));
  if (family == "digits_fashion")
    return Message::text(TWB_TR("twb", "digits + fashion: two datasets share the trunk (one batch per task)"));
  if (family == "spoken_languages")
    return Message::text(TWB_TR("twb", "spoken languages: the ten digits spoken in Finnish (the main task), English, "
                                       "German, French and Spanish; one dataset and one head per language, one trunk "
                                       "(Huang et al. 2013)"));
  return Message::text(TWB_TR("twb", "custom: the tasks listed in tasks.list"));
}

std::vector<std::string> taskLabels() {
  return {"class", "parity", "greater_than_4", "coarse"};
}

std::vector<TaskSpec> familyTasks(const std::string& family, int labelsPerClass) {
  if (family == "digits")
    return {task("digit", "digits", "class", labelsPerClass), task("parity", "digits", "parity"),
            task("greater_than_4", "digits", "greater_than_4")};
  if (family == "fashion")
    return {task("fashion", "fashion", "class", labelsPerClass), task("group", "fashion", "coarse")};
  if (family == "digits_fashion")
    return {task("digit", "digits", "class", labelsPerClass), task("fashion", "fashion", "class")};
  if (family == "spoken_languages") {
    std::vector<TaskSpec> tasks;
    for (const char* language : kSpokenLanguages)
      tasks.push_back(task(language, std::string("spoken-digits:lang=") + language, "class",
                           tasks.empty() ? labelsPerClass : 0));
    return tasks;
  }
  return {};
}

std::vector<TaskSpec> resolveTasks(const TasksSpec& spec) {
  auto tasks = spec.family == "custom" ? spec.list : familyTasks(spec.family, spec.labelsPerClass);
  if (spec.only.empty())
    return tasks;
  for (const auto& t : tasks)
    if (t.name == spec.only)
      return {t};
  std::vector<std::string> names;
  for (const auto& t : tasks)
    names.push_back(t.name);
  throw InputError(Message::text(TWB_TR("twb", "tasks.only is '%1', which is not a task of this experiment (tasks: %2)"),
                               {spec.only, listMessage(names)}));
}

LabelMapping mapLabels(const TaskSpec& task, const std::vector<std::string>& classes) {
  LabelMapping m;
  if (task.label == "class") {
    m.classNames = classes;
    for (std::size_t c = 0; c < classes.size(); ++c)
      m.fromDatasetClass.push_back(static_cast<std::int64_t>(c));
    return m;
  }
  const auto fail = [&](const Message& why) {
    throw InputError(Message::text(TWB_TR("twb", "task '%1': label '%2' does not apply to dataset '%3': %4"),
                                 {task.name, task.label, task.dataset, why}));
  };
  if (task.label == "parity" || task.label == "greater_than_4") {
    const auto digits = digitValues(classes);
    if (classes.empty() || std::count(digits.begin(), digits.end(), -1) > 0)
      fail(Message::text(TWB_TR("twb", "it needs classes named 0 to 9")));
    const bool parity = task.label == "parity";
    m.classNames = parity ? std::vector<std::string>{"even", "odd"} : std::vector<std::string>{"0-4", "5-9"};
    for (int d : digits)
      m.fromDatasetClass.push_back(parity ? d % 2 : (d > 4 ? 1 : 0));
    return m;
  }
  if (task.label == "coarse") {
    m.classNames = {"tops", "bottoms", "footwear", "bags"};
    for (const auto& c : classes) {
      const auto it = kFashionGroup.find(c);
      if (it == kFashionGroup.end())
        fail(Message::text(TWB_TR("twb", "class '%1' is not one of Fashion-MNIST's ten"), {c}));
      m.fromDatasetClass.push_back(it->second);
    }
    return m;
  }
  fail(Message::text(TWB_TR("twb", "unknown label")));
  return m;
}

} // namespace twb
