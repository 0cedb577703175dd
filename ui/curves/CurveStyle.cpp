#include "curves/CurveStyle.h"

#include "methods/Registry.h"
#include "training/Metrics.h"

#include <map>

namespace twb::ui {
namespace {

bool presenting = false;

// Okabe & Ito (2008), "Color universal design": distinct for the common colour
// blindnesses and, without its yellow, dark enough to survive a projector.
QColor presenterColourFor(const std::string& name, std::size_t index) {
  static const std::map<std::string, QColor> known = {
      {twb::metric::kLossLabel, QColor(0, 114, 178)},      {twb::metric::kLossDomain, QColor(230, 159, 0)},
      {twb::metric::kLossTotal, QColor(0, 0, 0)},          {twb::metric::kAccSourceTrain, QColor(86, 180, 233)},
      {twb::metric::kAccSourceTest, QColor(0, 114, 178)},  {twb::metric::kAccTargetTest, QColor(213, 94, 0)},
      {twb::metric::kAccDomain, QColor(230, 159, 0)},      {"acc/domain_test", QColor(120, 70, 20)},
      {twb::metric::kLambda, QColor(204, 121, 167)},       {twb::metric::kLr, QColor(60, 60, 60)},
  };
  static const QColor palette[] = {QColor(0, 158, 115), QColor(0, 0, 0), QColor(204, 121, 167),
                                   QColor(86, 180, 233), QColor(120, 70, 20)};
  const auto found = known.find(name);
  if (found != known.end())
    return found->second;
  return palette[index % (sizeof(palette) / sizeof(palette[0]))];
}

// Fixed colours for the contract's metrics, so a curve looks the same in every run;
// later metrics take the next colour of a palette that reads well on white.
QColor colourFor(const std::string& name, std::size_t index) {
  if (presenting)
    return presenterColourFor(name, index);
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
  pen.setWidthF((panelFor(metricName) == CurvePanel::Schedules ? 1.5 : 2.0) * (presenting ? 2.0 : 1.0));
  return pen;
}

QPen rawPenFor(const QPen& line) {
  QColor faint = line.color();
  faint.setAlpha(60);
  return QPen(faint, presenting ? 2.0 : 1.0);
}

void setPresenterStyle(bool on) {
  presenting = on;
}

bool presenterStyle() {
  return presenting;
}

} // namespace twb::ui
