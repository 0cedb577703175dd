#include "translation/TranslationGridView.h"

#include "common/CoreText.h"

#include <QEvent>
#include <QFontMetrics>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace twb::ui {
namespace {
constexpr int kGridMargin = 4;              // around the whole grid, in the widget
constexpr int kLabelGap = 8;                // between a row's name and its images
constexpr double kMaxScale = 2.0;           // a grid's cells are already 3x its images
constexpr double kMaxLabelShare = 0.4;      // of the width, when names are long and room is short
constexpr double kAboveGain = 1.2;          // names go above the rows when that draws images 20 % larger
const QColor kExportBackground(40, 40, 40); // the grid's own background (core draws it)
} // namespace

TranslationGridView::TranslationGridView(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setMinimumSize(200, 120);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TranslationGridView::setGrid(const QImage& grid, const twb::SampleGridLayout& layout) {
  grid_ = grid;
  layout_ = layout;
  gridBlocks_ = grid.isNull() ? std::vector<SampleGridBlock>{} : sampleGridBlocks(layout);
  if (chosenColumn_ >= columns())
    chosenColumn_ = -1;
  hoverRow_ = hoverColumn_ = -1;
  update();
}

void TranslationGridView::clearGrid() {
  setGrid({}, {});
  chosenColumn_ = -1;
}

void TranslationGridView::setMessage(const QString& message) {
  message_ = message;
  update();
}

void TranslationGridView::setHint(const QString& hint) {
  hint_ = hint;
  update();
}

void TranslationGridView::setBlocks(Blocks blocks) {
  blocks_ = blocks;
  hoverRow_ = hoverColumn_ = -1;
  update();
}

QImage TranslationGridView::testImage(bool target, int column) const {
  if (!hasGrid() || column < 0 || column >= columns())
    return {};
  const SampleGridBlock& block = gridBlocks_[target ? 1 : 0];
  const int top = layout_.rowTop[static_cast<std::size_t>(block.firstRow)];
  return grid_.copy(layout_.columnLeft[static_cast<std::size_t>(column)], top, layout_.cell, layout_.cell);
}

void TranslationGridView::setChosen(bool target, int column) {
  chosenTarget_ = target;
  chosenColumn_ = column;
  update();
}

bool TranslationGridView::rowInTarget(int row) const {
  return gridBlocks_.size() == 2 && row >= gridBlocks_[1].firstRow;
}

std::vector<int> TranslationGridView::shownRows() const {
  std::vector<int> rows;
  for (const SampleGridBlock& block : gridBlocks_) {
    if ((blocks_ == Blocks::Source && block.target) || (blocks_ == Blocks::Target && !block.target))
      continue;
    for (int r = block.firstRow; r < block.firstRow + block.rows; ++r)
      rows.push_back(r);
  }
  return rows;
}

QRect TranslationGridView::shownSlice(const std::vector<int>& rows) const {
  if (rows.empty())
    return {};
  const int gap = layout_.columnLeft.empty() ? 0 : layout_.columnLeft.front();
  const int top = layout_.rowTop[static_cast<std::size_t>(rows.front())] - gap;
  const int bottom = layout_.rowTop[static_cast<std::size_t>(rows.back())] + layout_.cell + gap;
  return QRect(0, std::max(0, top), grid_.width(), std::min(grid_.height(), bottom) - std::max(0, top));
}

QString TranslationGridView::rowTitle(int row) const {
  return coreText(layout_.rows[static_cast<std::size_t>(row)]);
}

TranslationGridView::Placement TranslationGridView::placement(const QSize& size, const QFont& font, bool fitted) const {
  Placement p;
  p.rows = shownRows();
  p.slice = shownSlice(p.rows);
  if (p.slice.isEmpty())
    return p;
  const QFontMetrics metrics(font);
  for (int row : p.rows)
    p.labels = std::max(p.labels, metrics.horizontalAdvance(rowTitle(row)));
  if (!fitted) { // a picture at the grid's own size
    p.origin = QPointF(kGridMargin + p.labels + kLabelGap, kGridMargin);
    return p;
  }
  // The names take what the images leave when the height limits them, and at least a
  // share of the width when it does not.
  const double roomH = size.height() - 2 * kGridMargin;
  const double byHeight = std::min(roomH / p.slice.height(), kMaxScale);
  const int left = size.width() - 2 * kGridMargin - kLabelGap - static_cast<int>(std::ceil(p.slice.width() * byHeight));
  p.labels = std::min(p.labels, std::max(left, static_cast<int>(size.width() * kMaxLabelShare)));
  const double roomW = size.width() - 2 * kGridMargin - p.labels - kLabelGap;
  p.scale = std::clamp(std::min(roomW / p.slice.width(), byHeight), 0.05, kMaxScale);
  // Names above the rows give the images the whole width for a line of height per row.
  const int line = metrics.height() + 2;
  const double roomAbove = roomH - static_cast<double>(p.rows.size() * line);
  const double above = std::clamp(
      std::min((size.width() - 2.0 * kGridMargin) / p.slice.width(), roomAbove / p.slice.height()), 0.05, kMaxScale);
  if (above > p.scale * kAboveGain) {
    p.above = true;
    p.line = line;
    p.scale = above;
    p.labels = 0;
    p.origin = QPointF(std::max<double>(kGridMargin, (size.width() - p.slice.width() * p.scale) / 2), kGridMargin);
    return p;
  }
  const double width = p.labels + kLabelGap + p.slice.width() * p.scale;
  p.origin = QPointF(std::max<double>(kGridMargin, (size.width() - width) / 2) + p.labels + kLabelGap, kGridMargin);
  return p;
}

double TranslationGridView::rowY(const Placement& p, std::size_t index) const {
  const int row = p.rows[index];
  return p.origin.y() + (layout_.rowTop[static_cast<std::size_t>(row)] - p.slice.top()) * p.scale +
         static_cast<double>((index + 1) * static_cast<std::size_t>(p.line));
}

void TranslationGridView::paintGrid(QPainter& painter, const Placement& p, const QColor& text) const {
  // Nearest neighbour while the cells are at least their images' size: pixels stay pixels.
  painter.setRenderHint(QPainter::SmoothPixmapTransform, p.scale < 1.0 / 3.0);
  const QFontMetrics metrics(painter.font());
  painter.setPen(text);
  if (p.above) { // each row's band of images under its name
    for (std::size_t i = 0; i < p.rows.size(); ++i) {
      const int row = p.rows[i];
      const QRect band(0, layout_.rowTop[static_cast<std::size_t>(row)], grid_.width(), layout_.cell);
      const double y = rowY(p, i);
      painter.drawImage(QRectF(p.origin.x(), y, band.width() * p.scale, band.height() * p.scale), grid_, band);
      const double width = band.width() * p.scale;
      painter.drawText(QRectF(p.origin.x(), y - p.line, width, p.line), Qt::AlignLeft | Qt::AlignBottom,
                       metrics.elidedText(rowTitle(row), Qt::ElideMiddle, static_cast<int>(width)));
    }
    return;
  }
  const QRectF target(p.origin, QSizeF(p.slice.width() * p.scale, p.slice.height() * p.scale));
  painter.drawImage(target, grid_, p.slice);
  for (int row : p.rows) {
    const double centre =
        p.origin.y() + (layout_.rowTop[static_cast<std::size_t>(row)] - p.slice.top() + layout_.cell / 2.0) * p.scale;
    const QRectF box(p.origin.x() - kLabelGap - p.labels, centre - metrics.height(), p.labels, 2 * metrics.height());
    painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                     metrics.elidedText(rowTitle(row), Qt::ElideMiddle, p.labels));
  }
}

