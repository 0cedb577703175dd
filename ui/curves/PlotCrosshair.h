#pragma once
// A crosshair for stacked plots that share their x axis: a vertical line through every
// plot at the mouse, and a box listing the values there. It lives on its own buffered
// layer, so moving it repaints only itself, never tens of thousands of points.
#include <QObject>
#include <QPointF>
#include <QString>

#include <functional>
#include <vector>

class QCPAxisRect;
class QCPItemStraightLine;
class QCPItemText;
class QCPLayer;
class QCustomPlot;
class QMouseEvent;

namespace twb::ui {

class PlotCrosshair : public QObject {
  Q_OBJECT

public:
  // The text shown for an x value (the caller knows its curves and their names).
  using Describe = std::function<QString(double key)>;

  PlotCrosshair(QCustomPlot* plot, std::vector<QCPAxisRect*> rects, Describe describe);

  // Puts the crosshair at a widget position; hides it outside the plots.
  void moveTo(const QPointF& position);
  void hide();

  bool isShown() const { return shown_; }
  double key() const { return key_; }
  QString text() const;

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  void onMouseMove(QMouseEvent* event);
  void setShown(bool shown);

  QCustomPlot* plot_;
  std::vector<QCPAxisRect*> rects_;
  Describe describe_;
  QCPLayer* layer_ = nullptr;
  std::vector<QCPItemStraightLine*> lines_;
  QCPItemText* label_ = nullptr;
  bool shown_ = false;
  double key_ = 0.0;
};

} // namespace twb::ui
