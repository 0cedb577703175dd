#pragma once
// Saving what the embedding view shows: the coordinates as CSV (one row per point,
// with label, domain and prediction), and the picture as PNG or PDF with a caption
// that says what it shows. Written with QSaveFile: whole or not at all.
#include "embed/Embedding.h"

#include <QString>

#include <vector>

namespace twb::ui {

class EmbeddingScatter;

// Each returns an empty string on success, else one sentence naming the file.
QString saveCoordinatesCsv(const twb::EmbeddingData& data, const std::vector<float>& coords, const QString& path);
QString savePicture(const EmbeddingScatter& scatter, const QString& caption, const QString& path);

} // namespace twb::ui
