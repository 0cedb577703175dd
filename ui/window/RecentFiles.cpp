#include "window/RecentFiles.h"

#include "window/SettingsKeys.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace twb::ui {

RecentFiles::RecentFiles(QMenu* menu, QObject* parent) : QObject(parent), menu_(menu) {
  for (int i = 0; i < settings::kMaxRecentExperiments; ++i) {
    QAction* action = menu_->addAction(QString());
    connect(action, &QAction::triggered, this, [this, action] { emit openRequested(action->data().toString()); });
    fileActions_.append(action);
  }
  menu_->addSeparator();
  clearAction_ = menu_->addAction(QString());
  clearAction_->setObjectName(QStringLiteral("actionClearRecent"));
  connect(clearAction_, &QAction::triggered, this, &RecentFiles::clear);
  refreshMenu();
}

QStringList RecentFiles::paths() const {
  return settings::recentExperiments.get();
}

void RecentFiles::add(const QString& path) {
  const QString absolute = QFileInfo(path).absoluteFilePath();
  QStringList list = paths();
  list.removeAll(absolute);
  list.prepend(absolute);
  while (list.size() > settings::kMaxRecentExperiments)
    list.removeLast();
  store(list);
}

void RecentFiles::remove(const QString& path) {
  QStringList list = paths();
  list.removeAll(QFileInfo(path).absoluteFilePath());
  store(list);
}

void RecentFiles::clear() {
  store({});
}

void RecentFiles::store(const QStringList& list) {
  settings::recentExperiments.set(list);
  refreshMenu();
}

void RecentFiles::refreshMenu() {
  const QStringList list = paths();
  for (int i = 0; i < fileActions_.size(); ++i) {
    QAction* action = fileActions_[i];
    action->setVisible(i < list.size());
    if (i >= list.size())
      continue;
    const QString& path = list[i];
    // Numbered 1-9 as mnemonics, the way desktop applications list recent files.
    const QString name = QFileInfo(path).fileName();
    action->setText(i < 9 ? tr("&%1 %2").arg(i + 1).arg(name) : name);
    action->setData(path);
    action->setToolTip(QDir::toNativeSeparators(path));
    action->setStatusTip(QDir::toNativeSeparators(path));
  }
  clearAction_->setText(tr("&Clear list"));
  clearAction_->setEnabled(!list.isEmpty());
  menu_->menuAction()->setEnabled(!list.isEmpty());
}

} // namespace twb::ui
