#include "translation/PixelImagesView.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <utility>

namespace twb::ui {
namespace {
constexpr int kImageGap = 4;
}

PixelImagesView::PixelImagesView(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void PixelImagesView::setTitle(const QString& title) {
  title_ = title;
  setToolTip(title);
  updateGeometry();
  update();
}

void PixelImagesView::setImages(std::vector<QImage> images) {
  images_ = std::move(images);
  updateGeometry();
  update();
}

void PixelImagesView::setPlaceholder(const QString& text) {
  placeholder_ = text;
  update();
}

void PixelImagesView::setCellRange(int minimum, int maximum) {
  minimum_ = minimum;
  maximum_ = std::max(minimum, maximum);
  updateGeometry();
  update();
}

int PixelImagesView::titleHeight() const {
  return title_.isEmpty() ? 0 : fontMetrics().height() + 2;
}

PixelImagesView::Arrangement PixelImagesView::arrange(const QSize& room) const {
  const int n = std::max<int>(1, static_cast<int>(images_.size()));
  Arrangement best;
  for (int columns = 1; columns <= n; ++columns) {
    const int lines = (n + columns - 1) / columns;
    const int side = std::min({(room.width() - (columns - 1) * kImageGap) / columns,
                               (room.height() - titleHeight() - (lines - 1) * kImageGap) / lines, maximum_});
    if (side > best.side) {
      best.columns = columns;
      best.side = side;
    }
  }
  best.side = std::max(best.side, 1);
  return best;
}

int PixelImagesView::cellSide() const {
  return arrange(size()).side;
}

QSize PixelImagesView::sizeHint() const {
  const int n = std::max<int>(1, static_cast<int>(images_.size()));
  const int side = std::max(minimum_, maximum_ * 3 / 4);
  const int width = std::max(n * side + (n - 1) * kImageGap, fontMetrics().horizontalAdvance(title_));
  return {width, titleHeight() + side};
}

QSize PixelImagesView::minimumSizeHint() const {
  return {minimum_, titleHeight() + minimum_};
}

void PixelImagesView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  const QFontMetrics metrics = fontMetrics();
  if (!title_.isEmpty()) {
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(0, 0, width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(title_, Qt::ElideRight, width()));
  }
  const QRect room(0, titleHeight(), width(), height() - titleHeight());
  if (images_.empty()) {
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(room, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, placeholder_);
    return;
  }
  const Arrangement a = arrange(size());
  for (std::size_t i = 0; i < images_.size(); ++i) {
    const int column = static_cast<int>(i) % a.columns, line = static_cast<int>(i) / a.columns;
    const QRect cell(column * (a.side + kImageGap), room.top() + line * (a.side + kImageGap), a.side, a.side);
    const QImage& image = images_[i];
    // Nearest neighbour when enlarging, so that pixels stay pixels; smooth when shrinking.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, a.side < image.width());
    painter.drawImage(cell, image);
  }
}

} // namespace twb::ui
