#include "window/Application.h"

#include "window/Language.h"
#include "base/Version.h"

#include <QApplication>
#include <QIcon>

namespace twb::ui {

void configureApplication(QApplication& app) {
  QApplication::setOrganizationName(QStringLiteral("TransferWorkbench"));
  QApplication::setApplicationName(QStringLiteral("transfer-workbench"));
  QApplication::setApplicationVersion(QString::fromLatin1(twb::kVersion));
  // The .desktop file's name, so Wayland shells match the window to it (its AppStream id;
  // settings and runs stay under the organisation and application names above).
  QApplication::setDesktopFileName(QStringLiteral("org.transferworkbench.TransferWorkbench"));
  QIcon icon;
  for (const int size : {32, 64, 128, 256})
    icon.addFile(QStringLiteral(":/icons/transfer-workbench-%1.png").arg(size), QSize(size, size));
  app.setWindowIcon(icon);
  language::applyStored();
}

} // namespace twb::ui
