#pragma once
// What every test of the real window does first: settings and runs in a temporary
// folder, English texts whatever the machine's locale, the application configured as
// the GUI main does, and windows that may close without quitting the test.
#include "window/Application.h"
#include "IsolatedHome.h"
#include "window/SettingsKeys.h"
#include "training/Trainer.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace twbtest {

inline void prepareWindowTests(const QTemporaryDir& home) {
  useIsolatedHome(home);
  twb::ui::settings::language.set(QStringLiteral("en"));
  twb::ui::configureApplication(*qobject_cast<QApplication*>(QCoreApplication::instance()));
  QApplication::setQuitOnLastWindowClosed(false); // the test outlives its windows
  twb::useAllCores();
}

// The window's action of that objectName; a missing one ends the test at once.
inline QAction* action(const QWidget& window, const char* name) {
  auto* found = window.findChild<QAction*>(QString::fromLatin1(name));
  if (!found)
    qFatal("no action %s", name);
  return found;
}

// The next file dialog the window opens is answered by `answer`, as a user would
// (typing a name, picking a folder); polled, since the dialog's exec() blocks the
// code that opened it.
inline void answerNextFileDialog(std::function<void(QFileDialog&)> answer) {
  auto* poll = new QTimer;
  QObject::connect(poll, &QTimer::timeout, [poll, answer] {
    auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
    if (!dialog)
      return;
    poll->stop();
    poll->deleteLater();
    answer(*dialog);
  });
  poll->start(50);
}

} // namespace twbtest
