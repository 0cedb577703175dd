#pragma once
// tr() for the free functions of the window's code. lupdate files a tr() called outside
// a class under its namespace, twb::ui, so that is the context it looks up here. (A
// class's own tr() hides this one inside its members.)
#include <QCoreApplication>
#include <QString>

namespace twb::ui {

inline QString tr(const char* text) {
  return QCoreApplication::translate("twb::ui", text);
}

} // namespace twb::ui
