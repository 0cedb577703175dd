#include "results/RunFolderWatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>

namespace twb::ui {
namespace {

bool hasFile(const QString& dir, const char* name) {
  return QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(name)));
}

QFileInfoList subfolders(const QString& folder) {
  return QDir(folder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

QString RunFolderWatcher::normalized(const QString& dir) {
  return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
}

RunFolderWatcher::RunFolderWatcher(QObject* parent) : QObject(parent) {
  watcher_ = new QFileSystemWatcher(this);
  connect(watcher_, &QFileSystemWatcher::directoryChanged, this, &RunFolderWatcher::onDirectoryChanged);
}

bool RunFolderWatcher::isFolderOfRuns(const QString& folder) {
  for (const QFileInfo& sub : subfolders(folder)) {
    const QString dir = sub.absoluteFilePath();
    if (hasFile(dir, "summary.json") || hasFile(dir, "experiment.json"))
      return true;
  }
  return false;
}

QStringList RunFolderWatcher::watch(const QString& folder) {
  const QString path = normalized(folder);
  if (!folders_.contains(path)) {
    folders_.insert(path);
    watcher_->addPath(path);
  }
  return scan(path);
}

QStringList RunFolderWatcher::folders() const {
  QStringList list(folders_.begin(), folders_.end());
  list.sort();
  return list;
}

QStringList RunFolderWatcher::scan(const QString& folder) {
  QStringList found;
  for (const QFileInfo& sub : subfolders(folder)) {
    const QString dir = normalized(sub.absoluteFilePath());
    if (finished_.contains(dir))
      continue;
    if (hasFile(dir, "summary.json")) {
      finished_.insert(dir);
      if (pending_.remove(dir))
        watcher_->removePath(dir);
      found.append(dir);
    } else if (!pending_.contains(dir)) {
      // A run under way, or a folder just made for one: its summary appears inside it,
      // which the folder's own watch does not see.
      pending_.insert(dir);
      watcher_->addPath(dir);
    }
  }
  return found;
}

void RunFolderWatcher::onDirectoryChanged(const QString& path) {
  QStringList found;
  if (folders_.contains(path)) {
    found = scan(path);
  } else if (pending_.contains(path)) {
    if (hasFile(path, "summary.json")) {
      pending_.remove(path);
      watcher_->removePath(path);
      finished_.insert(path);
      found.append(path);
    } else if (!QFileInfo::exists(path)) {
      pending_.remove(path); // cleared (a stopped run `twb compare` runs again); the folder sees it return
    }
  }
  if (!found.isEmpty())
    emit runsFinished(found);
}

} // namespace twb::ui
