#include "model/SweepJob.h"

#include "common/CoreText.h"

#include "base/Errors.h"

namespace twb::ui {

SweepJob::SweepJob(twb::Experiment experiment, std::string outDir, bool copyLast, QObject* parent)
    : QObject(parent), sweep_(std::move(experiment), outDir, copyLast), outDir_(std::move(outDir)) {
  connect(this, &SweepJob::finished, this, [this] { running_ = false; });
  connect(this, &SweepJob::failed, this, [this] { running_ = false; });
}

SweepJob::~SweepJob() {
  sweep_.requestStop();
  if (thread_.joinable())
    thread_.join();
}

QStringList SweepJob::layers() const {
  QStringList out;
  for (const auto& l : sweep_.layers())
    out << QString::fromStdString(l);
  return out;
}

void SweepJob::start() {
  if (running_)
    return;
  running_ = true;
  thread_ = std::thread([this] { work(); });
}

void SweepJob::stop() {
  sweep_.requestStop();
}

void SweepJob::work() {
  twb::SweepCallbacks cb;
  cb.onCell = [this](const twb::SweepCell& c) {
    emit cellFinished(c.k, QString::fromStdString(c.variant), c.targetAcc, c.cached);
  };
  cb.onProgress = [this](int done, int total) { emit progress(done, total); };
  cb.onEvent = [this](const twb::RunEvent& event) { emit logLine(coreText(event.text)); };
  try {
    result_ = sweep_.run(cb);
    emit finished();
  } catch (const std::exception& e) {
    emit failed(errorText(e));
  }
}

} // namespace twb::ui
