#include "curves/CurveStyle.h"

#include "methods/Registry.h"
#include "training/Metrics.h"

#include <map>

namespace twb::ui {
namespace {

// Fixed colours for the contract's metrics, so a curve looks the same in every run;
// later metrics take the next colour of a palette that reads well on white.
QColor colourFor(const std::string& name, std::size_t index) {
  static const std::map<std::string, QColor> known = {
      {twb::metric::kLossLabel, QColor(31, 119, 180)},     {twb::metric::kLossDomain, QColor(255, 127, 14)},
      {twb::metric::kLossTotal, QColor(80, 80, 80)},       {twb::metric::kAccSourceTrain, QColor(120, 170, 215)},
      {twb::metric::kAccSourceTest, QColor(31, 119, 180)}, {twb::metric::kAccTargetTest, QColor(214, 39, 40)},
      {twb::metric::kAccDomain, QColor(255, 127, 14)},     {"acc/domain_test", QColor(166, 86, 40)},
      {twb::metric::kLambda, QColor(148, 103, 189)},       {twb::metric::kLr, QColor(110, 110, 110)},
  };
  static const QColor palette[] = {QColor(44, 160, 44), QColor(140, 86, 75), QColor(227, 119, 194),
                                   QColor(188, 189, 34), QColor(23, 190, 207)};
  const auto found = known.find(name);
  if (found != known.end())
    return found->second;
  return palette[index % (sizeof(palette) / sizeof(palette[0]))];
}

} // namespace

CurvePanel panelFor(const std::string& metricName) {
  switch (twb::describeMetric(metricName).plot) {
  case twb::MetricPlot::Accuracies:
    return CurvePanel::Accuracies;
  case twb::MetricPlot::Schedules:
    return CurvePanel::Schedules;
  case twb::MetricPlot::Losses:
    break;
  }
  return CurvePanel::Losses;
}

bool isSmoothed(const std::string& metricName) {
  return twb::describeMetric(metricName).perBatch;
}

std::string curveSubject(const std::string& metricName) {
  const auto slash = metricName.find('/');
  return slash == std::string::npos ? metricName : metricName.substr(slash + 1);
}

QPen penFor(const std::string& metricName, std::size_t index) {
  QPen pen(colourFor(metricName, index));
  pen.setWidthF(panelFor(metricName) == CurvePanel::Schedules ? 1.5 : 2.0);
  return pen;
}

} // namespace twb::ui
