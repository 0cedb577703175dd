#pragma once
// The experiment file's `tasks` section (multitask), read strictly and written back
// resolved. Internal to core: the multitask method reads and writes it.
#include "experiment/Experiment.h"
#include "base/JsonReader.h"

#include <string>

namespace twb {

void readTasks(JsonReader r, TasksSpec& tasks);
Json tasksToJson(const TasksSpec& tasks);

} // namespace twb
