// shapes: images whose class is a combination of attributes (colour x shape x fill),
// drawn from the attribute table itself, so each class carries the attribute vector
// that zero-shot learning describes it by.
#include "data/Builtins.h"

#include "data/AttributeTable.h"
#include "base/Errors.h"
#include "base/Random.h"
#include "data/SynthRandom.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace twb {

namespace {

constexpr int kShapeSide = 28;
constexpr int kShapeCanvas = 2 * kShapeSide;
constexpr int kShapesTrainPerClass = 200;
constexpr int kShapesTestPerClass = 50;

struct Colour {
  const char* attribute;
  cv::Vec3f rgb;
};
const Colour kColours[] = {{"red", {220, 40, 40}}, {"green", {40, 190, 60}}, {"blue", {50, 90, 235}},
                           {"yellow", {235, 215, 40}}};
const char* kShapes[] = {"circle", "square", "triangle", "cross"};

// The one attribute of `names` set in this class's row (InputError otherwise).
int oneOf(const AttributeTable& t, std::size_t row, const std::vector<std::string>& names) {
  int found = -1;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const int col = t.column(names[i]);
    if (col >= 0 && t.values[row][static_cast<std::size_t>(col)] > 0.5f) {
      if (found >= 0)
        throw InputError(
            Message::text(TWB_TR("twb", "shapes: class '%1' sets two of the same attribute group"), {t.classes[row]}));
      found = static_cast<int>(i);
    }
  }
  if (found < 0)
    throw InputError(
        Message::text(TWB_TR("twb", "shapes: class '%1' sets none of %2, ..."), {t.classes[row], names.front()}));
  return found;
}

struct ShapeClass {
  int colour, shape;
  bool filled;
};

std::vector<cv::Point> polygon(int shape, cv::Point2d c, double r, double angle) {
  std::vector<cv::Point2d> pts;
  if (shape == 1) { // square
    for (int k = 0; k < 4; ++k)
      pts.emplace_back(r * std::cos(angle + k * M_PI / 2), r * std::sin(angle + k * M_PI / 2));
  } else if (shape == 2) { // triangle
    for (int k = 0; k < 3; ++k)
      pts.emplace_back(r * std::cos(angle + k * 2 * M_PI / 3), r * std::sin(angle + k * 2 * M_PI / 3));
  } else { // cross: a plus sign of arm width r/2.6
    const double w = r / 2.6;
    const double xs[] = {w, w, r, r, w, w, -w, -w, -r, -r, -w, -w};
    const double ys[] = {r, w, w, -w, -w, -r, -r, -w, -w, w, w, r};
    for (int k = 0; k < 12; ++k)
      pts.emplace_back(xs[k] * std::cos(angle) - ys[k] * std::sin(angle), xs[k] * std::sin(angle) + ys[k] * std::cos(angle));
  }
  std::vector<cv::Point> out;
  for (const auto& p : pts) // 4 fractional bits: sub-pixel vertices
    out.emplace_back(static_cast<int>(std::lround((c.x + p.x) * 16)), static_cast<int>(std::lround((c.y + p.y) * 16)));
  return out;
}

void drawOne(const ShapeClass& k, SynthRandom& r, std::uint8_t* out) {
  const float grey = static_cast<float>(r.uniform(20, 90));
  cv::Mat img(kShapeCanvas, kShapeCanvas, CV_8UC3, cv::Scalar(grey, grey, grey));
  cv::Vec3f colour = kColours[k.colour].rgb * static_cast<float>(r.uniform(0.8, 1.1));
  for (int c = 0; c < 3; ++c)
    colour[c] = std::clamp(colour[c] + static_cast<float>(r.uniform(-20, 20)), 0.0f, 255.0f);
  const cv::Scalar ink(colour[0], colour[1], colour[2]);
  const double radius = r.uniform(0.26, 0.40) * kShapeCanvas;
  const cv::Point2d centre(kShapeCanvas / 2.0 + r.uniform(-5, 5), kShapeCanvas / 2.0 + r.uniform(-5, 5));
  const int thickness = k.filled ? cv::FILLED : r.integer(3, 5);
  if (k.shape == 0) {
    cv::circle(img, cv::Point(static_cast<int>(centre.x * 16), static_cast<int>(centre.y * 16)),
               static_cast<int>(radius * 16), ink, thickness, cv::LINE_AA, 4);
  } else {
    const auto pts = polygon(k.shape, centre, radius, r.uniform(0, 2 * M_PI));
    if (k.filled)
      cv::fillPoly(img, std::vector<std::vector<cv::Point>>{pts}, ink, cv::LINE_AA, 4);
    else
      cv::polylines(img, std::vector<std::vector<cv::Point>>{pts}, true, ink, thickness, cv::LINE_AA, 4);
  }
  cv::Mat small;
  cv::resize(img, small, cv::Size(kShapeSide, kShapeSide), 0, 0, cv::INTER_AREA);
  const double noise = r.uniform(0, 6);
  for (int i = 0; i < kShapeSide * kShapeSide * 3; ++i)
    out[i] = static_cast<std::uint8_t>(std::clamp(std::lround(small.data[i] + r.normal(noise)), 0L, 255L));
}

ImageSet renderShapes(const std::vector<ShapeClass>& classes, int perClass, SynthRandom& r,
                      const LoadOptions& options) {
  ImageSet set;
  set.width = set.height = kShapeSide;
  set.channels = 3;
  const std::size_t n = classes.size() * static_cast<std::size_t>(perClass);
  set.pixels.resize(n * set.imageBytes());
  set.labels.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (i % 500 == 0 && options.cancel && options.cancel->load())
      throw Cancelled();
    const std::size_t label = i % classes.size();
    set.labels[i] = static_cast<std::int64_t>(label);
    drawOne(classes[label], r, set.pixels.data() + i * set.imageBytes());
  }
  return set;
}

} // namespace

Dataset generateShapes(std::uint64_t seed, const LoadOptions& options) {
  const AttributeTable& table = shapesAttributeTable();
  std::vector<std::string> colourNames, shapeNames(std::begin(kShapes), std::end(kShapes));
  for (const auto& c : kColours)
    colourNames.push_back(c.attribute);
  std::vector<ShapeClass> classes;
  for (std::size_t row = 0; row < table.classes.size(); ++row)
    classes.push_back({oneOf(table, row, colourNames), oneOf(table, row, shapeNames),
                       oneOf(table, row, {"filled", "outline"}) == 0});

  Dataset d;
  d.name = "shapes";
  d.classNames = table.classes;
  d.attributeNames = table.attributes;
  d.classAttributes = table.values;
  SynthRandom train(mixSeed(seed, 0x5A1)), test(mixSeed(seed, 0x5A2));
  d.train = renderShapes(classes, kShapesTrainPerClass, train, options);
  if (options.progress)
    options.progress(0.8);
  d.test = renderShapes(classes, kShapesTestPerClass, test, options);
  d.origin = "generated from the attribute table resources/attributes/shapes.csv";
  d.report.loaded = d.train.size() + d.test.size();
  return d;
}

} // namespace twb
