#include "embedding/EmbeddingMap.h"

#include "common/CoreText.h"
#include "embedding/EmbeddingScatter.h"
#include "embedding/PinnedEmbedding.h"

#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace twb::ui {

EmbeddingMap::EmbeddingMap(QWidget* parent) : QWidget(parent) {
  scatter_ = new EmbeddingScatter(this);
  scatter_->setObjectName(QStringLiteral("embeddingScatter"));
  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("embeddingStatus"));
  // Wrapped, so a long status ("Done: ... all 1,000 source and all 1,000 target test
  // images") takes a second line instead of widening the window past the screen.
  status_->setWordWrap(true);
  pinned_ = new PinnedEmbedding(this);
  // With a map pinned, the live one gets the same caption, so each says what it is.
  liveCaption_ = new QLabel(this);
  liveCaption_->setObjectName(QStringLiteral("liveCaption"));
  liveCaption_->setWordWrap(true);
  liveCaption_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  liveCaption_->hide();
  auto* live = new QWidget(this);
  auto* liveLayout = new QVBoxLayout(live);
  liveLayout->setContentsMargins(0, 0, 0, 0);
  liveLayout->addWidget(liveCaption_);
  liveLayout->addWidget(scatter_, 1);
  maps_ = new QSplitter(Qt::Horizontal, this);
  maps_->setChildrenCollapsible(false);
  maps_->addWidget(pinned_);
  maps_->addWidget(live);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(maps_, 1);
  layout->addWidget(status_);
  connect(pinned_, &PinnedEmbedding::unpinned, liveCaption_, &QLabel::hide);

  redraw_ = new QTimer(this);
  redraw_->setInterval(40); // at most 25 redraws a second, however fast t-SNE reports
  connect(redraw_, &QTimer::timeout, this, &EmbeddingMap::drainLayout);
}

EmbeddingMap::~EmbeddingMap() = default;

void EmbeddingMap::retranslateUi() {
  if (!isRunning() && !features_)
    setStatus([] { return tr("Choose a trained run and a layer, then Run. Wheel zooms, drag pans, double-click fits."); });
  else if (statusText_)
    status_->setText(statusText_());
  if (features_) // translated text, so read again on a language switch
    recipe_ = EmbeddingCaption::recipeFor(*features_);
}

bool EmbeddingMap::isRunning() const {
  return job_ && job_->isRunning();
}

bool EmbeddingMap::canPin() const {
  return !isRunning() && features_ && lastLayout_.iteration > 0;
}

void EmbeddingMap::showStatus(const QString& text) {
  setStatus([text] { return text; });
}

void EmbeddingMap::setStatus(std::function<QString()> text) {
  statusText_ = std::move(text);
  status_->setText(statusText_());
}

void EmbeddingMap::run(const twb::EmbeddingRequest& req, const twb::TsneParams& params) {
  plannedIterations_ = params.iterations;
  stop_ = {};
  // The same features again (only t-SNE's settings changed): skip the extraction.
  EmbeddingPtr reuse;
  if (features_ && features_->runDir == req.runDir && features_->layer == req.layer && job_ &&
      job_->request().maxPerDomain == req.maxPerDomain && job_->request().seed == req.seed)
    reuse = features_;
  job_.reset(); // stops and joins the previous one; its queued signals die with it
  job_ = std::make_unique<EmbeddingJob>(req, params, reuse);
  connect(job_.get(), &EmbeddingJob::featuresReady, this, &EmbeddingMap::onFeaturesReady);
  connect(job_.get(), &EmbeddingJob::finished, this, &EmbeddingMap::onFinished);
  connect(job_.get(), &EmbeddingJob::failed, this, &EmbeddingMap::onFailed);
  setStatus([reused = reuse != nullptr, layer = QString::fromStdString(req.layer)] {
    return reused ? tr("Running t-SNE…") : tr("Extracting %1 features…").arg(layer);
  });
  job_->start();
  setRunning(true);
}

void EmbeddingMap::stop() {
  if (job_)
    job_->stop();
}

void EmbeddingMap::setRunning(bool running) {
  if (running)
    redraw_->start();
  else
    redraw_->stop();
  emit runningChanged(running);
}

void EmbeddingMap::onFeaturesReady() {
  const bool fresh = features_ != job_->features();
  features_ = job_->features();
  if (fresh)
    scatter_->setData(features_);
  lastLayout_ = {};
  setStatus([counts = features_->countsText()] { return tr("Running t-SNE on %1…").arg(coreText(counts)); });
  emit featuresReady(fresh);
}

void EmbeddingMap::drainLayout() {
  if (!job_ || !job_->takeLayout(lastLayout_))
    return;
  scatter_->setLayout(lastLayout_.coords);
  setStatus([iteration = lastLayout_.iteration, of = job_->params().iterations, kl = lastLayout_.kl] {
    return tr("Iteration %1 of %2, KL divergence %3").arg(iteration).arg(of).arg(kl, 0, 'f', 3);
  });
  emit layoutShown(lastLayout_.iteration);
}

void EmbeddingMap::pin() {
  const bool wasPinned = pinned_->isPinned();
  pinned_->pin(features_, lastLayout_.coords, [data = features_, stop = stop_] {
    return EmbeddingCaption::captionFor(*data, EmbeddingCaption::recipeFor(*data), stop);
  });
  liveCaption_->show();
  if (!wasPinned) { // half the room each: two maps compared at the same size
    const int half = maps_->width() / 2;
    maps_->setSizes({half, maps_->width() - half});
  }
}

void EmbeddingMap::onFinished(bool stopped) {
  drainLayout();
  stop_ = stopped && lastLayout_.iteration < plannedIterations_ ? MapStop{lastLayout_.iteration, plannedIterations_}
                                                                : MapStop{};
  setRunning(false);
  const auto iteration = lastLayout_.iteration;
  const double kl = lastLayout_.kl;
  if (stopped)
    setStatus([iteration, kl] {
      return iteration > 0 ? tr("Stopped at iteration %1 (KL divergence %2).").arg(iteration).arg(kl, 0, 'f', 3)
                           : tr("Stopped.");
    });
  else
    setStatus([iteration, kl, features = features_] {
      return tr("Done: %1 iterations, KL divergence %2. %3")
          .arg(iteration)
          .arg(kl, 0, 'f', 3)
          .arg(features ? coreText(features->countsText()) : QString());
    });
  emit finished();
}

void EmbeddingMap::onFailed(const QString& message) {
  setRunning(false);
  showStatus(message);
  emit failed(message);
}

void EmbeddingMap::updateCaption() {
  liveCaption_->setText(captionText());
}

QString EmbeddingMap::captionText() const {
  return features_ ? EmbeddingCaption::captionFor(*features_, recipe_, stop_) : QString();
}

} // namespace twb::ui
