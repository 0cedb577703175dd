#include "embedding/EmbeddingScatter.h"

#include "embedding/EmbeddingImages.h"

#include <QFont>

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace twb::ui {

namespace {
constexpr int kMarker = 7;        // marker size in pixels
constexpr double kPickRadius = 6; // how near the cursor a point must be to be hovered or clicked
constexpr double kPlotMargin = 14;

// A five-pointed star of outer radius r about c.
QPainterPath starPath(const QPointF& c, double r) {
  QPainterPath path;
  for (int k = 0; k < 10; ++k) {
    const double rk = (k % 2 == 0 ? 1.0 : 0.45) * r, a = -M_PI / 2 + k * M_PI / 5;
    const QPointF q(c.x() + rk * std::cos(a), c.y() + rk * std::sin(a));
    if (k == 0)
      path.moveTo(q);
    else
      path.lineTo(q);
  }
  path.closeSubpath();
  return path;
}
} // namespace

EmbeddingScatter::EmbeddingScatter(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setMinimumSize(200, 160); // the central area of a 1280x720 screen holds it beside the settings
  setFocusPolicy(Qt::ClickFocus);
  setAutoFillBackground(false);
  hover_ = new QFrame(this);
  hover_->setObjectName(QStringLiteral("embeddingHoverCard"));
  hover_->setFrameShape(QFrame::Box);
  hover_->setAutoFillBackground(true);
  hover_->setAttribute(Qt::WA_TransparentForMouseEvents);
  auto* layout = new QHBoxLayout(hover_);
  layout->setContentsMargins(4, 4, 6, 4);
  hoverImage_ = new QLabel(hover_);
  hoverText_ = new QLabel(hover_);
  layout->addWidget(hoverImage_);
  layout->addWidget(hoverText_);
  hover_->hide();
}

QColor EmbeddingScatter::classColor(int cls) {
  // Tableau 10: distinct for the usual ten classes, then the cycle repeats darker.
  static const QRgb kColors[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
  if (cls < 0)
    return QColor(0x60, 0x60, 0x60);
  const QColor c(kColors[cls % 10]);
  return cls < 10 ? c : c.darker(100 + 40 * (cls / 10));
}

QPixmap EmbeddingScatter::markerPixmap(int cls, twb::EmbeddingDomain domain, int size) {
  return markerPixmap(cls,
                      domain == twb::EmbeddingDomain::Source   ? Shape::Disc
                      : domain == twb::EmbeddingDomain::Target ? Shape::Triangle
                                                               : Shape::Star,
                      size);
}

QPixmap EmbeddingScatter::markerPixmap(int cls, Shape shape, int size) {
  QPixmap pm(size, size);
  pm.fill(Qt::transparent);
  QPainter p(&pm);
  p.setRenderHint(QPainter::Antialiasing);
  const QColor fill = classColor(cls);
  p.setPen(QPen(fill.darker(150), 0.8));
  p.setBrush(fill);
  const double s = size - 1.0, c = size / 2.0;
  QPainterPath path;
  switch (shape) {
  case Shape::Disc:
    p.drawEllipse(QRectF(0.5, 0.5, s - 0.5, s - 0.5));
    return pm;
  case Shape::Triangle:
    path.moveTo(c, 0.3);
    path.lineTo(s, s);
    path.lineTo(0.5, s);
    break;
  case Shape::Diamond:
    path.moveTo(c, 0.3);
    path.lineTo(s, c);
    path.lineTo(c, s);
    path.lineTo(0.5, c);
    break;
  case Shape::Star: // the class description's marker
    p.setPen(QPen(Qt::black, std::max(1.0, size / 14.0)));
    p.drawPath(starPath(QPointF(c, c), s / 2));
    return pm;
  }
  path.closeSubpath();
  p.drawPath(path);
  return pm;
}

EmbeddingScatter::Shape EmbeddingScatter::shapeOf(std::size_t i) const {
  switch (data_->domains[i]) {
  case twb::EmbeddingDomain::Source:
    return isUnseenClass(*data_, data_->labels[i]) ? Shape::Diamond : Shape::Disc;
  case twb::EmbeddingDomain::Target:
    return Shape::Triangle;
  case twb::EmbeddingDomain::Description:
    break;
  }
  return Shape::Star;
}

void EmbeddingScatter::setData(EmbeddingPtr data) {
  data_ = std::move(data);
  coords_.clear();
  highlighted_.clear();
  described_.clear();
  describedLabel_.clear();
  clicked_ = -1;
  followLayout_ = true;
  classVisible_.assign(data_ ? data_->classNames.size() : 0, true);
  drawOrder_.clear();
  if (data_) {
    drawOrder_.resize(data_->n);
    for (std::size_t i = 0; i < data_->n; ++i)
      drawOrder_[i] = i;
    std::mt19937 rng(7);
    for (std::size_t i = drawOrder_.size(); i > 1; --i)
      std::swap(drawOrder_[i - 1], drawOrder_[rng() % i]);
  }
  hideHover();
  update();
}

void EmbeddingScatter::setLayout(const std::vector<float>& coords) {
  if (!data_ || coords.size() != data_->n * 2)
    return;
  coords_ = coords;
  if (followLayout_)
    fitView();
  if (hoverIndex_ >= 0)
    hideHover(); // the point moved away from the cursor
  update();
}

void EmbeddingScatter::setClassVisible(int cls, bool visible) {
  if (cls >= 0 && static_cast<std::size_t>(cls) < classVisible_.size())
    classVisible_[static_cast<std::size_t>(cls)] = visible;
  update();
}

void EmbeddingScatter::setDomainVisible(twb::EmbeddingDomain domain, bool visible) {
  domainVisible_[static_cast<int>(domain)] = visible;
  update();
}

bool EmbeddingScatter::isPointVisible(std::size_t i) const {
  if (!data_ || i >= data_->n)
    return false;
  const auto cls = static_cast<std::size_t>(data_->labels[i]);
  return domainVisible_[static_cast<int>(data_->domains[i])] && (cls >= classVisible_.size() || classVisible_[cls]);
}

void EmbeddingScatter::setHighlighted(std::vector<std::size_t> points, int clicked) {
  highlighted_ = std::move(points);
  clicked_ = clicked;
  update();
}

void EmbeddingScatter::setDescribed(std::vector<std::size_t> nearest, const QString& label) {
  described_ = std::move(nearest);
  describedLabel_ = described_.empty() ? QString() : label;
  update();
}

void EmbeddingScatter::fitView() {
  if (coords_.empty())
    return;
  float x0 = std::numeric_limits<float>::max(), y0 = x0, x1 = -x0, y1 = -x0;
  for (std::size_t i = 0; i + 1 < coords_.size(); i += 2) {
    x0 = std::min(x0, coords_[i]);
    x1 = std::max(x1, coords_[i]);
    y0 = std::min(y0, coords_[i + 1]);
    y1 = std::max(y1, coords_[i + 1]);
  }
  const double w = std::max(1e-9, double(x1 - x0)), h = std::max(1e-9, double(y1 - y0));
  view_ = QRectF(x0 - 0.02 * w, y0 - 0.02 * h, 1.04 * w, 1.04 * h);
}

QPointF EmbeddingScatter::map(const QRectF& target, float x, float y) const {
  // Equal scales on both axes: distances in a t-SNE map mean the same in every direction.
  const QRectF area = target.adjusted(kPlotMargin, kPlotMargin, -kPlotMargin, -kPlotMargin);
  const double scale = std::min(area.width() / view_.width(), area.height() / view_.height());
  const QPointF c = area.center();
  return {c.x() + (x - view_.center().x()) * scale, c.y() - (y - view_.center().y()) * scale};
}

QPointF EmbeddingScatter::toWidget(std::size_t i) const {
  return map(QRectF(rect()), coords_[2 * i], coords_[2 * i + 1]);
}

int EmbeddingScatter::pointAt(const QPointF& pos) const {
  int best = -1;
  double bestD = kPickRadius * kPickRadius;
  for (std::size_t i = 0; i < pointCount(); ++i) {
    if (!isPointVisible(i))
      continue;
    const QPointF d = toWidget(i) - pos;
    const double d2 = d.x() * d.x() + d.y() * d.y();
    if (d2 <= bestD) {
      bestD = d2;
      best = static_cast<int>(i);
    }
  }
  return best;
}

void EmbeddingScatter::render(QPainter& painter, const QRectF& target) const {
  painter.save();
  painter.fillRect(target, Qt::white);
  painter.setClipRect(target);
  if (!data_ || coords_.empty()) {
    painter.restore();
    return;
  }
  const int classes = static_cast<int>(std::max<std::size_t>(1, data_->classNames.size()));
  std::vector<QPixmap> markers; // [shape][class], the three image shapes
  for (Shape shape : {Shape::Disc, Shape::Triangle, Shape::Diamond})
    for (int c = 0; c < classes; ++c)
      markers.push_back(markerPixmap(c, shape, shape == Shape::Diamond ? kMarker + 2 : kMarker));
  for (std::size_t i : drawOrder_) {
    const Shape shape = shapeOf(i);
    if (!isPointVisible(i) || shape == Shape::Star)
      continue;
    const QPointF p = map(target, coords_[2 * i], coords_[2 * i + 1]);
    const int m = static_cast<int>(shape) * classes + std::clamp(data_->labels[i], 0, classes - 1);
    const QPixmap& marker = markers[static_cast<std::size_t>(m)];
    painter.drawPixmap(QPointF(p.x() - marker.width() / 2.0, p.y() - marker.height() / 2.0), marker);
  }
  drawClassEmbeddings(painter, target);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setBrush(Qt::NoBrush);
  painter.setPen(QPen(Qt::black, 1.2));
  for (std::size_t i : highlighted_)
    if (i < pointCount())
      painter.drawEllipse(map(target, coords_[2 * i], coords_[2 * i + 1]), 6.0, 6.0);
  if (clicked_ >= 0 && static_cast<std::size_t>(clicked_) < pointCount()) {
    const auto c = static_cast<std::size_t>(clicked_);
    painter.setPen(QPen(Qt::black, 2.5));
    painter.drawEllipse(map(target, coords_[2 * c], coords_[2 * c + 1]), 8.0, 8.0);
  }
  drawDescribed(painter, target);
  painter.restore();
}

void EmbeddingScatter::drawClassEmbeddings(QPainter& painter, const QRectF& target) const {
  if (!data_->isZeroShot())
    return;
  constexpr int kStar = 20;
  const double base = painter.font().pointSizeF();
  std::vector<std::size_t> shown;
  for (std::size_t i = data_->imageCount(); i < data_->n; ++i)
    if (isPointVisible(i))
      shown.push_back(i);
  for (std::size_t i : shown) {
    const QPointF p = map(target, coords_[2 * i], coords_[2 * i + 1]);
    painter.drawPixmap(QPointF(p.x() - kStar / 2.0, p.y() - kStar / 2.0),
                       markerPixmap(data_->labels[i], Shape::Star, kStar));
  }
  // Labels after all stars, the unseen classes' last (bold, red, on top): they are
  // what the picture is about; seen classes are small and grey.
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  for (const bool unseenPass : {false, true})
    for (std::size_t i : shown) {
      const int cls = data_->labels[i];
      const bool unseen = isUnseenClass(*data_, cls);
      if (unseen != unseenPass)
        continue;
      QFont font = painter.font();
      font.setPointSizeF(std::max(6.5, unseen ? base : base - 1.5));
      font.setBold(unseen);
      const QPointF p = map(target, coords_[2 * i], coords_[2 * i + 1]);
      QPainterPath path;
      path.addText(QPointF(p.x() + kStar / 2.0 + 2, p.y() + 4), font, classLabel(*data_, cls));
      painter.setPen(QPen(QColor(255, 255, 255, 230), 3)); // a halo keeps it readable over points
      painter.setBrush(Qt::NoBrush);
      painter.drawPath(path);
      painter.setPen(Qt::NoPen);
      painter.setBrush(unseen ? QColor(0xb0, 0, 0) : QColor(0x50, 0x50, 0x50));
      painter.drawPath(path);
    }
  painter.restore();
}

void EmbeddingScatter::drawDescribed(QPainter& painter, const QRectF& target) const {
  if (described_.empty())
    return;
  double x = 0, y = 0;
  for (std::size_t i : described_) {
    x += coords_[2 * i];
    y += coords_[2 * i + 1];
  }
  const auto n = static_cast<double>(described_.size());
  const QPointF p = map(target, static_cast<float>(x / n), static_cast<float>(y / n));
  painter.setPen(QPen(QColor(0xd0, 0x00, 0x70), 2));
  painter.setBrush(Qt::NoBrush);
  for (std::size_t i : described_)
    painter.drawEllipse(map(target, coords_[2 * i], coords_[2 * i + 1]), 6.0, 6.0);
  constexpr double kStar = 26;
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(Qt::black, 1.5));
  painter.setBrush(QColor(0xff, 0x40, 0xa0));
  painter.drawPath(starPath(p, kStar / 2));
  QFont font = painter.font();
  font.setBold(true);
  painter.setFont(font);
  painter.setPen(QColor(0xd0, 0x00, 0x70));
  painter.drawText(QPointF(p.x() + kStar / 2 + 2, p.y() - 6), describedLabel_);
}

void EmbeddingScatter::paintEvent(QPaintEvent*) {
  QPainter p(this);
  render(p, QRectF(rect()));
  if (!band_.isNull() || lasso_.size() > 1) {
    p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(40);
    p.setBrush(fill);
    if (drag_ == Drag::Lasso)
      p.drawPolygon(lasso_);
    else
      p.drawRect(band_);
  }
  p.setPen(palette().color(QPalette::Mid));
  p.setBrush(Qt::NoBrush);
  p.drawRect(rect().adjusted(0, 0, -1, -1));
}

void EmbeddingScatter::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  hideHover();
}

