#pragma once
// GUI tests keep settings, runs and caches in a temporary folder, never the user's.
#include <QSettings>
#include <QTemporaryDir>

namespace twbtest {

inline void useIsolatedHome(const QTemporaryDir& home) {
  qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
  qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.filePath(QStringLiteral("config")));
}

} // namespace twbtest
