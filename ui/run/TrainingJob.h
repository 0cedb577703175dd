#pragma once
// One training run on a worker thread: a twb::Trainer, the std::thread that runs it
// (joined on destruction, so a job never outlives its thread), and the buffers the
// GUI drains. The end of the run reaches the GUI thread by queued invocation.
#include "run/MetricsBuffer.h"
#include "training/Trainer.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

namespace twb::ui {

class TrainingJob : public QObject {
  Q_OBJECT

public:
  enum class Failure { None, BadInput, RunFailed, Internal };

  // runDir empty: train without writing a run directory. resume: runDir holds a
  // stopped or killed run of `experiment` to continue (twb::experimentToResume).
  TrainingJob(twb::Experiment experiment, std::string runDir, QObject* parent = nullptr, bool resume = false);
  // Asks the run to stop and waits for its thread.
  ~TrainingJob() override;

  TrainingJob(const TrainingJob&) = delete;
  TrainingJob& operator=(const TrainingJob&) = delete;

  void start();
  // Returns at once; the trainer notices within one step and ends with "stopped".
  void stop();

  // GUI thread only: true from start() until finished() or failed() is emitted.
  bool isRunning() const { return running_; }
  bool stopRequested() const { return trainer_.stopRequested(); }

  // What arrived from the training thread since the last call.
  std::vector<LiveItem> takeMetrics() { return metrics_.takeAll(); }
  std::vector<twb::RunEvent> takeEvents() { return events_.takeAll(); }
  std::int64_t step() const { return step_.load(); }
  std::int64_t totalSteps() const { return totalSteps_.load(); }

  const twb::Experiment& experiment() const { return trainer_.experiment(); }
  const std::string& runDir() const { return runDir_; }
  // Valid once finished() was emitted.
  const twb::TrainResult& result() const { return result_; }
  // Valid once failed() was emitted.
  Failure failure() const { return failure_; }

signals:
  void finished(); // completed or stopped; result() holds the summary
  void failed(const QString& message);

private:
  void work();       // the training thread
  void onWorkDone(); // back on the GUI thread

  twb::Trainer trainer_;
  std::string runDir_;
  MetricsBuffer metrics_;
  EventBuffer events_;
  std::atomic<std::int64_t> step_{0};
  std::atomic<std::int64_t> totalSteps_{0};
  bool running_ = false;

  // Written by the training thread before it posts onWorkDone, read by the GUI after:
  // the event queue orders the two.
  twb::TrainResult result_;
  Failure failure_ = Failure::None;
  QString error_; // in the window's language

  std::thread thread_; // last member: joined before the buffers above go away
};

} // namespace twb::ui