void TranslationGridView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  const Placement p = placement(size(), font(), true);
  if (!hasGrid() || p.slice.isEmpty()) {
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, message_);
    return;
  }
  paintGrid(painter, p, palette().color(QPalette::WindowText));
  const int below =
      static_cast<int>(std::ceil(p.origin.y() + p.slice.height() * p.scale + p.rows.size() * p.line)) + kGridMargin;
  if (!hint_.isEmpty() && height() - below >= fontMetrics().height()) {
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRect(kGridMargin, below, width() - 2 * kGridMargin, height() - below),
                     Qt::AlignHCenter | Qt::AlignTop,
                     fontMetrics().elidedText(hint_, Qt::ElideRight, width() - 2 * kGridMargin));
  }
  painter.setRenderHint(QPainter::Antialiasing, false);
  painter.setBrush(Qt::NoBrush);
  const auto columnFrame = [&](bool target, int column) {
    QRect frame;
    for (int row : p.rows)
      if (rowInTarget(row) == target)
        frame = frame.united(cellRect(p, row, column));
    return frame.adjusted(-2, -2, 1, 1);
  };
  const QRect chosen = chosenColumn_ >= 0 ? columnFrame(chosenTarget_, chosenColumn_) : QRect();
  if (chosen.width() > 3) { // its block may be hidden
    painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
    painter.drawRect(chosen);
  }
  if (hoverColumn_ >= 0 && hoverRow_ >= 0) {
    painter.setPen(QPen(palette().color(QPalette::Highlight).lighter(140), 1, Qt::DashLine));
    painter.drawRect(columnFrame(rowInTarget(hoverRow_), hoverColumn_));
  }
}