void EmbeddingScatter::wheelEvent(QWheelEvent* event) {
  if (coords_.empty())
    return;
  const double factor = std::pow(0.85, event->angleDelta().y() / 120.0);
  // Zoom about the data point under the cursor, so it stays under the cursor.
  const QRectF area = QRectF(rect()).adjusted(kPlotMargin, kPlotMargin, -kPlotMargin, -kPlotMargin);
  const double scale = std::min(area.width() / view_.width(), area.height() / view_.height());
  const QPointF pos = event->position();
  const QPointF anchor(view_.center().x() + (pos.x() - area.center().x()) / scale,
                       view_.center().y() - (pos.y() - area.center().y()) / scale);
  const QPointF newCenter = anchor + (view_.center() - anchor) * factor;
  view_.setSize(view_.size() * factor);
  view_.moveCenter(newCenter);
  followLayout_ = false;
  hideHover();
  update();
  event->accept();
}

void EmbeddingScatter::mousePressEvent(QMouseEvent* event) {
  hideHover(); // the card would cover what is being dragged over
  pressPos_ = lastPos_ = event->pos();
  moved_ = false;
  const bool lasso = event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier);
  drag_ = event->button() == Qt::RightButton  ? Drag::Select
          : lasso                             ? Drag::Lasso
          : event->button() == Qt::LeftButton ? Drag::Pan
                                              : Drag::None;
  lasso_.clear();
  if (lasso)
    lasso_ << QPointF(pressPos_);
}

