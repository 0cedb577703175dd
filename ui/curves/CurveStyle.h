#pragma once
// How a metric is drawn: which of the stacked plots it belongs to, its colour, and
// whether it is a noisy per-batch measurement worth smoothing. The plot and the
// smoothing are what the method that logs it declares (methods/Registry.h
// describeMetric), so methods that log new metrics need no change here.
#include <QColor>
#include <QPen>

#include <cstddef>
#include <string>

namespace twb::ui {

enum class CurvePanel { Losses, Accuracies, Schedules };

// The plot its method declares: losses, accuracies, or schedules (lambda, the learning
// rate, a task's loss weight: like lambda a factor on a loss).
CurvePanel panelFor(const std::string& metricName);
// Per-batch training values (losses, training accuracies, a domain classifier's on its
// batches): smoothed, raw drawn faint. Test accuracies are exact measurements at an
// evaluation, and schedules are exact too.
bool isSmoothed(const std::string& metricName);
// What a metric is about, whatever its group: "digit" for loss/digit, acc/digit and
// weight/digit, so one task's curves can share a colour across the panels.
std::string curveSubject(const std::string& metricName);
// `index` picks a palette colour for metrics the contract does not name.
QPen penFor(const std::string& metricName, std::size_t index);

// The faint pen of the raw values drawn behind a smoothed curve drawn with `line`.
QPen rawPenFor(const QPen& line);

// Presenter mode: colours that stay apart on a washed-out projector and for colour-blind
// eyes (Okabe & Ito's palette, darkest first) and lines twice as wide. Views restyle.
void setPresenterStyle(bool on);
bool presenterStyle();

} // namespace twb::ui
