#pragma once
// How a metric is drawn: which of the stacked plots it belongs to, its colour, and
// whether it is a noisy per-batch measurement worth smoothing. Decided by name, so
// methods that log new `group/name` metrics need no change here.
#include <QColor>
#include <QPen>

#include <cstddef>
#include <string>

namespace twb::ui {

enum class CurvePanel { Losses, Accuracies, Schedules };

// loss/* with the losses, acc/* with the accuracies; lambda, lr and the multitask loss
// weights (weight/<task>, like lambda a factor on a loss) with the schedules.
CurvePanel panelFor(const std::string& metricName);
// Per-batch training values (losses, training accuracies): smoothed, raw drawn faint.
// Test accuracies are exact measurements at an evaluation and schedules are exact too.
// An accuracy is per-batch when its name says "train" or it is the domain classifier's
// (acc/domain); every other accuracy (acc/target_test, a task's acc/<task>) is a test.
bool isSmoothed(const std::string& metricName);
// What a metric is about, whatever its group: "digit" for loss/digit, acc/digit and
// weight/digit, so one task's curves can share a colour across the panels.
std::string curveSubject(const std::string& metricName);
// `index` picks a palette colour for metrics the contract does not name.
QPen penFor(const std::string& metricName, std::size_t index);

} // namespace twb::ui
