#pragma once
// The Runs dock: every run finished in this session, runs opened from disk and the
// recent ones found in the runs folder, newest first. Selecting several compares
// them: the results table beside the list shows them (with their baselines), and
// selectedRunsChanged() lets the overlay plot draw their curves. A folder of run
// directories (`twb compare --out DIR`) is listed whole and watched: its runs join the
// list as they finish.
#include "compare/Comparison.h"

#include <QHash>
#include <QWidget>

#include <vector>

class QAction;
class QCheckBox;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSplitter;

namespace twb::ui {

class ResultsTable;
class RunFolderWatcher;

class RunList : public QWidget {
  Q_OBJECT

public:
  explicit RunList(QWidget* parent = nullptr);

  // Reads a run directory and lists it first (or finds it listed). `error` gets the
  // reason a folder is not a run; nothing is shown to the user here.
  RunPtr addRunDirectory(const QString& dir, QString* error = nullptr);
  // A run just finished: listed and selected; with `extendSelection` added to the
  // runs already selected (the baselines after their method), else selected alone.
  void addFinishedRun(const QString& dir, bool extendSelection);
  // Lists every finished run directory in `folder` and keeps watching it for more
  // (RunFolderWatcher). Returns how many were listed now; -1 with `error` when the
  // folder holds no run directory, finished or under way.
  int addRunFolder(const QString& folder, QString* error = nullptr);
  // File > Open Run…: a folder picker for a run directory or a folder of them, and a
  // message box if it is neither.
  void openRunDialog();
  // Lists up to `cap` runs under `runsFolder`, newest first; folders that are not
  // whole runs are skipped. Returns how many were listed.
  int loadRunsUnder(const QString& runsFolder, int cap = 50);

  std::vector<RunPtr> runs() const;         // newest first
  std::vector<RunPtr> selectedRuns() const; // in list order
  void selectRuns(const QStringList& dirs);

  QAction* openRunAction() const { return openRunAction_; }
  ResultsTable* resultsTable() const { return results_; }

signals:
  void selectedRunsChanged();
  // Runs were listed (finished here, opened, or found in a watched folder).
  void runsChanged();
  // The user opened a folder of runs (File > Open Run): a comparison to look at.
  void runFolderOpened(const QString& folder);

protected:
  void changeEvent(QEvent* event) override;

private:
  QListWidgetItem* itemFor(const QString& dir) const;
  RunPtr runOf(const QListWidgetItem* item) const;
  QListWidgetItem* insertRun(const RunPtr& run, int row);
  int addFinishedInFolder(const QStringList& dirs); // from a watched folder; how many were new
  void onSelectionChanged();
  void updateItemTexts();
  void retranslateUi();

  QSplitter* splitter_ = nullptr;
  QListWidget* list_ = nullptr;
  QPushButton* openButton_ = nullptr;
  QCheckBox* includeBaselines_ = nullptr;
  ResultsTable* results_ = nullptr;
  QAction* openRunAction_ = nullptr;
  RunFolderWatcher* folderWatcher_ = nullptr;
  QHash<QString, RunPtr> byDir_; // an item's Qt::UserRole holds its run's directory
};

} // namespace twb::ui
