#include "methods/multitask/TasksJson.h"

#include "methods/multitask/Tasks.h"
#include "base/Text.h"
#include "data/DatasetSpec.h"

#include <algorithm>
#include <set>

namespace twb {

namespace {

// Task names become metric names (loss/<name>), so they are plain identifiers that do
// not shadow the metrics every method already logs.
void checkTaskName(JsonReader& r, const std::string& name) {
  const bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
  if (!plain)
    r.fail("name", Message::text(TWB_TR("twb", "is '%1'; a task name is lower-case letters, digits and '_'"), {name}));
  static const std::set<std::string> kTaken = {"label",       "domain",      "total",       "source_train",
                                               "source_test", "target_test", "target_train"};
  if (kTaken.count(name))
    r.fail("name", Message::text(TWB_TR("twb", "is '%1', which an existing metric already uses"), {name}));
}

TaskSpec readTask(JsonReader r) {
  TaskSpec t;
  r.read("name", t.name);
  checkTaskName(r, t.name);
  r.read("dataset", t.dataset);
  if (const auto problem = datasetSpecProblem(t.dataset))
    r.fail("dataset", *problem);
  r.read("label", t.label);
  requireOneOf(r, "label", t.label, taskLabels());
  r.read("weight", t.weight);
  requireGreaterThan(r, "weight", t.weight, 0);
  r.read("labels_per_class", t.labelsPerClass);
  requireAtLeast(r, "labels_per_class", t.labelsPerClass, 0);
  r.finish();
  return t;
}

} // namespace

void readTasks(JsonReader r, TasksSpec& t) {
  r.read("family", t.family);
  requireOneOf(r, "family", t.family, taskFamilies());
  r.read("weighting", t.weighting);
  requireOneOf(r, "weighting", t.weighting, {"fixed", "uncertainty"});
  r.read("labels_per_class", t.labelsPerClass);
  requireAtLeast(r, "labels_per_class", t.labelsPerClass, 0);
  r.read("only", t.only);
  if (const Json* list = r.raw("list")) {
    if (!list->is_array())
      r.fail("list", Message::text(TWB_TR("twb", "must be an array of task objects")));
    t.list.clear();
    std::set<std::string> names;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string path = r.dotted("list") + "[" + std::to_string(i) + "]";
      t.list.push_back(readTask(JsonReader((*list)[i], r.origin(), path)));
      if (!names.insert(t.list.back().name).second)
        r.fail("list", Message::text(TWB_TR("twb", "names task '%1' twice"), {t.list.back().name}));
    }
  }
  if (t.family == "custom" && t.list.empty())
    r.fail("list", Message::text(TWB_TR("twb", "must list at least one task when tasks.family is 'custom'")));
  if (t.family != "custom" && !t.list.empty())
    r.fail("list", Message::text(TWB_TR("twb", "is only read when tasks.family is 'custom' (the family '%1' brings its own tasks)"),
                               {t.family}));
  if (!t.only.empty()) {
    TasksSpec all = t;
    all.only.clear();
    std::vector<std::string> names;
    for (const auto& task : resolveTasks(all))
      names.push_back(task.name);
    if (std::find(names.begin(), names.end(), t.only) == names.end())
      r.fail("only", Message::text(TWB_TR("twb", "is '%1', which is not a task of this experiment (tasks: %2)"),
                                 {t.only, listMessage(names)}));
  }
  r.finish();
}

Json tasksToJson(const TasksSpec& t) {
  Json list = Json::array();
  for (const auto& task : t.list)
    list.push_back({{"name", task.name},
                    {"dataset", task.dataset},
                    {"label", task.label},
                    {"weight", task.weight},
                    {"labels_per_class", task.labelsPerClass}});
  return Json{{"family", t.family},
              {"weighting", t.weighting},
              {"labels_per_class", t.labelsPerClass},
              {"only", t.only},
              {"list", list}};
}

} // namespace twb
