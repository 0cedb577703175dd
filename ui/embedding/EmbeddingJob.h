#pragma once
// One embedding on a worker thread: the run's features at a layer (unless the same
// features are handed in, already extracted), then t-SNE of them. The thread is owned
// by the job and joined on destruction; the newest layout waits in a locked slot that
// the panel's coalescing timer takes, so the GUI redraws at its own pace, not once per
// iteration. The job's end reaches the GUI thread by queued invocation.
#include "embed/Embedding.h"
#include "tsne/Tsne.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace twb::ui {

using EmbeddingPtr = std::shared_ptr<const twb::EmbeddingData>;

// A layout as t-SNE reported it.
struct EmbeddingLayout {
  std::vector<float> coords; // n * 2
  int iteration = 0;
  double kl = 0;
};

class EmbeddingJob : public QObject {
  Q_OBJECT

public:
  // `features` null: extract them with `request` first.
  EmbeddingJob(twb::EmbeddingRequest request, twb::TsneParams params, EmbeddingPtr features, QObject* parent = nullptr);
  // Asks the work to stop and waits for its thread.
  ~EmbeddingJob() override;

  EmbeddingJob(const EmbeddingJob&) = delete;
  EmbeddingJob& operator=(const EmbeddingJob&) = delete;

  void start();
  // Returns at once; extraction or t-SNE notices within a chunk or an iteration.
  void stop() { stop_.store(true); }

  // GUI thread: true from start() until finished() or failed().
  bool isRunning() const { return running_; }
  const twb::TsneParams& params() const { return params_; }
  const twb::EmbeddingRequest& request() const { return request_; }
  // The perplexity t-SNE uses: the one asked for, lowered when there are fewer than
  // 3 * perplexity + 1 points (valid once featuresReady() was emitted).
  double perplexityUsed() const { return perplexityUsed_.load(); }
  // Valid once featuresReady() was emitted.
  EmbeddingPtr features() const { return features_; }
  // The newest layout since the last call, if any.
  bool takeLayout(EmbeddingLayout& out);

signals:
  void featuresReady();
  // t-SNE ran to the end (stopped == false) or was stopped on request.
  void finished(bool stopped);
  void failed(const QString& message);

private:
  void work();

  twb::EmbeddingRequest request_;
  twb::TsneParams params_;
  EmbeddingPtr features_;
  std::atomic<bool> stop_{false};
  std::atomic<double> perplexityUsed_{0};
  bool running_ = false;

  std::mutex mutex_;
  EmbeddingLayout latest_;
  bool fresh_ = false;

  std::thread thread_; // last member: joined before the fields above go away
};

} // namespace twb::ui
