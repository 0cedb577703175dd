#include "run/TrainingJob.h"

#include "base/Errors.h"
#include "common/CoreText.h"

#include <QMetaObject>

#include <exception>
#include <utility>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace twb::ui {
namespace {

// Training takes every idle cycle but yields at once to the window, so on a busy
// machine it is the training that waits, not the user's clicks. On Linux the nice
// value is per thread, and the OpenMP threads torch starts from this one inherit it.
void yieldToTheWindow() {
#ifdef __linux__
  (void)setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
}

} // namespace

TrainingJob::TrainingJob(twb::Experiment experiment, std::string runDir, QObject* parent, bool resume)
    : QObject(parent), trainer_(std::move(experiment), runDir, resume), runDir_(std::move(runDir)) {
  totalSteps_.store(trainer_.experiment().training.steps);
}

TrainingJob::~TrainingJob() {
  trainer_.requestStop();
  if (thread_.joinable())
    thread_.join();
  // Any onWorkDone still queued for this object is discarded by ~QObject.
}

void TrainingJob::start() {
  if (running_ || thread_.joinable())
    return; // a job runs once
  running_ = true;
  thread_ = std::thread([this] { work(); });
}

void TrainingJob::stop() {
  trainer_.requestStop();
}

void TrainingJob::work() {
  yieldToTheWindow();
  twb::TrainerCallbacks callbacks;
  callbacks.onMetrics = [this](const twb::MetricRow& row) { metrics_.push(LiveItem{row, std::nullopt, 0}); };
  callbacks.onPhase = [this](twb::RunPhase phase, std::int64_t steps) {
    metrics_.push(LiveItem{{}, phase, steps});
  };
  callbacks.onProgress = [this](std::int64_t step, std::int64_t total) {
    totalSteps_.store(total);
    step_.store(step);
  };
  callbacks.onEvent = [this](const twb::RunEvent& event) { events_.push(event); };

  try {
    result_ = trainer_.run(callbacks);
  } catch (const twb::InputError& error) {
    failure_ = Failure::BadInput;
    error_ = errorText(error); // QCoreApplication::translate is thread-safe
  } catch (const twb::RunError& error) {
    failure_ = Failure::RunFailed;
    error_ = errorText(error);
  } catch (const std::exception& error) {
    failure_ = Failure::Internal;
    error_ = errorText(error);
  } catch (...) {
    failure_ = Failure::Internal; // error_ stays empty: the GUI thread words it
  }
  QMetaObject::invokeMethod(
      this, [this] { onWorkDone(); }, Qt::QueuedConnection);
}

void TrainingJob::onWorkDone() {
  if (thread_.joinable())
    thread_.join(); // the thread has nothing left to do but return
  running_ = false;
  if (failure_ == Failure::None)
    emit finished();
  else
    emit failed(error_.isEmpty() ? tr("The run ended with an unknown error.") : error_);
}

} // namespace twb::ui
