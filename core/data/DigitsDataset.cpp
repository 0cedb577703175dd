#include "data/DigitsDataset.h"

#include "base/Errors.h"
#include "base/Random.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <filesystem>

namespace twb {

namespace {
constexpr int kCell = 20;       // digits.png is a 100 x 50 grid of 20x20 cells
constexpr int kMnistSide = 28;  // MNIST's image size
constexpr int kPerClass = 500;  // 5 grid rows of 100 digits per class
constexpr int kMnistTestPerClass = 100;

// Places a 20x20 digit in 28x28 with its centre of mass at the centre (MNIST's recipe).
cv::Mat centreOfMass28(const cv::Mat& cell) {
  cv::Mat out = cv::Mat::zeros(kMnistSide, kMnistSide, CV_8UC1);
  const int offset = (kMnistSide - kCell) / 2;
  cell.copyTo(out(cv::Rect(offset, offset, kCell, kCell)));
  const cv::Moments m = cv::moments(out, false);
  if (m.m00 <= 0)
    return out;
  const double dx = std::round(kMnistSide / 2.0 - m.m10 / m.m00);
  const double dy = std::round(kMnistSide / 2.0 - m.m01 / m.m00);
  cv::Mat shift = (cv::Mat_<double>(2, 3) << 1, 0, dx, 0, 1, dy);
  cv::Mat centred;
  cv::warpAffine(out, centred, shift, out.size(), cv::INTER_NEAREST, cv::BORDER_CONSTANT, 0);
  return centred;
}

void appendImage(ImageSet& set, const cv::Mat& img, std::int64_t label) {
  set.pixels.insert(set.pixels.end(), img.datastart, img.dataend);
  set.labels.push_back(label);
}
} // namespace

Dataset loadDigits(std::uint64_t seed) {
  const std::string path = digitsSheetPath();
  if (!std::filesystem::exists(path))
    throw InputError(Message::text(
        TWB_TR("twb", "digits: %1 not found; it comes with Debian's opencv-doc package (apt-get install opencv-doc)"),
        {path}));
  const cv::Mat sheet = cv::imread(path, cv::IMREAD_GRAYSCALE);
  if (sheet.empty())
    throw InputError(Message::text(TWB_TR("twb", "digits: %1 cannot be decoded as an image"), {path}));
  if (sheet.cols != 100 * kCell || sheet.rows != 50 * kCell)
    throw InputError(Message::text(TWB_TR("twb", "digits: %1 is %2x%3, expected OpenCV's 2000x1000 digit sheet"),
                                 {path, std::to_string(sheet.cols), std::to_string(sheet.rows)}));

  Dataset d;
  d.name = "digits";
  d.origin = path + " (Debian package opencv-doc)";
  for (int c = 0; c < 10; ++c)
    d.classNames.push_back(std::to_string(c));
  for (ImageSet* s : {&d.train, &d.test}) {
    s->width = kMnistSide;
    s->height = kMnistSide;
    s->channels = 1;
  }

  for (int label = 0; label < 10; ++label) {
    std::vector<std::size_t> order(kPerClass);
    for (std::size_t i = 0; i < order.size(); ++i)
      order[i] = i;
    seededShuffle(order, mixSeed(seed, static_cast<std::uint64_t>(label)));
    for (std::size_t k = 0; k < order.size(); ++k) {
      const int i = static_cast<int>(order[k]);
      const int row = label * 5 + i / 100;
      const int col = i % 100;
      const cv::Mat cell = sheet(cv::Rect(col * kCell, row * kCell, kCell, kCell));
      appendImage(k < kMnistTestPerClass ? d.test : d.train, centreOfMass28(cell), label);
    }
  }
  d.report.loaded = d.train.size() + d.test.size();
  return d;
}

} // namespace twb
