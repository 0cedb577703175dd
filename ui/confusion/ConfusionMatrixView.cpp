#include "confusion/ConfusionMatrixView.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace twb::ui {
namespace {

constexpr int kMinCell = 14; // below this a count no longer fits
constexpr int kMaxCell = 48; // larger only spreads the grid apart
constexpr int kPreferredCell = 30;

// How dark a row share 0..1 is drawn: a power under one, so that the shares of a few
// tenths where a short run's mistakes sit still stand apart from empty cells.
double intensity(double share) {
  return std::pow(share, 0.6);
}

// Shade for a row share: white to the blue of the curves' accuracy lines.
QColor shade(double share) {
  const QColor full(33, 102, 172);
  const double t = intensity(share);
  const auto mix = [t](int from, int to) { return static_cast<int>(std::lround(from + (to - from) * t)); };
  return QColor(mix(255, full.red()), mix(255, full.green()), mix(255, full.blue()));
}

QString percent(double fraction) {
  return QStringLiteral("%1%").arg(fraction * 100.0, 0, 'f', 1);
}

} // namespace

QColor ConfusionMatrixView::fixedColour() {
  return QColor(0, 150, 60);
}

QColor ConfusionMatrixView::brokenColour() {
  return QColor(210, 30, 30);
}

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  setMouseTracking(true);
}

void ConfusionMatrixView::setMatrix(const twb::ConfusionMatrix& matrix) {
  matrix_ = matrix;
  hasMatrix_ = true;
  message_.clear();
  change_.clear();
  selectedTruth_ = selectedPredicted_ = -1;
  updateGeometry();
  update();
}

void ConfusionMatrixView::showMessage(const QString& message) {
  hasMatrix_ = false;
  matrix_ = {};
  change_.clear();
  message_ = message;
  selectedTruth_ = selectedPredicted_ = -1;
  updateGeometry();
  update();
}

void ConfusionMatrixView::setDiagonalChange(const std::vector<long long>& change) {
  change_ = change;
  update();
}

void ConfusionMatrixView::setSelectedCell(int truth, int predicted) {
  selectedTruth_ = truth;
  selectedPredicted_ = predicted;
  update();
}

QString ConfusionMatrixView::title() const {
  if (!hasMatrix_)
    return {};
  return tr("Accuracy %1 · %2 of %3 images")
      .arg(percent(matrix_.accuracy()), QLocale().toString(static_cast<qulonglong>(matrix_.correct())),
           QLocale().toString(static_cast<qulonglong>(matrix_.total())));
}

QString ConfusionMatrixView::cellToolTip(int truth, int predicted) const {
  if (!hasMatrix_ || truth < 0 || predicted < 0 || static_cast<std::size_t>(truth) >= matrix_.size() ||
      static_cast<std::size_t>(predicted) >= matrix_.size())
    return {};
  const auto t = static_cast<std::size_t>(truth), p = static_cast<std::size_t>(predicted);
  return tr("true %1 → predicted %2: %3 of the %4 images of %1 (%5)")
      .arg(QString::fromStdString(matrix_.classes[t]), QString::fromStdString(matrix_.classes[p]),
           QLocale().toString(static_cast<qulonglong>(matrix_.counts[t][p])),
           QLocale().toString(static_cast<qulonglong>(matrix_.rowTotal(t))), percent(matrix_.rowShare(t, p)));
}

