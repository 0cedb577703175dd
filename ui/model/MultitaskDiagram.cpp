#include "model/MultitaskDiagram.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace twb::ui {

namespace {

constexpr int kDiagramMargin = 6, kBoxHeight = 20, kBoxGap = 9, kHeadHeight = 36, kTrunkWidth = 150;

// A small padlock, so a frozen layer reads as locked without relying on colour alone.
void drawLock(QPainter& p, QPointF at, const QColor& color) {
  p.save();
  p.setPen(QPen(color, 1.5));
  p.setBrush(Qt::NoBrush);
  p.drawArc(QRectF(at.x() + 2, at.y(), 8, 9), 0, 180 * 16);
  p.setBrush(color);
  p.drawRect(QRectF(at.x(), at.y() + 4.5, 12, 8));
  p.restore();
}

void drawArrow(QPainter& p, QPointF from, QPointF to) {
  p.drawLine(from, to);
  const QPointF d = to - from;
  const double len = std::max(1.0, std::hypot(d.x(), d.y()));
  const QPointF u(d.x() / len, d.y() / len), n(-u.y(), u.x());
  QPainterPath tip;
  tip.moveTo(to);
  tip.lineTo(to - 6 * u + 3.5 * n);
  tip.lineTo(to - 6 * u - 3.5 * n);
  tip.closeSubpath();
  p.fillPath(tip, p.pen().color());
}

} // namespace

MultitaskDiagram::MultitaskDiagram(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // never squeezed below its drawing
  retranslateUi();
}

void MultitaskDiagram::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslateUi();
    update(); // the drawing's words too
  }
  QWidget::changeEvent(event);
}

void MultitaskDiagram::retranslateUi() {
  setToolTip(tr("Multitask: the backbone up to the layer before its head is one trunk shared by every task;\n"
                "each task adds its own linear head. Frozen trunk layers (grey, locked) do not train."));
}

void MultitaskDiagram::setNetwork(const QStringList& trunk, const QStringList& frozen, const QVector<Head>& heads,
                                  bool learnedWeights) {
  trunk_ = trunk;
  frozen_ = frozen;
  heads_ = heads;
  learnedWeights_ = learnedWeights;
  problem_.clear();
  updateGeometry();
  update();
}

void MultitaskDiagram::setProblem(const QString& text) {
  heads_.clear();
  problem_ = text;
  update();
}

QStringList MultitaskDiagram::frozenLayers() const {
  QStringList out;
  for (const QString& layer : trunk_)
    if (frozen_.contains(layer))
      out.append(layer);
  return out;
}

QStringList MultitaskDiagram::taskNames() const {
  QStringList out;
  for (const Head& h : heads_)
    out.append(h.task);
  return out;
}

QSize MultitaskDiagram::sizeHint() const {
  const int heads = std::max<int>(1, static_cast<int>(heads_.size()));
  const int trunk = static_cast<int>(trunk_.size());
  return {std::max(kTrunkWidth + 2 * kDiagramMargin, heads * 100 + 2 * kDiagramMargin),
          2 * kDiagramMargin + trunk * (kBoxHeight + kBoxGap) + 3 * kBoxGap + kHeadHeight + fontMetrics().height()};
}

QSize MultitaskDiagram::minimumSizeHint() const {
  return {kTrunkWidth + 2 * kDiagramMargin, sizeHint().height()};
}

void MultitaskDiagram::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  const QPalette& pal = palette();
  const QColor ink = pal.color(QPalette::WindowText);
  const QColor trainable(214, 233, 255), frozenFill(215, 215, 215), headFill(255, 236, 204);
  const QColor frozenInk(95, 95, 95), hatch(175, 175, 175);

  int y = kDiagramMargin;
  p.setPen(ink);
  p.drawText(QRect(kDiagramMargin, y, width() - 2 * kDiagramMargin, fontMetrics().height()), Qt::AlignHCenter,
             tr("Shared trunk"));
  y += fontMetrics().height() + 2;
  const double cx = width() / 2.0;
  const QRectF trunkBox(cx - kTrunkWidth / 2.0, 0, kTrunkWidth, kBoxHeight);
  for (int i = 0; i < trunk_.size(); ++i) {
    const bool frozen = frozen_.contains(trunk_[i]);
    const QRectF box = trunkBox.translated(0, y);
    p.setPen(QPen(frozen ? frozenInk : ink, 1));
    p.setBrush(frozen ? frozenFill : trainable);
    p.drawRoundedRect(box, 4, 4);
    if (frozen) {
      p.setBrush(QBrush(hatch, Qt::BDiagPattern));
      p.drawRoundedRect(box, 4, 4);
      drawLock(p, QPointF(box.right() - 18, box.top() + 4), frozenInk);
    }
    p.setPen(frozen ? frozenInk : ink);
    p.drawText(box.adjusted(8, 0, -22, 0), Qt::AlignVCenter | Qt::AlignLeft,
               frozen ? tr("%1 (frozen)").arg(trunk_[i]) : trunk_[i]);
    y += kBoxHeight;
    p.setPen(ink);
    if (i + 1 < trunk_.size())
      drawArrow(p, QPointF(cx, y), QPointF(cx, y + kBoxGap));
    y += kBoxGap;
  }

  const QRectF headsArea(kDiagramMargin, y + 2 * kBoxGap, width() - 2 * kDiagramMargin, kHeadHeight);
  if (!problem_.isEmpty() || heads_.isEmpty()) {
    p.setPen(ink);
    p.drawText(headsArea.adjusted(0, 0, 0, 40), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
               problem_.isEmpty() ? tr("No tasks") : problem_);
    return;
  }
  const double slot = headsArea.width() / heads_.size();
  for (int i = 0; i < heads_.size(); ++i) {
    const QRectF box(headsArea.left() + i * slot + 3, headsArea.top(), slot - 6, kHeadHeight);
    p.setPen(ink);
    drawArrow(p, QPointF(cx, y - kBoxGap + 2), QPointF(box.center().x(), box.top()));
    p.setBrush(headFill);
    p.drawRoundedRect(box, 4, 4);
    const QString weight = learnedWeights_ ? tr("w₀ %1 (learned)").arg(heads_[i].weight, 0, 'g', 3)
                                           : tr("weight %1").arg(heads_[i].weight, 0, 'g', 3);
    const QString name = fontMetrics().elidedText(heads_[i].task, Qt::ElideRight, static_cast<int>(box.width()) - 6);
    p.drawText(box.adjusted(3, 2, -3, -2), Qt::AlignHCenter | Qt::AlignVCenter, name + QLatin1Char('\n') + weight);
  }
}

} // namespace twb::ui
