#include "confusion/ConfusionJob.h"

#include "common/CoreText.h"

#include "base/Errors.h"

#include <QMetaObject>

#include <exception>
#include <utility>

namespace twb::ui {

ConfusionJob::ConfusionJob(QString runDir, QString spec, QObject* parent)
    : QObject(parent), runDir_(std::move(runDir)), spec_(std::move(spec)) {}

ConfusionJob::~ConfusionJob() {
  stop_.store(true);
  if (thread_.joinable())
    thread_.join();
  // Queued notifications for this object are discarded by ~QObject.
}

void ConfusionJob::start() {
  if (thread_.joinable())
    return; // a job runs once
  thread_ = std::thread([this] { work(); });
}

void ConfusionJob::work() {
  // Both end on the GUI thread; a stopped job says nothing (its panel is going away
  // or no longer wants it).
  try {
    auto result = std::make_shared<RunConfusion>();
    result->predictions = twb::predictRun(runDir_.toStdString(), spec_.toStdString(), &stop_);
    result->matrix = twb::confusionOf(result->predictions);
    RunConfusionPtr done = std::move(result);
    QMetaObject::invokeMethod(
        this, [this, done] { emit finished(done); }, Qt::QueuedConnection);
  } catch (const twb::Cancelled&) {
  } catch (const std::exception& e) {
    const QString message = errorText(e); // translated here: QCoreApplication::translate is thread-safe
    QMetaObject::invokeMethod(
        this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
  } catch (...) {
    const QString message = tr("the predictions could not be computed for an unknown reason");
    QMetaObject::invokeMethod(
        this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
  }
}

} // namespace twb::ui
