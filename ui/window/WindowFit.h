#pragma once
// Where the main window goes on a screen: a first start takes most of a large screen
// and all of a small one (a 1280x720 projector needs every pixel); a geometry saved on
// another, larger screen is brought back inside the one the window is on.
#include <QMargins>
#include <QRect>

namespace twb::ui::windowfit {

// What a window manager's title bar and borders take, before the window is shown and
// its real frame is known (Openbox: 1, 20, 1, 5; Windows 10: 8, 31, 8, 8 with its
// invisible resize borders).
inline const QMargins kFrameAllowance{8, 36, 8, 8};

// The window's geometry (without its frame) for a first start on a screen whose free
// area is `available`, centred in it.
QRect defaultGeometry(const QRect& available, const QMargins& frame = kFrameAllowance);

// `geometry` (without its frame) shrunk if it must be and moved as little as it can be so
// that the window and its frame lie inside `available`.
QRect fittedGeometry(const QRect& geometry, const QRect& available, const QMargins& frame = kFrameAllowance);

} // namespace twb::ui::windowfit
