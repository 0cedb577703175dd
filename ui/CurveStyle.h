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

CurvePanel panelFor(const std::string& metricName);
// Per-batch training values (losses, training accuracies): smoothed, raw drawn faint.
// Test accuracies are exact measurements at an evaluation and schedules are exact too.
bool isSmoothed(const std::string& metricName);
// `index` picks a palette colour for metrics the contract does not name.
QPen penFor(const std::string& metricName, std::size_t index);

} // namespace twb::ui
