#pragma once
// The experiment file's `tasks` section (multitask), read strictly and written back
// resolved. Internal to core: used by Experiment.cpp.
#include "experiment/Experiment.h"
#include "base/JsonReader.h"

#include <functional>
#include <string>

namespace twb {

// `checkDataset(reader, key, spec)` fails through the reader for a dataset spec that is
// not a built-in, folder:PATH or idx:PATH (the same rule as source.dataset).
using DatasetCheck = std::function<void(JsonReader&, const std::string&, const std::string&)>;

void readTasks(JsonReader r, TasksSpec& tasks, const DatasetCheck& checkDataset);
Json tasksToJson(const TasksSpec& tasks);

} // namespace twb
