#pragma once
// Runs a method and then its baselines, one after the other, so every number the
// window produces has its bounds beside it: the baselines its method names
// (methods/Method.h; by default the lower and upper bound on the same domains, seed,
// steps, batch, learning rate and schedule), each into its own run directory. Stop
// ends the current run and drops the rest of the queue.
#include "experiment/Experiment.h"

#include <QObject>
#include <QString>

#include <deque>
#include <string>
#include <vector>

namespace twb::ui {

class RunController;

class RunQueue : public QObject {
  Q_OBJECT

public:
  explicit RunQueue(RunController* controller, QObject* parent = nullptr);

  // Starts `experiment` now; with `withBaselines`, queues its method's baselines after it
  // (only those whose method is in `onlyMethods`, when it names any: a lesson's time).
  void start(const twb::Experiment& experiment, const QString& runsParent, bool withBaselines,
             const std::vector<std::string>& onlyMethods = {});
  // Continues the stopped or killed run in `runDir` (no baselines follow it).
  void resume(const QString& runDir);
  // Stops the current run and cancels the rest.
  void stop();

  // True from start() until batchEnded().
  bool isActive() const { return active_; }
  int pending() const { return static_cast<int>(pending_.size()); }

  // The experiments a baseline queue runs after `experiment`, in order.
  static std::vector<twb::Experiment> baselinesOf(const twb::Experiment& experiment);

signals:
  // A queued run finished and was written; `indexInBatch` counts from 0 for the
  // run the user started.
  void runFinished(const QString& runDir, int indexInBatch);
  // The last run of the batch ended (finished, stopped, failed or cancelled).
  void batchEnded();

private:
  void onRunFinished(const QString& runDir);
  void onRunningChanged(bool running);
  void startNext();

  RunController* controller_;
  std::deque<twb::Experiment> pending_;
  QString runsParent_;
  int index_ = 0;
  bool active_ = false;
};

} // namespace twb::ui
