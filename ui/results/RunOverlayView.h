#pragma once
// Finished runs compared on one plot: each run's headline accuracy (top; the target's
// test accuracy unless its method says otherwise, twb::Method::headline) and loss
// (bottom) against the step, one colour per run, the bounds drawn broken, the legend
// naming each run by its directory. Read from each run's metrics.csv, so runs opened
// from disk draw too.
#include "compare/Comparison.h"

#include <QWidget>

#include <vector>

class QCPAxisRect;
class QCPLegend;
class QCustomPlot;

namespace twb::ui {

class RunOverlayView : public QWidget {
  Q_OBJECT

public:
  explicit RunOverlayView(QWidget* parent = nullptr);

  void setRuns(const std::vector<RunPtr>& runs);
  QCustomPlot* plot() const { return plot_; }
  // Graphs on the accuracy panel: one per run shown.
  int accuracyGraphCount() const;

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();

  QCustomPlot* plot_ = nullptr;
  QCPAxisRect* accuracyRect_ = nullptr;
  QCPAxisRect* lossRect_ = nullptr;
  QCPLegend* legend_ = nullptr;
};

} // namespace twb::ui
