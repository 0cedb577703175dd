#pragma once
// Points of an embedding as people see them: the image, and one line of what it is.
#include "embed/Embedding.h"

#include <QImage>
#include <QString>

#include <cstddef>
#include <vector>

class QListWidget;

namespace twb::ui {

// The point's image (RGB, thumbSide x thumbSide).
QImage thumbnailImage(const twb::EmbeddingData& data, std::size_t i);
// "label 3, target (digits-m), predicted 5" (rich text: a wrong prediction in red).
QString pointDescription(const twb::EmbeddingData& data, std::size_t i);
// "source" or "target" with its dataset; a zero-shot run's images or class embeddings.
QString domainName(const twb::EmbeddingData& data, twb::EmbeddingDomain domain);
// Zero-shot runs: whether training never saw the class; its name with "(unseen)" if so.
bool isUnseenClass(const twb::EmbeddingData& data, int cls);
QString classLabel(const twb::EmbeddingData& data, int cls);
// Fills an icon-mode list with the images of `points` (at most `cap`, in order);
// each item's Qt::UserRole holds the point's index. Returns how many were shown.
int fillThumbnailList(QListWidget& list, const twb::EmbeddingData& data, const std::vector<std::size_t>& points,
                      int cap);

} // namespace twb::ui
