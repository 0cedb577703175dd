#pragma once
// File > Export Report…: the handout (report/) of what the Runs dock shows, as HTML or
// PDF, written on a worker thread (drawing the curves and laying out the pages takes
// a moment with many runs). What it exports: the open comparison (a folder opened with
// File > Open Run, when nothing outside it is selected), else the selected runs with
// their baselines.
#include <QObject>
#include <QString>

#include "report/ReportInput.h"

#include <atomic>
#include <functional>
#include <thread>

class QAction;
class QWidget;

namespace twb::ui {

class RunList;

class ReportExport : public QObject {
  Q_OBJECT

public:
  // `window` parents the dialogs and shows the status message; `runs` says what to export.
  ReportExport(RunList* runs, QWidget* window);
  ~ReportExport() override;

  QAction* action() const { return action_; }
  bool isBusy() const { return busy_; }
  // Writes the report of the current runs to `path` on the worker thread; finished()
  // tells how it went. False (and nothing started) while one is being written or when
  // there is nothing to export.
  bool exportTo(const QString& path);
  // Writes the report of what `make` reads (on the worker thread) to `path`: a lesson's
  // runs with its text. False while one is being written.
  bool exportInput(const QString& path, std::function<report::ReportInput()> make);

  // Asks where to write a report (HTML or PDF; the chosen filter's suffix added when the
  // name has none); empty when the user cancels.
  static QString askReportPath(QWidget* parent, const QString& title, const QString& defaultName);

signals:
  // `error` is empty on success, else one sentence naming the file or the run.
  void finished(const QString& path, const QString& error);

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  void exportWithDialog();
  void onFinished(const QString& path, const QString& error);
  void retranslateUi();

  RunList* runs_ = nullptr;
  QWidget* window_ = nullptr;
  QAction* action_ = nullptr;
  QString openFolder_; // the folder last opened from File > Open Run, if any
  std::atomic<bool> busy_{false};
  std::thread thread_; // last: joined before the members above go away
};

} // namespace twb::ui
