#pragma once
// The tasks a multitask experiment trains: the built-in families, labels derived
// from a dataset's classes, and which tasks one run trains. Plain C++ (no torch).
#include "base/Message.h"
#include "experiment/Experiment.h"

#include <cstdint>
#include <string>
#include <vector>

namespace twb {

// "digits", "fashion", "digits_fashion", "spoken_languages", "custom".
std::vector<std::string> taskFamilies();
// What a family trains, for people (the experiment panel, the README).
Message describeTaskFamily(const std::string& family);
// "class", "parity", "greater_than_4", "coarse".
std::vector<std::string> taskLabels();

// The tasks of a built-in family; the first is the main task and gets labelsPerClass.
//   digits:         digit (10 classes), parity (even/odd), greater_than_4 (0-4 / 5-9), all on digits
//   fashion:        fashion (10 classes), group (tops/bottoms/footwear/bags), on fashion
//   digits_fashion: digit on digits and fashion on fashion: two datasets, one trunk
//   spoken_languages: fi, en, de, fr, es, each the class of spoken-digits:lang=<task>:
//                   five datasets, one trunk, a head per language
std::vector<TaskSpec> familyTasks(const std::string& family, int labelsPerClass);

// The tasks one run trains, in order: the family's (or the custom list), only
// `tasks.only` when set. InputError when `only` names no task.
std::vector<TaskSpec> resolveTasks(const TasksSpec& tasks);

// A task's classes and, for each class of its dataset, the task class it maps to.
struct LabelMapping {
  std::vector<std::string> classNames;
  std::vector<std::int64_t> fromDatasetClass;
};

// InputError naming the task when its label does not apply to the dataset's classes
// (parity needs the classes 0..9; coarse needs Fashion-MNIST's ten classes).
LabelMapping mapLabels(const TaskSpec& task, const std::vector<std::string>& datasetClasses);

} // namespace twb
