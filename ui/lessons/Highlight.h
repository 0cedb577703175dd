#pragma once
// "Look here": a thick outline drawn over a part of the window for a few seconds, so a
// class sees which panel, tab or plot the lesson talks about. It takes no clicks and
// follows nothing: it is gone before the layout could move under it.
#include <QRect>

class QWidget;

namespace twb::ui {

// Outlines `area` (in `target`'s coordinates; empty: all of it) for `milliseconds`.
// Returns the outline widget (deleted by itself), for tests.
QWidget* flashHighlight(QWidget* target, QRect area = {}, int milliseconds = 4000);

} // namespace twb::ui
