#pragma once
// The Embedding tab's legend: the two domains (a zero-shot run: its images and its
// class embeddings g(y)) and every class, each with its marker and a check box that
// hides it, in the live map and in the pinned one alike.
#include "embedding/EmbeddingJob.h"

#include <QListWidget>

namespace twb::ui {

class EmbeddingMap;
class EmbeddingScatter;

class EmbeddingLegend : public QListWidget {
  Q_OBJECT

public:
  explicit EmbeddingLegend(QWidget* parent = nullptr);
  // The map whose live and pinned scatters it hides things in (set once, before use;
  // the map is built after the legend, which keeps the tab order of the controls).
  void setMap(const EmbeddingMap* map) { map_ = map; }

  // The items of `features`' domains and classes (none without), everything shown;
  // the pinned map shows everything again too.
  void fill(EmbeddingPtr features);
  // Hides in `scatter` what the legend hides.
  void applyTo(EmbeddingScatter& scatter) const;

private:
  void onItemChanged(QListWidgetItem* item);
  void applyItem(EmbeddingScatter& scatter, const QListWidgetItem* item) const;

  const EmbeddingMap* map_ = nullptr;
  EmbeddingPtr features_; // what the live map shows
};

} // namespace twb::ui
