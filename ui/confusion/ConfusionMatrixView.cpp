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

// Shade for a row share 0..1: white to the blue of the curves' accuracy lines.
QColor shade(double share) {
  const QColor full(33, 102, 172);
  const auto mix = [share](int from, int to) { return static_cast<int>(std::lround(from + (to - from) * share)); };
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
  g.labelWidth = fm.horizontalAdvance(tr("true class")) + 8;
  for (const auto& name : matrix_.classes)
    g.labelWidth = std::max(g.labelWidth, fm.horizontalAdvance(QString::fromStdString(name)) + 8);
  g.labelWidth = std::min(g.labelWidth, width() / 4); // long names elide
  g.recallWidth = std::max(fm.horizontalAdvance(tr("recall")), fm.horizontalAdvance(QStringLiteral("100.0%"))) + 10;
  const int titleHeight = fm.height() + 6, axisHeight = fm.height() + 2, headerHeight = fm.height() + 4;
  const int byWidth = (width() - g.labelWidth - g.recallWidth) / n;
  const int byHeight = (height() - titleHeight - axisHeight - headerHeight - 2) / n;
  g.cell = std::clamp(std::min(byWidth, byHeight), kMinCell, kMaxCell);
  const int gridWidth = g.labelWidth + g.cell * n + g.recallWidth;
  g.left = std::max(0, (width() - gridWidth) / 2) + g.labelWidth;
  g.top = titleHeight + axisHeight + headerHeight;
  return g;
}

QRect ConfusionMatrixView::cellRect(int truth, int predicted) const {
  if (!hasMatrix_ || truth < 0 || predicted < 0 || truth >= static_cast<int>(matrix_.size()) ||
      predicted >= static_cast<int>(matrix_.size()))
    return {};
  const Geometry g = geometry();
  return QRect(g.left + predicted * g.cell, g.top + truth * g.cell, g.cell, g.cell);
}

bool ConfusionMatrixView::cellAt(const QPoint& pos, int& truth, int& predicted) const {
  if (!hasMatrix_ || matrix_.size() == 0)
    return false;
  const Geometry g = geometry();
  const int n = static_cast<int>(matrix_.size());
  if (pos.x() < g.left || pos.y() < g.top || pos.x() >= g.left + n * g.cell || pos.y() >= g.top + n * g.cell)
    return false;
  predicted = (pos.x() - g.left) / g.cell;
  truth = (pos.y() - g.top) / g.cell;
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
  return {fm.horizontalAdvance(QStringLiteral("00000000")) * 2 + 10 * kMinCell, fm.height() * 4 + 10 * kMinCell};
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
  painter.drawText(QRect(g.left, axisTop, n * g.cell, fm.height() + 2), Qt::AlignCenter, tr("predicted class"));
  painter.drawText(QRect(g.left - g.labelWidth, headerTop, g.labelWidth - 6, fm.height() + 4),
                   Qt::AlignRight | Qt::AlignVCenter, tr("true class"));
  painter.drawText(QRect(g.left + n * g.cell, headerTop, g.recallWidth, fm.height() + 4), Qt::AlignCenter,
                   tr("recall"));
  painter.setPen(text);
  for (int c = 0; c < n; ++c) {
    const QString name = QString::fromStdString(matrix_.classes[static_cast<std::size_t>(c)]);
    painter.drawText(QRect(g.left + c * g.cell, headerTop, g.cell, fm.height() + 4), Qt::AlignCenter,
                     fm.elidedText(name, Qt::ElideRight, g.cell));
    painter.drawText(QRect(g.left - g.labelWidth, g.top + c * g.cell, g.labelWidth - 6, g.cell),
                     Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(name, Qt::ElideRight, g.labelWidth - 6));
    painter.drawText(QRect(g.left + n * g.cell, g.top + c * g.cell, g.recallWidth, g.cell), Qt::AlignCenter,
                     matrix_.rowTotal(static_cast<std::size_t>(c)) == 0
                         ? QStringLiteral("—")
                         : percent(matrix_.recall(static_cast<std::size_t>(c))));
  }

  // The cells: shade by share of the row, the count in it (empty cells stay blank so
  // the mistakes stand out).
  QFont countFont = font();
  countFont.setPixelSize(std::max(8, std::min(fm.height() - 2, g.cell * 4 / 9)));
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
        painter.setPen(share > 0.55 ? QColor(Qt::white) : QColor(Qt::black));
        painter.drawText(cell, Qt::AlignCenter, QString::number(count));
      }
    }

  // Diagonal cells whose correct count rose (fixed) or fell (broken) against the other run.
  for (int c = 0; c < n && static_cast<std::size_t>(c) < change_.size(); ++c) {
    const long long delta = change_[static_cast<std::size_t>(c)];
    if (delta == 0)
      continue;
    painter.setPen(QPen(delta > 0 ? fixedColour() : brokenColour(), 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cellRect(c, c).adjusted(2, 2, -2, -2));
  }
  if (selectedTruth_ >= 0 && selectedPredicted_ >= 0 && selectedTruth_ < n && selectedPredicted_ < n) {
    painter.setPen(QPen(text, 2, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cellRect(selectedTruth_, selectedPredicted_).adjusted(0, 0, -1, -1));
  }
}

} // namespace twb::ui
