#include "embedding/EmbeddingJob.h"

#include "common/CoreText.h"

#include "base/Errors.h"

#include <QMetaObject>

#include <algorithm>
#include <exception>
#include <utility>

namespace twb::ui {

EmbeddingJob::EmbeddingJob(twb::EmbeddingRequest request, twb::TsneParams params, EmbeddingPtr features,
                           QObject* parent)
    : QObject(parent), request_(std::move(request)), params_(params), features_(std::move(features)) {
  request_.cancel = &stop_;
}

EmbeddingJob::~EmbeddingJob() {
  stop_.store(true);
  if (thread_.joinable())
    thread_.join();
  // Queued notifications for this object are discarded by ~QObject.
}

void EmbeddingJob::start() {
  if (running_ || thread_.joinable())
    return; // a job runs once
  running_ = true;
  thread_ = std::thread([this] { work(); });
}

bool EmbeddingJob::takeLayout(EmbeddingLayout& out) {
  const std::lock_guard<std::mutex> lock(mutex_);
  if (!fresh_)
    return false;
  out = latest_;
  fresh_ = false;
  return true;
}

void EmbeddingJob::work() {
  // Reported back on the GUI thread: `message` empty and `stopped` say how it ended.
  auto done = [this](bool stopped, QString message) {
    QMetaObject::invokeMethod(
        this,
        [this, stopped, message] {
          running_ = false;
          if (message.isEmpty())
            emit finished(stopped);
          else
            emit failed(message);
        },
        Qt::QueuedConnection);
  };
  try {
    if (!features_) {
      auto extracted = std::make_shared<twb::EmbeddingData>(twb::extractEmbedding(request_));
      features_ = std::move(extracted);
    }
    const twb::EmbeddingData& d = *features_;
    twb::TsneParams p = params_;
    if (static_cast<double>(d.n) <= 3 * p.perplexity) // small sub-samples still get a map
      p.perplexity = std::max(1.0, static_cast<double>(d.n - 1) / 3.0 - 1.0);
    perplexityUsed_.store(p.perplexity);
    QMetaObject::invokeMethod(
        this, [this] { emit featuresReady(); }, Qt::QueuedConnection);
    const auto report = [this](int iteration, const std::vector<float>& coords, double kl) {
      const std::lock_guard<std::mutex> lock(mutex_);
      latest_.coords = coords;
      latest_.iteration = iteration;
      latest_.kl = kl;
      fresh_ = true;
    };
    const twb::TsneResult r = twb::runTsne(d.features, d.n, d.dim, p, report, &stop_);
    report(r.iterations, r.coords, r.kl);
    done(false, {});
  } catch (const twb::Cancelled&) {
    done(true, {});
  } catch (const std::exception& e) {
    done(false, errorText(e)); // translated here: QCoreApplication::translate is thread-safe
  } catch (...) {
    done(false, tr("the embedding failed for an unknown reason"));
  }
}

} // namespace twb::ui
