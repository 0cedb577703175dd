#pragma once
// Error boxes that do not block: shown window-modal with open(), not exec(), so a
// failure reported from a timer or a finished run never nests an event loop.
#include <QString>

class QWidget;

namespace twb::ui {

void showError(QWidget* parent, const QString& title, const QString& message);

} // namespace twb::ui