ConfusionMatrixView::Geometry ConfusionMatrixView::geometry() const {
  Geometry g;
  const QFontMetrics fm(font());
  const int n = std::max<int>(1, static_cast<int>(matrix_.size()));
  // Row names, and left of them "true class" written upwards: a column one line wide.
  g.labelWidth = 0;
  for (const auto& name : matrix_.classes)
    g.labelWidth = std::max(g.labelWidth, fm.horizontalAdvance(QString::fromStdString(name)) + 8);
  g.labelWidth = std::min(g.labelWidth, width() / 4) + fm.height() + 2; // long names elide
  g.recallWidth = std::max(fm.horizontalAdvance(tr("recall")), fm.horizontalAdvance(QStringLiteral("100.0%"))) + 10;
  const int titleHeight = fm.height() + 6, axisHeight = fm.height() + 2, headerHeight = fm.height() + 4;
  const int byWidth = (width() - g.labelWidth - g.recallWidth) / n;
  const int byHeight = (height() - titleHeight - axisHeight - headerHeight - 2) / n;
  // Square where the room allows; a short panel (a 720-pixel screen) gets cells up to
  // half again as wide as tall, so that a three-digit count keeps a readable size.
  g.cellHeight = std::clamp(std::min(byWidth, byHeight), kMinCell, kMaxCell);
  g.cellWidth = std::clamp(byWidth, g.cellHeight, std::max(g.cellHeight, std::min(kMaxCell, g.cellHeight * 3 / 2)));
  const int gridWidth = g.labelWidth + g.cellWidth * n + g.recallWidth;
  g.left = std::max(0, (width() - gridWidth) / 2) + g.labelWidth;
  g.top = titleHeight + axisHeight + headerHeight;
  return g;
}

QRect ConfusionMatrixView::cellRect(int truth, int predicted) const {
  if (!hasMatrix_ || truth < 0 || predicted < 0 || truth >= static_cast<int>(matrix_.size()) ||
      predicted >= static_cast<int>(matrix_.size()))
    return {};
  const Geometry g = geometry();
  return QRect(g.left + predicted * g.cellWidth, g.top + truth * g.cellHeight, g.cellWidth, g.cellHeight);
}

bool ConfusionMatrixView::cellAt(const QPoint& pos, int& truth, int& predicted) const {
  if (!hasMatrix_ || matrix_.size() == 0)
    return false;
  const Geometry g = geometry();
  const int n = static_cast<int>(matrix_.size());
  if (pos.x() < g.left || pos.y() < g.top || pos.x() >= g.left + n * g.cellWidth || pos.y() >= g.top + n * g.cellHeight)
    return false;
  predicted = (pos.x() - g.left) / g.cellWidth;
  truth = (pos.y() - g.top) / g.cellHeight;
  return true;
}

QSize ConfusionMatrixView::sizeHint() const {
  const QFontMetrics fm(font());
  const int n = std::max<int>(1, static_cast<int>(matrix_.size()));
  return {fm.horizontalAdvance(QStringLiteral("00000000")) * 2 + n * kPreferredCell,
          fm.height() * 4 + n * kPreferredCell};
}

QSize ConfusionMatrixView::minimumSizeHint() const {
  const QFontMetrics fm(font());
  // Small, so that the tab never makes the window taller than a 720-pixel screen: on a
  // panel shorter than the grid, its last rows are cut off until the panel grows.
  return {fm.horizontalAdvance(QStringLiteral("00000000")) * 2 + 10 * kMinCell, fm.height() * 3 + 6 * kMinCell};
}

bool ConfusionMatrixView::event(QEvent* event) {
  if (event->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(event);
    int truth = -1, predicted = -1;
    if (cellAt(help->pos(), truth, predicted))
      QToolTip::showText(help->globalPos(), cellToolTip(truth, predicted), this, cellRect(truth, predicted));
    else
      QToolTip::hideText();
    return true;
  }
  return QWidget::event(event);
}

void ConfusionMatrixView::mouseReleaseEvent(QMouseEvent* event) {
  int truth = -1, predicted = -1;
  if (event->button() == Qt::LeftButton && cellAt(event->position().toPoint(), truth, predicted)) {
    setSelectedCell(truth, predicted);
    emit cellClicked(truth, predicted);
  }
  QWidget::mouseReleaseEvent(event);
}

void ConfusionMatrixView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
    update(); // the title and headers are drawn, so they follow at the next paint
  QWidget::changeEvent(event);
}

