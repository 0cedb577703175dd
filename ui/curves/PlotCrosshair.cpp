#include "curves/PlotCrosshair.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QMouseEvent>

#include <algorithm>

#include <utility>

namespace twb::ui {

PlotCrosshair::PlotCrosshair(QCustomPlot* plot, std::vector<QCPAxisRect*> rects, Describe describe)
    : QObject(plot), plot_(plot), rects_(std::move(rects)), describe_(std::move(describe)) {
  QCPLayer* previous = plot_->currentLayer();
  plot_->addLayer(QStringLiteral("crosshair"), nullptr, QCustomPlot::limAbove); // above everything
  layer_ = plot_->layer(QStringLiteral("crosshair"));
  layer_->setMode(QCPLayer::lmBuffered);
  plot_->setCurrentLayer(layer_);

  QPen pen(QColor(90, 90, 90, 160));
  pen.setStyle(Qt::DotLine);
  for (QCPAxisRect* rect : rects_) {
    auto* line = new QCPItemStraightLine(plot_);
    line->setPen(pen);
    line->setClipAxisRect(rect);
    line->setSelectable(false);
    for (QCPItemPosition* end : {line->point1, line->point2})
      end->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    lines_.push_back(line);
  }
  label_ = new QCPItemText(plot_);
  label_->setClipToAxisRect(false);
  label_->setSelectable(false);
  label_->position->setType(QCPItemPosition::ptAbsolute);
  label_->setTextAlignment(Qt::AlignLeft);
  label_->setPadding(QMargins(6, 4, 6, 4));
  label_->setBrush(QColor(255, 255, 255, 235));
  label_->setPen(QPen(QColor(170, 170, 170)));
  QFont font = plot_->font();
  font.setPointSizeF(font.pointSizeF() * 0.9);
  label_->setFont(font);
  plot_->setCurrentLayer(previous);
  setShown(false);

  plot_->setMouseTracking(true);
  plot_->installEventFilter(this);
  connect(plot_, &QCustomPlot::mouseMove, this, &PlotCrosshair::onMouseMove);
}

QString PlotCrosshair::text() const {
  return label_->text();
}

void PlotCrosshair::moveTo(const QPointF& position) {
  QCPAxisRect* under = plot_->axisRectAt(position);
  const bool ours = std::find(rects_.begin(), rects_.end(), under) != rects_.end();
  if (!ours || !under->rect().contains(position.toPoint())) {
    hide();
    return;
  }
  key_ = under->axis(QCPAxis::atBottom)->pixelToCoord(position.x());
  for (QCPItemStraightLine* line : lines_) {
    line->point1->setCoords(key_, 0.0);
    line->point2->setCoords(key_, 1.0);
  }
  label_->setText(describe_(key_));
  // Beside the cursor, on the side with more room, so it never covers the point read.
  const bool leftOfCursor = position.x() > plot_->width() / 2.0;
  label_->setPositionAlignment(Qt::AlignTop | (leftOfCursor ? Qt::AlignRight : Qt::AlignLeft));
  label_->position->setCoords(position.x() + (leftOfCursor ? -12.0 : 12.0), position.y() + 12.0);
  setShown(true);
  layer_->replot();
}

void PlotCrosshair::hide() {
  if (!shown_)
    return;
  setShown(false);
  layer_->replot();
}

bool PlotCrosshair::eventFilter(QObject* watched, QEvent* event) {
  if (watched == plot_ && event->type() == QEvent::Leave)
    hide();
  return QObject::eventFilter(watched, event);
}

void PlotCrosshair::onMouseMove(QMouseEvent* event) {
  // While dragging the view the crosshair would only lag behind the curves.
  if (event->buttons() != Qt::NoButton) {
    hide();
    return;
  }
  moveTo(event->position());
}

void PlotCrosshair::setShown(bool shown) {
  shown_ = shown;
  for (QCPItemStraightLine* line : lines_)
    line->setVisible(shown);
  label_->setVisible(shown);
}

} // namespace twb::ui
