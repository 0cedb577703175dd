#include "translation/TranslationTask.h"

#include <QMetaObject>

#include <utility>

namespace twb::ui {

TranslationTask::TranslationTask(Work work, QObject* parent) : QObject(parent), work_(std::move(work)) {}

TranslationTask::~TranslationTask() {
  if (thread_.joinable())
    thread_.join();
  // Queued deliveries for this object are discarded by ~QObject.
}

void TranslationTask::start() {
  if (thread_.joinable())
    return; // a task runs once
  thread_ = std::thread([this] {
    Delivery delivery = work_();
    QMetaObject::invokeMethod(
        this,
        [this, delivery] {
          if (delivery)
            delivery();
          emit finished();
        },
        Qt::QueuedConnection);
  });
}

} // namespace twb::ui
