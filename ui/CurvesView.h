#pragma once
// Live training curves against the step: losses (and the learning rate, on its own
// axis) on top, accuracies in [0, 1] below. One graph per metric name, made the first
// time the name arrives, so methods that add metrics need no change here.
#include "Metrics.h"

#include <QWidget>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

class QCPAxisRect;
class QCPGraph;
class QCPLegend;
class QCustomPlot;

namespace twb::ui {

class CurvesView : public QWidget {
  Q_OBJECT

public:
  explicit CurvesView(QWidget* parent = nullptr);

  // Forgets all curves; the step axis spans [0, totalSteps] for the coming run.
  void clear(std::int64_t totalSteps);
  // Adds the points and redraws once, however many rows there are.
  void append(const std::vector<twb::MetricRow>& rows);

  // The graph of one metric (nullptr until its first point arrives).
  QCPGraph* graph(const std::string& metricName) const;
  QCustomPlot* plot() const { return plot_; }

protected:
  void changeEvent(QEvent* event) override;

private:
  QCPGraph* graphFor(const std::string& metricName);
  void fitView();
  void retranslateUi();

  QCustomPlot* plot_ = nullptr;
  QCPAxisRect* lossRect_ = nullptr;
  QCPAxisRect* accuracyRect_ = nullptr;
  QCPLegend* accuracyLegend_ = nullptr;
  std::map<std::string, QCPGraph*> graphs_;
  std::int64_t totalSteps_ = 0;
  std::int64_t lastStep_ = 0;
  bool userMovedView_ = false; // then new points stop re-fitting the axes
};

} // namespace twb::ui
