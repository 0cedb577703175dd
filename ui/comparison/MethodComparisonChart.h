#pragma once
// One comparison as a bar chart: a bar per method at its target test accuracy (the
// mean over seeds) with an error bar of ± sample sd and a dot per seed; the lower and
// upper bound as dashed lines at their means, a faint band of ± sd around each; the
// gap closed above each bar and the proxy A-distance under its name. A bar below the
// lower bound is red, with the accuracy it lost drawn hatched up to the line. Every
// number is core's (comparisonRows over seeds); nothing is computed here.
#include "compare/Comparison.h"

#include <QWidget>

#include <vector>

class QCPBars;
class QCPErrorBars;
class QCPGraph;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QCPTextElement;
class QCustomPlot;
class QMouseEvent;

namespace twb::ui {

class MethodComparisonChart : public QWidget {
  Q_OBJECT

public:
  explicit MethodComparisonChart(QWidget* parent = nullptr);

  // The rows of one comparison (one group of comparisonRows), bounds and methods, in
  // the order the bars go from left to right.
  void setRows(std::vector<twb::ComparisonRow> rows);
  const std::vector<twb::ComparisonRow>& rows() const { return rows_; }

  // What is drawn (export and tests read it): bars at x = 1, 2, ... in percent.
  QCustomPlot* plot() const { return plot_; }
  int barCount() const { return static_cast<int>(bars_.size()); }
  const twb::ComparisonRow& barRow(int bar) const;
  QCPBars* bar(int bar) const;
  QCPErrorBars* errorBar(int bar) const;
  QCPItemText* gapLabel(int bar) const;
  QString barLabel(int bar) const; // its name and proxy A-distance under the axis
  bool hurts(int bar) const;       // below the lower bound's mean
  QCPGraph* seedDots() const { return seedDots_; }
  // The bound's dashed line, or nullptr when the comparison has no such bound.
  QCPItemStraightLine* boundLine(twb::MethodRole role) const;

  // The rows behind the chart as CSV, fractions as core gives them.
  QString toCsv() const;

protected:
  void changeEvent(QEvent* event) override;

private:
  struct Bar {
    std::size_t row = 0; // into rows_
    QCPBars* bars = nullptr;
    QCPErrorBars* error = nullptr;
    QCPItemText* gap = nullptr;
    QCPItemRect* lost = nullptr; // hatched from the bar's top up to the lower bound
  };
  struct Bound {
    QCPItemStraightLine* line = nullptr;
    QCPItemRect* band = nullptr;
    QCPGraph* legend = nullptr; // an empty graph: the line's entry in the legend
  };

  void rebuild();
  void drawBound(twb::MethodRole role, const QColor& color);
  void rescale();
  void retranslateUi();
  void showToolTip(QMouseEvent* event);
  QString barText(std::size_t row) const;
  QString rowDetails(const twb::ComparisonRow& row) const;
  const twb::ComparisonRow* boundRow(twb::MethodRole role) const;

  QCustomPlot* plot_ = nullptr;
  QCPTextElement* caption_ = nullptr;
  QCPGraph* seedDots_ = nullptr;
  QCPBars* hurtsSwatch_ = nullptr; // no data: the red bars' entry in the legend
  QCPItemText* empty_ = nullptr;   // what to do when there is nothing to draw
  Bound lower_, upper_;
  std::vector<Bar> bars_;
  std::vector<twb::ComparisonRow> rows_;
};

} // namespace twb::ui
