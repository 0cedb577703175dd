#pragma once
// One run's predictions on a dataset, computed on a worker thread (loading the
// dataset and running the network takes seconds). As EmbeddingJob: the job owns its
// thread and joins it on destruction (a stop flag makes that quick), and its result
// reaches the GUI thread by queued invocation, so the window never waits for it.
#include "training/Confusion.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace twb::ui {

// A run's predictions and the confusion matrix counted from them, kept together:
// the matrix's cells index the predictions' images.
struct RunConfusion {
  twb::RunPredictions predictions;
  twb::ConfusionMatrix matrix;
};
using RunConfusionPtr = std::shared_ptr<const RunConfusion>;

class ConfusionJob : public QObject {
  Q_OBJECT

public:
  ConfusionJob(QString runDir, QString spec, QObject* parent = nullptr);
  // Asks the work to stop and waits for its thread.
  ~ConfusionJob() override;

  ConfusionJob(const ConfusionJob&) = delete;
  ConfusionJob& operator=(const ConfusionJob&) = delete;

  void start();
  const QString& runDir() const { return runDir_; }

signals:
  void finished(twb::ui::RunConfusionPtr result);
  void failed(const QString& message);

private:
  void work();

  QString runDir_, spec_;
  std::atomic<bool> stop_{false};
  std::thread thread_; // last member: joined before the fields above go away
};

} // namespace twb::ui
