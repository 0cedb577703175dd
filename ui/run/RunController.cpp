#include "run/RunController.h"

#include "base/AtomicFile.h"
#include "common/CoreText.h"
#include "curves/CurvesView.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"
#include "training/Metrics.h"
#include "run/RunLogView.h"
#include "run/RunProgress.h"
#include "training/Trainer.h"
#include "run/TrainingJob.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace twb::ui {

RunController::RunController(CurvesView* curves, RunLogView* log, RunProgress* progress, QObject* parent)
    : QObject(parent), curves_(curves), log_(log), progress_(progress) {
  refreshTimer_.setInterval(kRefreshIntervalMs);
  connect(&refreshTimer_, &QTimer::timeout, this, &RunController::refresh);
}

RunController::~RunController() = default; // ~TrainingJob stops and joins

bool RunController::isRunning() const {
  return job_ && job_->isRunning();
}

void RunController::start(const twb::Experiment& experiment, const QString& runsParent) {
  if (isRunning())
    return;
  // Nothing on screen has changed yet, and nothing does: the message box tells why.
  const auto reportSetupError = [this](const QString& message) {
    emit runFailed(tr("The experiment cannot run"), message);
  };
  if (!QDir().mkpath(runsParent)) {
    reportSetupError(tr("Cannot create the runs folder %1.").arg(QDir::toNativeSeparators(runsParent)));
    return;
  }
  std::string runDir;
  try {
    // Checked here, on the GUI thread, so a bad value is reported before anything starts.
    twb::parseExperiment(twb::experimentToJson(experiment), "the experiment settings");
    runDir = twb::defaultRunDir(experiment, QFile::encodeName(runsParent).toStdString());
  } catch (const std::exception& error) {
    reportSetupError(errorText(error));
    return;
  }

  clearViews(experiment);
  log_->appendLine([name = QString::fromStdString(experiment.name),
                    method = QString::fromStdString(twb::methodOf(experiment).name()),
                    source = QString::fromStdString(experiment.source.dataset),
                    target = QString::fromStdString(experiment.target.dataset),
                    dir = QDir::toNativeSeparators(QFile::decodeName(runDir.c_str()))] {
    return tr("Starting “%1”: %2 on %3 → %4, run directory %5").arg(name, method, source, target, dir);
  });
  launch(std::make_unique<TrainingJob>(experiment, runDir));
}

bool RunController::resume(const QString& runDir) {
  if (isRunning())
    return false;
  const std::string dir = QFile::encodeName(runDir).toStdString();
  twb::Experiment experiment;
  std::int64_t step = 0;
  std::vector<twb::MetricRow> before;
  try {
    // Checked here, on the GUI thread (no dataset is read), so a run that cannot
    // resume is named before anything on screen changes.
    experiment = twb::experimentToResume(dir, &step);
    const std::string metrics = dir + "/metrics.csv";
    for (twb::MetricRow& row : twb::parseMetricsCsv(twb::readFile(metrics), metrics))
      if (row.step < step)
        before.push_back(std::move(row));
  } catch (const std::exception& error) {
    emit runFailed(tr("The run cannot resume"), errorText(error));
    return false;
  }
  clearViews(experiment);
  curves_->append(before); // the part trained before the stop; the rest arrives live
  log_->appendLine([name = QString::fromStdString(experiment.name), step, steps = experiment.training.steps,
                    shown = QDir::toNativeSeparators(runDir)] {
    return tr("Resuming “%1” at step %2 of %3, run directory %4").arg(name).arg(step).arg(steps).arg(shown);
  });
  progress_->setProgress(step, experiment.training.steps);
  launch(std::make_unique<TrainingJob>(experiment, dir, nullptr, true));
  return true;
}

void RunController::clearViews(const twb::Experiment& experiment) {
  curves_->clear(experiment.training.steps);
  curves_->setTrainsOnTargetLabels(twb::trainsOnTargetLabels(experiment));
  log_->clear();
  progress_->begin(experiment.training.steps);
}

void RunController::launch(std::unique_ptr<TrainingJob> job) {
  job_ = std::move(job);
  connect(job_.get(), &TrainingJob::finished, this, &RunController::onFinished);
  connect(job_.get(), &TrainingJob::failed, this, &RunController::onFailed);
  job_->start();
  refreshTimer_.start();
  emit statusMessage(tr("Training…"));
  emit runningChanged(true);
}

void RunController::stop() {
  if (!isRunning() || job_->stopRequested())
    return;
  job_->stop();
  log_->appendLine([] { return tr("Stopping at the end of the current step…"); });
  emit statusMessage(tr("Stopping…"));
}

void RunController::refresh() {
  if (!job_)
    return;
  // Everything since the last tick in one go: one redraw, one log append. A two-part
  // run's next part starts the curves afresh.
  std::vector<twb::MetricRow> rows;
  for (LiveItem& item : job_->takeMetrics()) {
    if (item.phase) {
      curves_->append(rows);
      rows.clear();
      curves_->beginPhase(*item.phase, item.phaseSteps);
    } else {
      rows.push_back(std::move(item.row));
    }
  }
  curves_->append(rows);
  log_->appendEvents(job_->takeEvents());
  progress_->setProgress(job_->step(), job_->totalSteps());
}

void RunController::onFinished() {
  refreshTimer_.stop();
  refresh();
  progress_->end();
  const twb::TrainResult& result = job_->result();
  log_->showSummary(job_->experiment(), result);
  const QLocale locale;
  const QString target = locale.toString(result.summary.targetTestAcc * 100.0, 'f', 2);
  if (result.summary.status == "stopped")
    emit statusMessage(tr("Run stopped after %1 steps; target accuracy %2%").arg(result.summary.steps).arg(target));
  else
    emit statusMessage(tr("Run finished; target accuracy %1%").arg(target));
  if (!result.runDir.empty())
    emit runFinished(QFile::decodeName(result.runDir.c_str()));
  emit runningChanged(false);
}

void RunController::onFailed(const QString& message) {
  refreshTimer_.stop();
  refresh();
  progress_->end();
  QString title;
  switch (job_->failure()) {
  case TrainingJob::Failure::BadInput:
    title = tr("The experiment cannot run");
    break;
  case TrainingJob::Failure::RunFailed:
    title = tr("The run failed");
    break;
  case TrainingJob::Failure::None:
  case TrainingJob::Failure::Internal:
    title = tr("Unexpected error");
    break;
  }
  emit statusMessage(title);
  if (job_->failure() == TrainingJob::Failure::BadInput) {
    // The run never began (its data or recipe was refused before the first step):
    // whoever shows runs puts back what was on screen before Start.
    emit inputRejected();
  } else {
    log_->appendLine([message] { return tr("Error: %1").arg(message); });
  }
  emit runningChanged(false);
  emit runFailed(title, message);
}

} // namespace twb::ui
