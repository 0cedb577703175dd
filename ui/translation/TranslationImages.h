#pragma once
// Images between Qt and core's translation API: a QImage as the model reads one (its
// side, grey or colour) and a translated image back as a QImage.
#include "methods/translate/Translation.h"

#include <QImage>

#include <vector>

namespace twb::ui {

// `image` as a `side` x `side` image: a square from its middle, scaled (nearest
// neighbour when it is a whole multiple of `side`, as a grid's cells are, else
// smoothly); grey when every pixel is, else colour.
twb::TranslationImage toTranslationImage(const QImage& image, int side);
QImage toQImage(const twb::TranslationImage& image);
std::vector<QImage> toQImages(const std::vector<twb::TranslationImage>& images);

} // namespace twb::ui
