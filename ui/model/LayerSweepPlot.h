#pragma once
// "Which layers transfer?" as a plot: target test accuracy against k, the number of
// layers copied from the source model, frozen and fine-tuned, with each sweep's
// from-scratch baseline as a horizontal line. Points arrive one cell at a time.
// Finished sweeps stay in the plot beside the next one (issue #22: images transfer
// their first layers, speech its last ones, best seen side by side); each sweep has
// its own colour and legend entry, named by its pair and direction.
#include <QColor>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QCPGraph;
class QCPItemStraightLine;
class QCustomPlot;
class QMouseEvent;

namespace twb::ui {

class LayerSweepPlot : public QWidget {
  Q_OBJECT

public:
  explicit LayerSweepPlot(QWidget* parent = nullptr);

  // A sweep over `layers` (in copy order; `last`: copied from the head down) of the pair
  // `pair` ("fashion 0-4 → 5-9") starts: the sweep already kept under `key` (the same
  // recipe and direction) is emptied and refilled, any other one stays beside it.
  void beginSweep(const QString& key, const QString& pair, const QStringList& layers, bool last);
  // One finished cell of the sweep begun last: variant "scratch", "frozen" or "finetuned".
  void addCell(int k, const QString& variant, double accuracy);
  // Removes every sweep but the one under `keep` (empty: all of them).
  void clear(const QString& keep = {});

  int sweepCount() const { return static_cast<int>(sweeps_.size()); }
  QString sweepName(int index) const; // its pair and direction, as its legend entry starts
  int pointCount(int index) const;    // frozen and fine-tuned points of that sweep
  int pointCount() const;             // of the sweep begun last
  QCustomPlot* plot() const { return plot_; }

signals:
  void sweepsChanged(); // one begun, or some cleared

protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

private:
  struct Sweep {
    QString key, pair;
    QStringList layers;
    bool last = false;
    QColor color;
    QCPGraph* frozen = nullptr;
    QCPGraph* finetuned = nullptr;
    QCPGraph* scratch = nullptr; // one point at k = 0, drawn as the baseline line too
    QCPItemStraightLine* baseline = nullptr;
    std::optional<double> scratchAcc;
  };

  QString name(const Sweep& s) const;       // the pair and the direction
  QString legendName(const Sweep& s) const; // and its scratch accuracy once known
  QColor freeColor() const;
  void remove(std::size_t index);
  void layoutLegend();
  void updateAxes();
  void rescale();
  void retranslateUi();
  void showPointToolTip(QMouseEvent* event);

  QCustomPlot* plot_ = nullptr;
  std::vector<Sweep> sweeps_;
  QString current_; // the key of the sweep begun last
  // The line-style key, in dark grey: what solid, dashed and dotted mean.
  QCPGraph* frozenKey_ = nullptr;
  QCPGraph* finetunedKey_ = nullptr;
  QCPGraph* scratchKey_ = nullptr;
  int legendColumns_ = 0, legendEntries_ = 0;
};

} // namespace twb::ui
