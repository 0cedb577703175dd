#pragma once
// Starts and stops runs for the window and feeds their live output to the views. A
// 100 ms timer drains the job's buffers, so the curves redraw at most ten times a
// second however fast the trainer reports, and the window never waits on training.
#include "experiment/Experiment.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace twb::ui {

class CurvesView;
class RunLogView;
class RunProgress;
class TrainingJob;

class RunController : public QObject {
  Q_OBJECT

public:
  RunController(CurvesView* curves, RunLogView* log, RunProgress* progress, QObject* parent = nullptr);
  // Stops a run still going and waits for its thread (at most one training step).
  ~RunController() override;

  bool isRunning() const;
  // Starts `experiment` on a worker thread, its run directory under `runsParent`.
  // Problems found before the thread starts are reported through runFailed too.
  void start(const twb::Experiment& experiment, const QString& runsParent);
  // Continues the stopped or killed run in `runDir` from its last checkpoint, its
  // earlier curves drawn first. A run that cannot resume is reported through
  // runFailed, naming why, and nothing starts. Returns whether it started.
  bool resume(const QString& runDir);
  // Returns at once; runningChanged(false) follows when the trainer has stopped.
  void stop();

  // The current or last job (nullptr before the first run).
  const TrainingJob* job() const { return job_.get(); }

  static constexpr int kRefreshIntervalMs = 100;

signals:
  void runningChanged(bool running);
  // A run ended and wrote its run directory (emitted before runningChanged(false)).
  void runFinished(const QString& runDir);
  void runFailed(const QString& title, const QString& message);
  // The run was refused before its first step (bad data or recipe): nothing was
  // written, and the views it had cleared should show again what they showed before.
  void inputRejected();
  void statusMessage(const QString& message);

private:
  void clearViews(const twb::Experiment& experiment); // curves, log and progress for a run of it
  void launch(std::unique_ptr<TrainingJob> job);
  void refresh();
  void onFinished();
  void onFailed(const QString& message);

  CurvesView* curves_;
  RunLogView* log_;
  RunProgress* progress_;
  QTimer refreshTimer_;
  std::unique_ptr<TrainingJob> job_;
};

} // namespace twb::ui
