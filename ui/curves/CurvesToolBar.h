#pragma once
// The row of controls above the live curves: smoothing, steps or epochs on the x
// axis, follow-live with "Back to latest", and export. A plain widget, not a
// QToolBar, so the main window's toolbar list (and its View menu) stays its own.
#include "common/PlotExport.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace twb::ui {

enum class CurvesXAxis { Steps, Epochs };
using CurvesExport = plotexport::ExportFormat;

class CurvesToolBar : public QWidget {
  Q_OBJECT

public:
  explicit CurvesToolBar(QWidget* parent = nullptr);

  // Setters do not emit the matching signal: they mirror state the view already has.
  void setSmoothing(double weight);
  void setXAxis(CurvesXAxis axis);
  void setFollowLive(bool follow);

  static constexpr int kSmoothingSteps = 100; // slider 0..99 is weight 0.00..0.99

signals:
  void smoothingChanged(double weight);
  void xAxisChanged(CurvesXAxis axis);
  void followLiveToggled(bool follow);
  void backToLatestClicked();
  void exportRequested(CurvesExport format);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void showSmoothing(int sliderValue);

  QLabel* smoothingLabel_ = nullptr;
  QSlider* smoothing_ = nullptr;
  QLabel* smoothingValue_ = nullptr;
  QLabel* xAxisLabel_ = nullptr;
  QComboBox* xAxis_ = nullptr;
  QToolButton* follow_ = nullptr;
  QToolButton* backToLatest_ = nullptr;
  QToolButton* export_ = nullptr;
  QAction* exportPng_ = nullptr;
  QAction* exportPdf_ = nullptr;
  QAction* exportCsv_ = nullptr;
};

} // namespace twb::ui
