#pragma once
// The Embedding tab's map: the live scatter (with its caption while a map is pinned
// beside it), the pinned map, and the status line under them; and the t-SNE job that
// feeds the live map. Extraction and t-SNE run on the job's thread; a coalescing
// timer draws the newest layout at most 25 times a second. The features stay for the
// next run: when only t-SNE's settings change they are not extracted again.
#include "embedding/EmbeddingCaption.h"
#include "embedding/EmbeddingJob.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QSplitter;
class QTimer;

namespace twb::ui {

class EmbeddingScatter;
class PinnedEmbedding;

class EmbeddingMap : public QWidget {
  Q_OBJECT

public:
  explicit EmbeddingMap(QWidget* parent = nullptr);
  ~EmbeddingMap() override; // the job's destructor stops and joins its thread

  // Maps the run's layer; the features shown are kept when the request asks for them again.
  void run(const twb::EmbeddingRequest& request, const twb::TsneParams& params);
  void stop();
  bool isRunning() const;
  // Whether a finished map is there to pin.
  bool canPin() const;
  // Keeps the finished map beside the live one; pinning again replaces it.
  void pin();

  void showStatus(const QString& text);
  // The live map's caption (shown while a map is pinned), from its features and recipe.
  void updateCaption();
  QString captionText() const;
  void retranslateUi();

  EmbeddingScatter* scatter() const { return scatter_; }
  PinnedEmbedding* pinned() const { return pinned_; }
  EmbeddingPtr features() const { return features_; }
  // The job in progress or last run (null before the first).
  const EmbeddingJob* job() const { return job_.get(); }
  // The run's recipe and accuracies, beside the numbers and in the caption.
  QString recipe() const { return recipe_; }

signals:
  void runningChanged(bool running);
  // The job's features reached the map; `fresh` when they are not the ones shown before.
  void featuresReady(bool fresh);
  // A new layout reached the screen.
  void layoutShown(int iteration);
  // t-SNE ended (ran out or was stopped) and the map says so.
  void finished();
  void failed(const QString& message);

private:
  void onFeaturesReady();
  void onFinished(bool stopped);
  void onFailed(const QString& message);
  void drainLayout();
  void setRunning(bool running);

  EmbeddingScatter* scatter_ = nullptr;
  PinnedEmbedding* pinned_ = nullptr;
  QSplitter* maps_ = nullptr; // the pinned map and the live one
  QLabel* liveCaption_ = nullptr;
  QLabel* status_ = nullptr;
  std::function<QString()> statusText_; // worded again on a language switch
  void setStatus(std::function<QString()> text);
  QTimer* redraw_ = nullptr;

  std::unique_ptr<EmbeddingJob> job_;
  EmbeddingPtr features_;      // what the map shows
  QString recipe_;             // the run's recipe and accuracies
  EmbeddingLayout lastLayout_; // the newest layout shown
  MapStop stop_;               // the live map's early stop, if any
  int plannedIterations_ = 0;  // of the t-SNE run in progress or last run
};

} // namespace twb::ui
