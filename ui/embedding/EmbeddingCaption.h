#pragma once
// The Embedding tab's words about a map: the run's recipe and accuracies (read from
// its run directory) and the caption drawn above a map and into an exported picture.
// Static, so a pinned map can rebuild its caption on a language switch from the data
// it keeps, without the live map's state.
#include "embed/Embedding.h"

#include <QCoreApplication>
#include <QString>

namespace twb::ui {

// Where a t-SNE run was stopped before its planned iterations (atIteration 0: it was not).
struct MapStop {
  int atIteration = 0;
  int ofIterations = 0;
};

class EmbeddingCaption {
  Q_DECLARE_TR_FUNCTIONS(twb::ui::EmbeddingCaption)

public:
  // A measure as the tab prints it: three decimals.
  static QString fixed(double v);
  // The run's recipe and final accuracies, read from its run directory.
  static QString recipeFor(const twb::EmbeddingData& data);
  // A map's caption (rich text): run, layer, its measures, recipe, counts, an early stop.
  static QString captionFor(const twb::EmbeddingData& data, const QString& recipe, const MapStop& stop);
};

} // namespace twb::ui
