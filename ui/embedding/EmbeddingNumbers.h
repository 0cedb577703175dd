#pragma once
// The Embedding tab's numbers beside the map: domain mixing, class separation and
// the proxy A-distance of the features (a zero-shot run's joint space: how often an
// unseen image's nearest class embedding is its own), then the run's recipe, the
// counts of images and the t-SNE settings they come from.
#include "embedding/EmbeddingJob.h"

#include <QLabel>
#include <QString>

namespace twb::ui {

class EmbeddingNumbers : public QLabel {
  Q_OBJECT

public:
  explicit EmbeddingNumbers(QWidget* parent = nullptr);

  // The numbers of `features` (a hint without), the recipe under them, and t-SNE's
  // settings when `job` maps these features.
  void setNumbers(const EmbeddingPtr& features, const QString& recipe, const EmbeddingJob* job);

private:
  static QString zeroShotNumbers(const twb::EmbeddingData& d);
};

} // namespace twb::ui
