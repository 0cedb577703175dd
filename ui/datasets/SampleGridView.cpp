#include "datasets/SampleGridView.h"

#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>

#include <algorithm>

namespace twb::ui {
namespace {

constexpr int kSampleGap = 2;      // between images
constexpr int kMinSampleCell = 14; // below this a digit is no longer readable
constexpr int kMaxSampleCell = 84; // 3x a 28x28 image: larger only turns a digit into blocks
constexpr int kPreferredSampleCell = 40;
constexpr int kMinLabel = 48; // a narrow grid elides its class names to this

QColor markColour() {
  return QColor(204, 85, 0); // the class-match line's warning colour
}

} // namespace

SampleGridView::SampleGridView(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QImage SampleGridView::toImage(const twb::ImageSet& set, std::size_t index) {
  const int width = set.width;
  const int height = set.height;
  const uchar* pixels = set.image(index);
  const auto stride = static_cast<qsizetype>(width) * set.channels;
  switch (set.channels) {
  case 1:
    return QImage(pixels, width, height, stride, QImage::Format_Grayscale8).copy();
  case 3:
    return QImage(pixels, width, height, stride, QImage::Format_RGB888).copy();
  case 4:
    return QImage(pixels, width, height, stride, QImage::Format_RGBA8888).copy();
  default: { // an unusual channel count: show the first channel
    QImage grey(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y)
      for (int x = 0; x < width; ++x)
        grey.scanLine(y)[x] = pixels[(static_cast<qsizetype>(y) * width + x) * set.channels];
    return grey;
  }
  }
}

void SampleGridView::setDataset(const twb::Dataset& dataset, std::uint64_t seed, int perClass) {
  rows_.clear();
  fromTest_ = dataset.train.size() == 0;
  highlighted_ = -1;
  const twb::ImageSet& set = fromTest_ ? dataset.test : dataset.train;
  rows_.resize(dataset.classNames.size());
  for (std::size_t c = 0; c < rows_.size(); ++c)
    rows_[c].className = QString::fromStdString(dataset.classNames[c]);
  for (std::size_t i : twb::fewShotIndices(set, rows_.size(), perClass, seed)) {
    Row& row = rows_[static_cast<std::size_t>(set.labels[i])];
    row.images.push_back(toImage(set, i));
    row.indices.push_back(i);
  }
  imageSize_ = QSize(std::max(set.width, 1), std::max(set.height, 1));
  updateGeometry();
  update();
}

void SampleGridView::clear() {
  rows_.clear();
  highlighted_ = -1;
  updateGeometry();
  update();
}

void SampleGridView::setMarkedClasses(const QSet<QString>& classNames) {
  if (marked_ == classNames)
    return;
  marked_ = classNames;
  update();
}

int SampleGridView::sampleCount() const {
  int count = 0;
  for (const Row& row : rows_)
    count += static_cast<int>(row.images.size());
  return count;
}

int SampleGridView::columnCount(int row) const {
  return row >= 0 && row < rowCount() ? static_cast<int>(rows_[static_cast<std::size_t>(row)].images.size()) : 0;
}

std::size_t SampleGridView::indexAt(int row, int column) const {
  Q_ASSERT(column >= 0 && column < columnCount(row));
  return rows_[static_cast<std::size_t>(row)].indices[static_cast<std::size_t>(column)];
}

QRect SampleGridView::cellRect(int row, int column) const {
  if (column < 0 || column >= columnCount(row))
    return {};
  const int cell = cellSize();
  const QSize drawn = imageSize_.scaled(cell, cell, Qt::KeepAspectRatio);
  return {QPoint(shownLabelWidth() + column * (cell + kSampleGap), row * (cell + kSampleGap)), drawn};
}

std::pair<int, int> SampleGridView::cellAt(const QPoint& pos) const {
  for (int r = 0; r < rowCount(); ++r)
    for (int c = 0; c < columnCount(r); ++c)
      if (cellRect(r, c).contains(pos))
        return {r, c};
  return {-1, -1};
}

void SampleGridView::setClickable(bool clickable) {
  clickable_ = clickable;
  if (clickable)
    setCursor(Qt::PointingHandCursor);
  else
    unsetCursor();
  if (!clickable)
    setHighlighted(-1);
}

void SampleGridView::setHighlighted(qint64 index) {
  if (highlighted_ == index)
    return;
  highlighted_ = index;
  update();
}

void SampleGridView::mousePressEvent(QMouseEvent* event) {
  const auto [row, column] = cellAt(event->position().toPoint());
  if (!clickable_ || event->button() != Qt::LeftButton || row < 0) {
    QWidget::mousePressEvent(event);
    return;
  }
  emit itemClicked(indexAt(row, column));
}

void SampleGridView::contextMenuEvent(QContextMenuEvent* event) {
  const auto [row, column] = cellAt(event->pos());
  if (!clickable_ || row < 0) {
    QWidget::contextMenuEvent(event);
    return;
  }
  emit itemMenuRequested(indexAt(row, column), event->globalPos());
}

int SampleGridView::labelWidth() const {
  int widest = 0;
  QFont bold = font();
  bold.setBold(true);
  const QFontMetrics metrics(bold);
  for (const Row& row : rows_)
    widest = std::max(widest, metrics.horizontalAdvance(row.className));
  return std::min(widest, 160) + 8;
}

int SampleGridView::shownLabelWidth() const {
  // The names give way before the images do, down to a few letters.
  const int room = width() - columns() * (kMinSampleCell + kSampleGap);
  return std::clamp(room, std::min(kMinLabel, labelWidth()), labelWidth());
}

int SampleGridView::columns() const {
  std::size_t most = 1;
  for (const Row& row : rows_)
    most = std::max(most, row.images.size());
  return static_cast<int>(most);
}

int SampleGridView::cellForHeight(int height) const {
  if (rows_.empty())
    return kPreferredSampleCell;
  return std::clamp(height / rowCount() - kSampleGap, kMinSampleCell, kMaxSampleCell);
}

int SampleGridView::cellSize() const {
  const int byWidth = (width() - shownLabelWidth()) / columns() - kSampleGap;
  return std::clamp(std::min(byWidth, cellForHeight(height())), kMinSampleCell, kMaxSampleCell);
}

int SampleGridView::widthForHeight(int height) const {
  return labelWidth() + columns() * (cellForHeight(height) + kSampleGap);
}

QSize SampleGridView::sizeHint() const {
  const int rows = std::max(rowCount(), 1);
  return {labelWidth() + columns() * (kPreferredSampleCell + kSampleGap), rows * (kPreferredSampleCell + kSampleGap)};
}

QSize SampleGridView::minimumSizeHint() const {
  const int rows = std::max(rowCount(), 1);
  return {std::min(kMinLabel, labelWidth()) + columns() * (kMinSampleCell + kSampleGap),
          rows * (kMinSampleCell + kSampleGap)};
}

void SampleGridView::paintEvent(QPaintEvent* /*event*/) {
  QPainter painter(this);
  if (rows_.empty())
    return;
  const int cell = cellSize();
  const int labels = shownLabelWidth();
  // Non-square images keep their shape inside the square cell.
  const QSize drawn = imageSize_.scaled(cell, cell, Qt::KeepAspectRatio);
  QFont bold = font();
  bold.setBold(true);
  for (int r = 0; r < rowCount(); ++r) {
    const Row& row = rows_[static_cast<std::size_t>(r)];
    const int top = r * (cell + kSampleGap);
    const QRect labelRect(0, top, labels - 6, cell);
    const bool marked = marked_.contains(row.className);
    if (marked) {
      painter.fillRect(QRect(0, top, width(), cell), QColor(255, 232, 204));
      painter.setPen(markColour());
      painter.setFont(bold);
    } else {
      painter.setPen(palette().color(QPalette::WindowText));
      painter.setFont(font());
    }
    const QString name = painter.fontMetrics().elidedText(row.className, Qt::ElideRight, labelRect.width());
    painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, name);
    for (std::size_t c = 0; c < row.images.size(); ++c) {
      const int left = labels + static_cast<int>(c) * (cell + kSampleGap);
      const QRect target(QPoint(left, top), drawn);
      painter.drawImage(target, row.images[c]);
      if (highlighted_ >= 0 && row.indices[c] == static_cast<std::size_t>(highlighted_)) {
        // The item playing: a frame in the selection colour, inside the cell so that
        // it is not cut by its neighbours.
        const int pen = cell >= 28 ? 3 : 2; // a thick frame would hide a small image
        painter.setPen(QPen(palette().color(QPalette::Highlight), pen));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(target.adjusted(pen / 2, pen / 2, -(pen + 1) / 2, -(pen + 1) / 2));
      }
    }
  }
}

} // namespace twb::ui

