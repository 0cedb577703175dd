#include "translation/TranslationImages.h"

#include <algorithm>

namespace twb::ui {

twb::TranslationImage toTranslationImage(const QImage& image, int side) {
  const int square = std::min(image.width(), image.height());
  QImage cut = image.copy((image.width() - square) / 2, (image.height() - square) / 2, square, square);
  if (square != side)
    cut = cut.scaled(side, side, Qt::IgnoreAspectRatio,
                     square % side == 0 ? Qt::FastTransformation : Qt::SmoothTransformation);
  cut = cut.convertToFormat(QImage::Format_RGB888);
  twb::TranslationImage out;
  out.width = out.height = side;
  out.channels = cut.allGray() ? 1 : 3;
  out.pixels.reserve(static_cast<std::size_t>(side) * side * out.channels);
  for (int y = 0; y < side; ++y) {
    const uchar* line = cut.constScanLine(y);
    for (int x = 0; x < side; ++x)
      for (int c = 0; c < out.channels; ++c)
        out.pixels.push_back(line[x * 3 + c]);
  }
  return out;
}

QImage toQImage(const twb::TranslationImage& image) {
  const bool grey = image.channels == 1;
  QImage out(image.width, image.height, grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
  const std::size_t row = static_cast<std::size_t>(image.width) * image.channels;
  if (image.pixels.size() < row * static_cast<std::size_t>(image.height) || (!grey && image.channels != 3))
    return {};
  for (int y = 0; y < image.height; ++y)
    std::copy_n(image.pixels.data() + row * static_cast<std::size_t>(y), row, out.scanLine(y));
  return out;
}

std::vector<QImage> toQImages(const std::vector<twb::TranslationImage>& images) {
  std::vector<QImage> out;
  out.reserve(images.size());
  for (const twb::TranslationImage& image : images)
    out.push_back(toQImage(image));
  return out;
}

} // namespace twb::ui
