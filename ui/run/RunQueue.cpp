#include "run/RunQueue.h"

#include "run/RunController.h"
#include "methods/Registry.h"
#include "run/TrainingJob.h"

#include <QTimer>

#include <algorithm>

namespace twb::ui {

RunQueue::RunQueue(RunController* controller, QObject* parent) : QObject(parent), controller_(controller) {
  connect(controller_, &RunController::runFinished, this, &RunQueue::onRunFinished);
  connect(controller_, &RunController::runningChanged, this, &RunQueue::onRunningChanged);
}

std::vector<twb::Experiment> RunQueue::baselinesOf(const twb::Experiment& experiment) {
  return twb::methodOf(experiment).baselines(experiment);
}

void RunQueue::start(const twb::Experiment& experiment, const QString& runsParent, bool withBaselines,
                     const std::vector<std::string>& onlyMethods) {
  if (controller_->isRunning())
    return;
  pending_.clear();
  // A bound has none; a method with baselines inside its run (zero-shot's) names none.
  if (withBaselines)
    for (twb::Experiment& baseline : baselinesOf(experiment))
      if (onlyMethods.empty() ||
          std::find(onlyMethods.begin(), onlyMethods.end(), baseline.method.name) != onlyMethods.end())
        pending_.push_back(std::move(baseline));
  runsParent_ = runsParent;
  index_ = 0;
  active_ = true;
  controller_->start(experiment, runsParent);
  if (!controller_->isRunning()) { // refused before it began; runFailed said why
    pending_.clear();
    active_ = false;
    emit batchEnded();
  }
}

void RunQueue::resume(const QString& runDir) {
  if (controller_->isRunning())
    return;
  pending_.clear();
  index_ = 0;
  active_ = true;
  if (!controller_->resume(runDir)) { // refused; runFailed said why
    active_ = false;
    emit batchEnded();
  }
}

void RunQueue::stop() {
  pending_.clear();
  controller_->stop();
}

void RunQueue::onRunFinished(const QString& runDir) {
  if (!active_)
    return;
  emit runFinished(runDir, index_);
}

void RunQueue::onRunningChanged(bool running) {
  if (running || !active_)
    return;
  // A stopped or failed run ends the batch: the user asked, or the next would fail alike.
  const TrainingJob* job = controller_->job();
  const bool ended = !job || job->stopRequested() || job->failure() != TrainingJob::Failure::None;
  if (pending_.empty() || ended) {
    pending_.clear();
    active_ = false;
    emit batchEnded();
    return;
  }
  // Not from inside the controller's signal: starting replaces the job that emits it.
  QTimer::singleShot(0, this, &RunQueue::startNext);
}

void RunQueue::startNext() {
  if (pending_.empty() || controller_->isRunning()) {
    active_ = false;
    emit batchEnded();
    return;
  }
  const twb::Experiment next = pending_.front();
  pending_.pop_front();
  ++index_;
  controller_->start(next, runsParent_);
  if (!controller_->isRunning()) {
    pending_.clear();
    active_ = false;
    emit batchEnded();
  }
}

} // namespace twb::ui