void ConfusionMatrixView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().base());
  if (!hasMatrix_) {
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, message_);
    return;
  }
  const Geometry g = geometry();
  const int n = static_cast<int>(matrix_.size());
  const QFontMetrics fm(font());
  const QColor text = palette().color(QPalette::Text);
  const QColor muted = palette().color(QPalette::PlaceholderText);

  QFont bold = font();
  bold.setBold(true);
  painter.setFont(bold);
  painter.setPen(text);
  painter.drawText(QRect(0, 0, width(), fm.height() + 6), Qt::AlignCenter, title());
  painter.setFont(font());

  // The axes: predicted across the top, true down the left.
  const int axisTop = fm.height() + 6, headerTop = axisTop + fm.height() + 2;
  painter.setPen(muted);
  painter.drawText(QRect(g.left, axisTop, n * g.cellWidth, fm.height() + 2), Qt::AlignCenter, tr("predicted class"));
  painter.save();
  painter.translate(g.left - g.labelWidth, g.top + n * g.cellHeight);
  painter.rotate(-90);
  painter.drawText(QRect(0, 0, n * g.cellHeight, fm.height() + 2), Qt::AlignCenter, tr("true class"));
  painter.restore();
  painter.drawText(QRect(g.left + n * g.cellWidth, headerTop, g.recallWidth, fm.height() + 4), Qt::AlignCenter,
                   tr("recall"));
  painter.setPen(text);
  for (int c = 0; c < n; ++c) {
    const QString name = QString::fromStdString(matrix_.classes[static_cast<std::size_t>(c)]);
    painter.drawText(QRect(g.left + c * g.cellWidth, headerTop, g.cellWidth, fm.height() + 4), Qt::AlignCenter,
                     fm.elidedText(name, Qt::ElideRight, g.cellWidth));
    const int nameWidth = g.labelWidth - fm.height() - 8;
    painter.drawText(QRect(g.left - nameWidth - 6, g.top + c * g.cellHeight, nameWidth, g.cellHeight),
                     Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(name, Qt::ElideRight, nameWidth));
    painter.drawText(
        QRect(g.left + n * g.cellWidth, g.top + c * g.cellHeight, g.recallWidth, g.cellHeight), Qt::AlignCenter,
        matrix_.rowTotal(static_cast<std::size_t>(c)) == 0 ? QStringLiteral("—")
                                                           : percent(matrix_.recall(static_cast<std::size_t>(c))));
  }

  // The cells: shade by share of the row, the count in it (empty cells stay blank so
  // the mistakes stand out).
  QFont countFont = font();
  countFont.setPixelSize(std::max(8, std::min(fm.height() - 3, std::min(g.cellHeight - 3, g.cellWidth / 2))));
  painter.setFont(countFont);
  const QColor grid = palette().color(QPalette::Mid);
  for (int t = 0; t < n; ++t)
    for (int p = 0; p < n; ++p) {
      const QRect cell = cellRect(t, p);
      const double share = matrix_.rowShare(static_cast<std::size_t>(t), static_cast<std::size_t>(p));
      painter.fillRect(cell, shade(share));
      painter.setPen(QPen(grid, 0));
      painter.drawRect(cell.adjusted(0, 0, -1, -1));
      const std::size_t count = matrix_.counts[static_cast<std::size_t>(t)][static_cast<std::size_t>(p)];
      if (count > 0) {
        painter.setPen(intensity(share) > 0.6 ? QColor(Qt::white) : QColor(Qt::black));
        painter.drawText(cell, Qt::AlignCenter, QString::number(count));
      }
    }

  // Diagonal cells whose correct count rose (fixed) or fell (broken) against the other run.
  for (int c = 0; c < n && static_cast<std::size_t>(c) < change_.size(); ++c) {
    const long long delta = change_[static_cast<std::size_t>(c)];
    if (delta == 0)
      continue;
    // Along the cell's edge, so that the count inside stays readable in a small cell.
    painter.setPen(QPen(delta > 0 ? fixedColour() : brokenColour(), 2, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(cellRect(c, c)).adjusted(1, 1, -1, -1));
  }
  if (selectedTruth_ >= 0 && selectedPredicted_ >= 0 && selectedTruth_ < n && selectedPredicted_ < n) {
    // White under black dashes: seen on a dark cell and on a light one.
    const QRectF selected = QRectF(cellRect(selectedTruth_, selectedPredicted_)).adjusted(-1, -1, 0, 0);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, 3));
    painter.drawRect(selected);
    painter.setPen(QPen(Qt::black, 2, Qt::DashLine));
    painter.drawRect(selected);
  }
}

} // namespace twb::ui
