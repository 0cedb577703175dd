#pragma once
// One piece of the Translation tab's slow work (reading a checkpoint, translating
// images) on a thread of its own. As ConfusionJob: the task owns its thread and joins
// it on destruction, and its result reaches the GUI thread by queued invocation, so the
// window never waits for it. The work returns what to do with its result on the GUI
// thread; that is dropped if the task is destroyed first.
#include <QObject>

#include <functional>
#include <thread>

namespace twb::ui {

class TranslationTask : public QObject {
  Q_OBJECT

public:
  // What runs on the GUI thread once the work is done.
  using Delivery = std::function<void()>;
  // Runs on the task's thread; must not touch widgets, and catches what it throws.
  using Work = std::function<Delivery()>;

  explicit TranslationTask(Work work, QObject* parent = nullptr);
  // Waits for the thread (a translation or a checkpoint read: well under a second).
  ~TranslationTask() override;

  TranslationTask(const TranslationTask&) = delete;
  TranslationTask& operator=(const TranslationTask&) = delete;

  void start();

signals:
  // After the delivery ran; the task may then be deleted.
  void finished();

private:
  Work work_;
  std::thread thread_; // last member: joined before the work goes away
};

} // namespace twb::ui