namespace twb::ui {

SampleGridArea::SampleGridArea(QWidget* parent) : QScrollArea(parent), grid_(new SampleGridView) {
  setWidget(grid_);
  setWidgetResizable(true);
  setFrameShape(QFrame::NoFrame);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  // As wide as the rows fill the height where there is room, narrower (smaller images)
  // where there is not: a width that followed the height made a tall dock wider.
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
}

void SampleGridArea::refit() {
  grid_->updateGeometry();
  updateGeometry();
}

QSize SampleGridArea::sizeHint() const {
  const int height = viewport()->height();
  // Rows at their smallest overflow the height: leave room for the scroll bar.
  const bool scrolls = grid_->minimumSizeHint().height() > height;
  const int bar = scrolls ? verticalScrollBar()->sizeHint().width() : 0;
  return {grid_->widthForHeight(height) + bar, grid_->sizeHint().height()};
}

QSize SampleGridArea::minimumSizeHint() const {
  // The smallest readable images, with room for the scroll bar they may need.
  return {grid_->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width(), 60};
}

void SampleGridArea::resizeEvent(QResizeEvent* event) {
  QScrollArea::resizeEvent(event);
  if (event->size().height() != event->oldSize().height())
    updateGeometry(); // the width follows the height
}

} // namespace twb::ui
