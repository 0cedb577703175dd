#pragma once
// A finished embedding map kept beside the live one, so two runs (source_only and
// DANN, say) or two layers are seen side by side, as in the DANN paper's before/after
// figure. It holds its own copy of the points and layout: the next run does not touch
// it. Hover, zoom and pan work as in the live map.
#include "embedding/EmbeddingJob.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QToolButton;

namespace twb::ui {

class EmbeddingScatter;

class PinnedEmbedding : public QWidget {
  Q_OBJECT

public:
  explicit PinnedEmbedding(QWidget* parent = nullptr);

  // Shows `data` at `coords` (n * 2) under the rich text `caption` returns, asked again
  // on a language switch.
  void pin(EmbeddingPtr data, const std::vector<float>& coords, std::function<QString()> caption);
  // Hides it and lets go of the points.
  void unpin();
  bool isPinned() const { return !isHidden(); }

  EmbeddingScatter* scatter() const { return scatter_; }
  QString caption() const;

signals:
  void unpinned();

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();

  std::function<QString()> captionText_;
  QLabel* caption_ = nullptr;
  QToolButton* close_ = nullptr;
  EmbeddingScatter* scatter_ = nullptr;
};

} // namespace twb::ui