void EmbeddingScatter::mouseMoveEvent(QMouseEvent* event) {
  const QPoint pos = event->pos();
  if (drag_ != Drag::None && (pos - pressPos_).manhattanLength() > 3)
    moved_ = true;
  if (drag_ == Drag::Pan && moved_ && !coords_.empty()) {
    const QRectF area = QRectF(rect()).adjusted(kPlotMargin, kPlotMargin, -kPlotMargin, -kPlotMargin);
    const double scale = std::min(area.width() / view_.width(), area.height() / view_.height());
    const QPoint delta = pos - lastPos_;
    view_.translate(-delta.x() / scale, delta.y() / scale);
    followLayout_ = false;
    hideHover();
    update();
  } else if (drag_ == Drag::Select && moved_) {
    band_ = QRect(pressPos_, pos).normalized();
    update();
  } else if (drag_ == Drag::Lasso) {
    lasso_ << QPointF(pos);
    update();
  } else if (drag_ == Drag::None) {
    const int i = pointAt(pos);
    if (i < 0)
      hideHover();
    else if (i != hoverIndex_)
      showHover(i, pos);
  }
  lastPos_ = pos;
}

void EmbeddingScatter::mouseReleaseEvent(QMouseEvent* event) {
  if ((drag_ == Drag::Select || drag_ == Drag::Lasso) && moved_) {
    if (drag_ == Drag::Lasso)
      lasso_ << QPointF(event->pos()); // closed back to the start by the polygon test
    std::vector<std::size_t> picked;
    for (std::size_t i = 0; i < pointCount(); ++i)
      if (isPointVisible(i) && (drag_ == Drag::Lasso ? lasso_.containsPoint(toWidget(i), Qt::OddEvenFill)
                                                     : band_.contains(toWidget(i).toPoint())))
        picked.push_back(i);
    band_ = QRect();
    lasso_.clear();
    update();
    emit pointsSelected(picked);
  } else if (!moved_ && event->button() == Qt::LeftButton) {
    const int i = pointAt(event->pos());
    if (i >= 0)
      emit pointClicked(i);
  }
  drag_ = Drag::None;
}

void EmbeddingScatter::mouseDoubleClickEvent(QMouseEvent*) {
  followLayout_ = true;
  fitView();
  update();
}

void EmbeddingScatter::leaveEvent(QEvent*) {
  hideHover();
}

QString EmbeddingScatter::hoverText() const {
  return hover_->isVisible() ? hoverText_->text() : QString();
}

void EmbeddingScatter::showHover(int index, const QPoint& pos) {
  hoverIndex_ = index;
  const auto i = static_cast<std::size_t>(index);
  hoverImage_->setPixmap(QPixmap::fromImage(thumbnailImage(*data_, i).scaled(84, 84)));
  hoverText_->setText(pointDescription(*data_, i));
  hover_->adjustSize();
  QPoint at = pos + QPoint(14, 14);
  if (at.x() + hover_->width() > width())
    at.setX(pos.x() - 14 - hover_->width());
  if (at.y() + hover_->height() > height())
    at.setY(pos.y() - 14 - hover_->height());
  hover_->move(at);
  hover_->show();
  hover_->raise();
}

void EmbeddingScatter::hideHover() {
  hoverIndex_ = -1;
  hover_->hide();
}

} // namespace twb::ui
