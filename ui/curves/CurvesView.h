#pragma once
// Live training curves of one run, in three stacked plots that share the x axis:
// losses; accuracies in [0, 1] (with the 50 % chance line of a domain classifier);
// and the schedules (lambda on the left axis, learning rate on the right). One curve
// per metric name, made the first time the name arrives, so methods that add
// metrics need no change here. Noisy training curves are smoothed with the raw
// values faint behind; a legend click hides a curve; the mouse zooms and pans;
// the view follows the newest points until the user moves it.
#include "curves/CurveStyle.h"
#include "curves/CurvesToolBar.h"
#include "training/Metrics.h"
#include "training/RunDirectory.h"
#include "curves/Smoothing.h"
#include "training/Trainer.h"

#include <QVector>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

class QCPAbstractLegendItem;
class QCPAxis;
class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPLegend;
class QCPTextElement;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QWheelEvent;

namespace twb::ui {

class PlotCrosshair;

// A dashed horizontal chance level and its label, in one panel.
struct ChanceMark {
  QCPItemStraightLine* line = nullptr;
  QCPItemText* label = nullptr;
  void setVisible(bool on);
};

class CurvesView : public QWidget {
  Q_OBJECT

public:
  explicit CurvesView(QWidget* parent = nullptr);

  // Forgets all curves for a coming run of `totalSteps` steps; follows live again.
  void clear(std::int64_t totalSteps);
  // Whether the coming run trains on the target's training labels (target_only,
  // finetune); the caption under the accuracy plot says which labels training sees.
  void setTrainsOnTargetLabels(bool trains);
  // A two-part run's part starts: its curves replace the previous part's, over
  // `totalSteps`; during the source pretraining the caption says what is training.
  void beginPhase(twb::RunPhase phase, std::int64_t totalSteps);
  // Adds the points and schedules one redraw, however many rows there are.
  void append(const std::vector<twb::MetricRow>& rows);
  // An earlier run's curves, read back from its run directory: every metric it logged.
  void showRun(const twb::RunRecord& run);
  // The line above the plots that says which run is drawn ("Live: …", "dann · seed 1 ·
  // stopped at step 50 of 200"), worded again after a language switch.
  void setSubject(std::function<QString()> subject);
  QString subject() const;

  // The curve of one metric as drawn (smoothed where smoothing applies; nullptr until
  // its first point arrives), and the faint raw curve behind a smoothed one.
  QCPGraph* graph(const std::string& metricName) const;
  QCPGraph* rawGraph(const std::string& metricName) const;
  QCustomPlot* plot() const { return plot_; }
  QCPAxisRect* panel(CurvePanel which) const;
  // The dashed chance levels: domain accuracy 0.5, domain loss ln 2.
  QCPItemStraightLine* chanceLine() const { return accuracyChance_.line; }
  QCPItemStraightLine* lossChanceLine() const { return lossChance_.line; }
  QCPItemText* lossChanceLabel() const { return lossChance_.label; }
  PlotCrosshair* crosshair() const { return crosshair_; }
  CurvesToolBar* toolBar() const { return toolBar_; }
  // Every row received since clear(), as the trainer reported it.
  const std::vector<twb::MetricRow>& rows() const { return rows_; }

  void setSmoothing(double weight); // in [0, 0.99]
  double smoothing() const { return smoothing_; }
  void setXAxis(CurvesXAxis axis);
  CurvesXAxis xAxis() const { return xAxis_; }
  void setFollowLive(bool follow);
  bool followsLive() const { return followLive_; }
  // Fits the view to everything up to the newest point and follows live again.
  void backToLatest();

  // Draws every curve, axis and legend again with the current style and the widget's
  // font (presenter mode: larger text, wider lines, high-contrast colours).
  void restyle();

  // What a legend click toggles. Hidden curves stay hidden in later runs.
  void setCurveVisible(const std::string& metricName, bool visible);
  bool isCurveVisible(const std::string& metricName) const;
  void onLegendClick(QCPLegend* legend, QCPAbstractLegendItem* item);

  // Export; each returns an empty string or one sentence saying what went wrong.
  QString exportPng(const QString& path);
  QString exportPdf(const QString& path);
  QString exportCsv(const QString& path) const;

protected:
  void changeEvent(QEvent* event) override;

private:
  struct Curve {
    std::string name;
    QVector<double> steps, epochs, values, smoothed; // smoothed: only for smoothed curves
    EmaSmoother smoother;
    QCPGraph* line = nullptr; // what the legend names
    QCPGraph* raw = nullptr;  // the faint raw values behind a smoothed line
  };

  void buildPlot();
  Curve& curveFor(const std::string& metricName);
  const QVector<double>& keysOf(const Curve& curve) const;
  void resmooth(Curve& curve);
  void refillGraphs(Curve& curve);
  void applyLiveView();
  void fitValueAxes();
  QString describe(double key) const;
  void exportInteractively(CurvesExport format);
  void onUserRangeChange();
  void onWheel(QWheelEvent* event);
  void showLegendToolTip(QMouseEvent* event);
  void fitLegendColumns(); // as many accuracy entries abreast as the plot's width holds
  void nameCurve(Curve& curve);
  void retranslateUi();

  CurvesToolBar* toolBar_ = nullptr;
  QLabel* subject_ = nullptr;
  std::function<QString()> subjectText_;
  QCustomPlot* plot_ = nullptr;
  QCPAxisRect* lossRect_ = nullptr;
  QCPAxisRect* accuracyRect_ = nullptr;
  QCPAxisRect* scheduleRect_ = nullptr;
  std::map<CurvePanel, QCPLegend*> legends_;
  bool pretraining_ = false; // a finetune run's source model is training
  bool trainsOnTargetLabels_ = false;
  QCPTextElement* targetCaption_ = nullptr;
  ChanceMark accuracyChance_, lossChance_;
  PlotCrosshair* crosshair_ = nullptr;

  std::map<std::string, Curve> curves_;
  std::map<std::string, std::size_t> subjectColours_; // curveSubject -> palette index, in order of arrival
  std::set<std::string> hidden_;
  std::vector<twb::MetricRow> rows_;
  std::int64_t totalSteps_ = 0;
  double smoothing_ = 0.6;
  CurvesXAxis xAxis_ = CurvesXAxis::Steps;
  bool followLive_ = true;
  bool applyingView_ = false; // range changes made here, not by the user's mouse
};

} // namespace twb::ui
