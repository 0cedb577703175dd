#include "window/WindowFit.h"

#include <algorithm>

namespace twb::ui::windowfit {
namespace {

// Up to these the whole free area is used; beyond them 90 % of it, up to the largest.
constexpr int kFullWidth = 1400;
constexpr int kFullHeight = 900;
constexpr int kLargestWidth = 1920;
constexpr int kLargestHeight = 1200;

int sideFor(int room, int full, int largest) {
  if (room <= full)
    return room;
  return std::min(std::max(full, room * 9 / 10), largest);
}

} // namespace

QRect defaultGeometry(const QRect& available, const QMargins& frame) {
  const QRect room = available - frame;
  QRect geometry(QPoint(0, 0), QSize(sideFor(room.width(), kFullWidth, kLargestWidth),
                                     sideFor(room.height(), kFullHeight, kLargestHeight)));
  geometry.moveCenter(room.center());
  return geometry;
}

QRect fittedGeometry(const QRect& geometry, const QRect& available, const QMargins& frame) {
  const QRect room = available - frame;
  QRect fitted(geometry.topLeft(), geometry.size().boundedTo(room.size()));
  fitted.moveLeft(std::clamp(fitted.left(), room.left(), room.right() - fitted.width() + 1));
  fitted.moveTop(std::clamp(fitted.top(), room.top(), room.bottom() - fitted.height() + 1));
  return fitted;
}

} // namespace twb::ui::windowfit