QRect TranslationGridView::cellRect(int row, int column) const {
  return cellRect(placement(size(), font(), true), row, column);
}

QRect TranslationGridView::cellRect(const Placement& p, int row, int column) const {
  const auto shown = std::find(p.rows.begin(), p.rows.end(), row);
  if (shown == p.rows.end() || column < 0 || column >= columns())
    return {};
  const double x = p.origin.x() + layout_.columnLeft[static_cast<std::size_t>(column)] * p.scale;
  const double y = rowY(p, static_cast<std::size_t>(shown - p.rows.begin()));
  const double side = layout_.cell * p.scale;
  return QRect(QPoint(static_cast<int>(std::floor(x)), static_cast<int>(std::floor(y))),
               QPoint(static_cast<int>(std::ceil(x + side)) - 1, static_cast<int>(std::ceil(y + side)) - 1));
}

bool TranslationGridView::hit(const QPoint& pos, int& row, int& column) const {
  row = column = -1;
  if (!hasGrid())
    return false;
  const Placement p = placement(size(), font(), true);
  for (int r : p.rows)
    for (int c = 0; c < columns(); ++c)
      if (cellRect(p, r, c).contains(pos)) {
        row = r;
        column = c;
        return true;
      }
  return false;
}

void TranslationGridView::mouseMoveEvent(QMouseEvent* event) {
  int row = -1, column = -1;
  if (!hit(event->position().toPoint(), row, column))
    row = column = -1;
  if (row != hoverRow_ || column != hoverColumn_) {
    hoverRow_ = row;
    hoverColumn_ = column;
    setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setToolTip(row >= 0 ? tr("%1, image %2: click to translate it").arg(rowTitle(row)).arg(column + 1) : QString());
    update();
  }
  QWidget::mouseMoveEvent(event);
}

void TranslationGridView::mousePressEvent(QMouseEvent* event) {
  int row = -1, column = -1;
  if (event->button() == Qt::LeftButton && hit(event->position().toPoint(), row, column)) {
    emit imageClicked(rowInTarget(row), column);
    return;
  }
  QWidget::mousePressEvent(event);
}

void TranslationGridView::leaveEvent(QEvent* event) {
  hoverRow_ = hoverColumn_ = -1;
  update();
  QWidget::leaveEvent(event);
}

void TranslationGridView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    update(); // the rows' names are looked up as they are drawn
  QWidget::changeEvent(event);
}

QImage TranslationGridView::render() const {
  if (!hasGrid())
    return {};
  QFont font = this->font();
  const Placement p = placement({}, font, false);
  if (p.slice.isEmpty())
    return {};
  QImage out(static_cast<int>(p.origin.x()) + p.slice.width() + kGridMargin, p.slice.height() + 2 * kGridMargin,
             QImage::Format_RGB888);
  out.fill(kExportBackground);
  QPainter painter(&out);
  painter.setFont(font);
  paintGrid(painter, p, QColor(230, 230, 230));
  return out;
}

} // namespace twb::ui
