#pragma once
// Folders of run directories that fill while the window is open: `twb compare
// EXPERIMENT --out DIR` in a terminal writes one run directory a cell. A run directory
// counts once its summary.json is there (a run writes it last), and is reported once.
// Watched with QFileSystemWatcher: the folder for new run directories, each unfinished
// one for its summary.
#include <QObject>
#include <QSet>
#include <QStringList>

class QFileSystemWatcher;

namespace twb::ui {

class RunFolderWatcher : public QObject {
  Q_OBJECT

public:
  explicit RunFolderWatcher(QObject* parent = nullptr);

  // Whether `folder` holds run directories, finished or under way (a sub-folder with
  // experiment.json or summary.json): what `twb compare --out` writes.
  static bool isFolderOfRuns(const QString& folder);
  // A folder's one spelling (absolute, cleaned): how the watcher and the run list
  // compare run directories.
  static QString normalized(const QString& dir);

  // Starts watching `folder` (again: nothing new) and returns the run directories
  // already finished in it, which are not reported again.
  QStringList watch(const QString& folder);
  QStringList folders() const;

signals:
  // Run directories whose summary.json appeared since they were last looked at.
  void runsFinished(const QStringList& dirs);

private:
  QStringList scan(const QString& folder);
  void onDirectoryChanged(const QString& path);

  QFileSystemWatcher* watcher_ = nullptr;
  QSet<QString> folders_;  // the folders of runs
  QSet<QString> finished_; // run directories reported (or returned by watch)
  QSet<QString> pending_;  // run directories under way, watched for their summary
};

} // namespace twb::ui
