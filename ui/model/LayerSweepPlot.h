#pragma once
// "Which layers transfer?" as a plot: target test accuracy against k, the number of
// layers copied from the source model, frozen and fine-tuned, with the from-scratch
// baseline as a horizontal line. Points arrive one cell at a time.
#include <QStringList>
#include <QWidget>

class QCPGraph;
class QCPItemStraightLine;
class QCustomPlot;

namespace twb::ui {

class LayerSweepPlot : public QWidget {
  Q_OBJECT

public:
  explicit LayerSweepPlot(QWidget* parent = nullptr);

  // Empties the plot for a sweep over `layers` (in copy order); `last`: copied from the head down.
  void reset(const QStringList& layers, bool last);
  // One finished cell: variant "scratch", "frozen" or "finetuned".
  void addCell(int k, const QString& variant, double accuracy);
  int pointCount() const;
  QCustomPlot* plot() const { return plot_; }

protected:
  void changeEvent(QEvent* event) override;

private:
  void rescale();
  void retranslateUi();
  bool last_ = false; // the sweep copies the last layers

  QCustomPlot* plot_ = nullptr;
  QCPGraph* frozen_ = nullptr;
  QCPGraph* finetuned_ = nullptr;
  QCPGraph* scratch_ = nullptr; // one point at k = 0, drawn as the baseline line too
  QCPItemStraightLine* baseline_ = nullptr;
  int layerCount_ = 0;
};

} // namespace twb::ui
