#pragma once
// What the GUI main and the GUI tests set up the same way: the application's names
// (QSettings and QStandardPaths derive their paths from them), icon and language.
class QApplication;

namespace twb::ui {

void configureApplication(QApplication& app);

} // namespace twb::ui
