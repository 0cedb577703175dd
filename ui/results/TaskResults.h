#pragma once
// How a multitask run reads in the results table: its method (and the one task of a
// single-task baseline), its datasets, and one test accuracy per task in the
// experiment's order.
#include "training/RunDirectory.h"

#include <QString>

#include <string>
#include <vector>

namespace twb::ui {

bool isMultitask(const twb::RunRecord& run);
// "multitask" or "multitask: parity alone".
QString multitaskMethod(const twb::RunRecord& run);
// "digits", "digits + fashion".
QString multitaskDatasets(const twb::RunRecord& run);
// "digit 81.20% · parity 95.10% · greater_than_4 93.00%"; empty when the run has none.
QString taskAccuracies(const twb::RunRecord& run);

// The task a multitask run stands for in one-number views (its first task; the one
// task of a single-task baseline); empty for other runs.
std::string mainTask(const twb::RunRecord& run);

// The single-task baselines of a multitask experiment: each task alone (tasks.only)
// on the same trunk, steps and recipe. None for a run that already trains one task.
std::vector<twb::Experiment> singleTaskBaselines(const twb::Experiment& experiment);

} // namespace twb::ui
