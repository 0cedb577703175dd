// digits-m: the digits blended on natural-photo patches, the MNIST-M recipe
// (Ganin & Lempitsky 2015): each output pixel is |patch - digit| per colour channel,
// the patch a random 28x28 crop of a colour photograph.
#include "data/Builtins.h"

#include "data/DigitsDataset.h"
#include "base/Errors.h"
#include "base/Random.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <filesystem>

namespace twb {

namespace {

std::vector<cv::Mat> loadPhotos(const std::vector<std::string>& names) {
  std::vector<cv::Mat> photos;
  for (const auto& name : names) {
    const std::string path = opencvSampleDataDir() + "/" + name;
    if (!std::filesystem::exists(path))
      throw InputError(Message::text(
          TWB_TR("twb", "digits-m: photo %1 not found; it comes with Debian's opencv-doc package"), {path}));
    cv::Mat img = cv::imread(path, cv::IMREAD_COLOR);
    if (img.empty() || img.cols < 28 || img.rows < 28)
      throw InputError(Message::text(TWB_TR("twb", "digits-m: photo %1 cannot be decoded"), {path}));
    cv::cvtColor(img, img, cv::COLOR_BGR2RGB);
    photos.push_back(img);
  }
  return photos;
}

// Blends every digit of `digits` (grey, 28x28) onto a random patch of `photos`.
ImageSet blend(const ImageSet& digits, const std::vector<cv::Mat>& photos, std::mt19937_64& rng) {
  ImageSet out;
  out.width = digits.width;
  out.height = digits.height;
  out.channels = 3;
  out.labels = digits.labels;
  out.pixels.resize(digits.size() * digits.imageBytes() * 3);
  const int w = digits.width, h = digits.height;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    const cv::Mat& photo = photos[rng() % photos.size()];
    const int x = static_cast<int>(rng() % static_cast<std::uint64_t>(photo.cols - w + 1));
    const int y = static_cast<int>(rng() % static_cast<std::uint64_t>(photo.rows - h + 1));
    const std::uint8_t* digit = digits.image(i);
    std::uint8_t* dst = out.pixels.data() + i * static_cast<std::size_t>(w * h * 3);
    for (int r = 0; r < h; ++r) {
      const auto* patch = photo.ptr<cv::Vec3b>(y + r) + x;
      for (int c = 0; c < w; ++c)
        for (int k = 0; k < 3; ++k) {
          const int v = patch[c][k] - digit[r * w + c];
          dst[(r * w + c) * 3 + k] = static_cast<std::uint8_t>(v < 0 ? -v : v);
        }
    }
  }
  return out;
}

} // namespace

Dataset generateDigitsM(std::uint64_t seed, const LoadOptions& options) {
  const Dataset digits = loadDigits(seed); // same digits, same split as `digits`
  const auto trainPhotos = loadPhotos(digitsMTrainPhotos());
  const auto testPhotos = loadPhotos(digitsMTestPhotos());
  std::mt19937_64 rng(mixSeed(seed, 0xD161));
  Dataset d;
  d.name = "digits-m";
  d.classNames = digits.classNames;
  d.train = blend(digits.train, trainPhotos, rng);
  if (options.progress)
    options.progress(0.8);
  d.test = blend(digits.test, testPhotos, rng);
  d.origin = "generated from " + digitsSheetPath() + " and " + std::to_string(trainPhotos.size() + testPhotos.size()) +
             " photos in " + opencvSampleDataDir() + " (Debian package opencv-doc)";
  d.report.loaded = d.train.size() + d.test.size();
  return d;
}

} // namespace twb
