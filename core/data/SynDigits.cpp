// syndigits: digits rendered from OpenCV's Hershey fonts with random font, size,
// thickness, rotation, position, colours, background, blur and noise, sometimes with
// neighbouring digits cut by the frame: the "Syn Numbers" idea of the DANN paper, a
// synthetic source for the real `digits`.
#include "data/Builtins.h"

#include "base/Errors.h"
#include "base/Random.h"
#include "data/SynthRandom.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace twb {

namespace {

constexpr int kDigitSide = 28;
constexpr int kDigitCanvas = 2 * kDigitSide; // drawn at twice the size, then area-averaged down
constexpr int kSynTrainPerClass = 1000;
constexpr int kSynTestPerClass = 200;

const int kFonts[] = {cv::FONT_HERSHEY_SIMPLEX, cv::FONT_HERSHEY_DUPLEX,        cv::FONT_HERSHEY_COMPLEX,
                      cv::FONT_HERSHEY_TRIPLEX, cv::FONT_HERSHEY_SCRIPT_SIMPLEX, cv::FONT_HERSHEY_SCRIPT_COMPLEX,
                      cv::FONT_HERSHEY_PLAIN};

cv::Vec3f randomColour(SynthRandom& r) {
  return {static_cast<float>(r.uniform(0, 255)), static_cast<float>(r.uniform(0, 255)),
          static_cast<float>(r.uniform(0, 255))};
}

float luminance(const cv::Vec3f& c) { return 0.299f * c[0] + 0.587f * c[1] + 0.114f * c[2]; }

// Flat colour, a linear gradient, or smooth coloured noise.
cv::Mat background(SynthRandom& r, cv::Vec3f& mean) {
  cv::Mat bg(kDigitCanvas, kDigitCanvas, CV_32FC3);
  const int kind = r.integer(0, 2);
  const cv::Vec3f a = randomColour(r), b = randomColour(r);
  if (kind == 0) {
    bg.setTo(cv::Scalar(a[0], a[1], a[2]));
  } else if (kind == 1) {
    const double angle = r.uniform(0, 2 * M_PI);
    const double cx = std::cos(angle), sy = std::sin(angle);
    for (int y = 0; y < kDigitCanvas; ++y)
      for (int x = 0; x < kDigitCanvas; ++x) {
        const double t = 0.5 + ((x - kDigitCanvas / 2) * cx + (y - kDigitCanvas / 2) * sy) / kDigitCanvas;
        const float u = static_cast<float>(std::clamp(t, 0.0, 1.0));
        bg.at<cv::Vec3f>(y, x) = a * (1 - u) + b * u;
      }
  } else {
    cv::Mat small(4, 4, CV_32FC3);
    for (int y = 0; y < 4; ++y)
      for (int x = 0; x < 4; ++x) {
        const float u = static_cast<float>(r.uniform(0, 1));
        small.at<cv::Vec3f>(y, x) = a * (1 - u) + b * u;
      }
    cv::resize(small, bg, bg.size(), 0, 0, cv::INTER_CUBIC);
  }
  const cv::Scalar m = cv::mean(bg);
  mean = {static_cast<float>(m[0]), static_cast<float>(m[1]), static_cast<float>(m[2])};
  return bg;
}

void renderOne(int label, SynthRandom& r, std::uint8_t* out) {
  cv::Vec3f bgMean;
  cv::Mat bg = background(r, bgMean);
  cv::Vec3f fg = randomColour(r);
  for (int tries = 0; tries < 20 && std::abs(luminance(fg) - luminance(bgMean)) < 80; ++tries)
    fg = randomColour(r);

  int font = kFonts[r.integer(0, static_cast<int>(std::size(kFonts)) - 1)];
  if (r.chance(0.3))
    font |= cv::FONT_ITALIC;
  const int thickness = r.integer(2, 6);
  int baseline = 0;
  const cv::Size unit = cv::getTextSize("8", font, 1.0, thickness, &baseline);
  const double height = r.uniform(0.55, 0.85) * kDigitCanvas;
  const double scale = height / std::max(1, unit.height);

  // The digit, sometimes between two neighbours that the frame cuts (house numbers).
  std::string text = std::to_string(label);
  std::size_t centreIndex = 0;
  if (r.chance(0.4)) {
    text = std::to_string(r.integer(0, 9)) + text + std::to_string(r.integer(0, 9));
    centreIndex = 1;
  }
  const cv::Size full = cv::getTextSize(text, font, scale, thickness, &baseline);
  const cv::Size before = cv::getTextSize(text.substr(0, centreIndex), font, scale, thickness, &baseline);
  const cv::Size digit = cv::getTextSize(text.substr(centreIndex, 1), font, scale, thickness, &baseline);
  const double jitter = 0.08 * kDigitCanvas;
  const double cx = kDigitCanvas / 2.0 + r.uniform(-jitter, jitter);
  const double cy = kDigitCanvas / 2.0 + r.uniform(-jitter, jitter);
  const int x0 = static_cast<int>(std::lround(cx - (centreIndex ? before.width : 0) - digit.width / 2.0));
  const int y0 = static_cast<int>(std::lround(cy + full.height / 2.0));

  cv::Mat mask = cv::Mat::zeros(kDigitCanvas, kDigitCanvas, CV_8UC1);
  cv::putText(mask, text, cv::Point(x0, y0), font, scale, cv::Scalar(255), thickness, cv::LINE_AA);
  const cv::Mat rot = cv::getRotationMatrix2D(cv::Point2f(static_cast<float>(cx), static_cast<float>(cy)),
                                              r.uniform(-15, 15), 1.0);
  cv::warpAffine(mask, mask, rot, mask.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, 0);

  cv::Mat img(kDigitCanvas, kDigitCanvas, CV_32FC3);
  for (int y = 0; y < kDigitCanvas; ++y)
    for (int x = 0; x < kDigitCanvas; ++x) {
      const float a = mask.at<std::uint8_t>(y, x) / 255.0f;
      img.at<cv::Vec3f>(y, x) = bg.at<cv::Vec3f>(y, x) * (1 - a) + fg * a;
    }
  const double sigma = r.uniform(0.0, 1.6);
  if (sigma > 0.3)
    cv::GaussianBlur(img, img, cv::Size(0, 0), sigma);
  cv::Mat small;
  cv::resize(img, small, cv::Size(kDigitSide, kDigitSide), 0, 0, cv::INTER_AREA);
  const double noise = r.uniform(0.0, 8.0);
  for (int y = 0; y < kDigitSide; ++y)
    for (int x = 0; x < kDigitSide; ++x)
      for (int k = 0; k < 3; ++k) {
        const double v = small.at<cv::Vec3f>(y, x)[k] + r.normal(noise);
        out[(y * kDigitSide + x) * 3 + k] = static_cast<std::uint8_t>(std::clamp(std::lround(v), 0L, 255L));
      }
}

ImageSet renderDigits(int perClass, SynthRandom& r, const LoadOptions& options, double progressFrom,
                      double progressTo) {
  ImageSet set;
  set.width = set.height = kDigitSide;
  set.channels = 3;
  const std::size_t n = static_cast<std::size_t>(perClass) * 10;
  set.pixels.resize(n * kDigitSide * kDigitSide * 3);
  set.labels.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const int label = static_cast<int>(i % 10);
    set.labels[i] = label;
    renderOne(label, r, set.pixels.data() + i * set.imageBytes());
    if (i % 500 == 0 && options.cancel && options.cancel->load())
      throw Cancelled();
    if (options.progress && i % 500 == 0)
      options.progress(progressFrom + (progressTo - progressFrom) * static_cast<double>(i) / static_cast<double>(n));
  }
  return set;
}

} // namespace

Dataset generateSynDigits(std::uint64_t seed, const LoadOptions& options) {
  Dataset d;
  d.name = "syndigits";
  for (int c = 0; c < 10; ++c)
    d.classNames.push_back(std::to_string(c));
  SynthRandom train(mixSeed(seed, 0x5D1)), test(mixSeed(seed, 0x5D2));
  d.train = renderDigits(kSynTrainPerClass, train, options, 0.0, 0.83);
  d.test = renderDigits(kSynTestPerClass, test, options, 0.83, 1.0);
  d.origin = "generated with OpenCV's Hershey fonts";
  d.report.loaded = d.train.size() + d.test.size();
  return d;
}

} // namespace twb
