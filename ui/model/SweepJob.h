#pragma once
// The layer-transfer sweep on a worker thread: a twb::LayerSweep, the std::thread
// that runs it (joined on destruction), and signals that reach the GUI thread queued
// as each cell finishes, so the plot fills in while the window stays responsive.
#include "methods/finetune/LayerSweep.h"

#include <QObject>
#include <QString>

#include <thread>

namespace twb::ui {

class SweepJob : public QObject {
  Q_OBJECT

public:
  SweepJob(twb::Experiment experiment, std::string outDir, bool copyLast, QObject* parent = nullptr);
  ~SweepJob() override; // asks the sweep to stop and waits for its thread

  SweepJob(const SweepJob&) = delete;
  SweepJob& operator=(const SweepJob&) = delete;

  void start();
  void stop(); // returns at once; the running cell stops within a step
  bool isRunning() const { return running_; }
  QStringList layers() const;
  const std::string& outDir() const { return outDir_; }
  // Valid once finished() was emitted.
  const twb::SweepResult& result() const { return result_; }

signals:
  void cellFinished(int k, const QString& variant, double accuracy, bool cached);
  void progress(int done, int total);
  void logLine(const QString& line);
  void finished(); // completed or stopped
  void failed(const QString& message);

private:
  void work(); // the sweep thread

  twb::LayerSweep sweep_;
  std::string outDir_;
  bool running_ = false;
  twb::SweepResult result_;
  std::thread thread_; // last: joined before the members above go away
};

} // namespace twb::ui
