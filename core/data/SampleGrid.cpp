// A PNG grid of sample images, one row per class: what `twb datasets show --grid`
// writes so a person can see a domain without the window.
#include "data/DatasetStats.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace twb {

void writeSampleGrid(const Dataset& d, const std::string& pngPath, int perClass, int scale, std::uint64_t seed) {
  const ImageSet& set = d.train.size() ? d.train : d.test;
  const std::size_t classes = d.classNames.size();
  const auto picked = fewShotIndices(set, classes, perClass, seed);
  const int w = set.width * scale, h = set.height * scale, gap = 2;
  cv::Mat grid(static_cast<int>(classes) * (h + gap) + gap, perClass * (w + gap) + gap, CV_8UC3, cv::Scalar(40, 40, 40));
  std::vector<int> column(classes, 0);
  for (auto i : picked) {
    const auto label = static_cast<std::size_t>(set.labels[i]);
    const cv::Mat src(set.height, set.width, set.channels == 1 ? CV_8UC1 : CV_8UC3,
                      const_cast<std::uint8_t*>(set.image(i)));
    cv::Mat rgb;
    if (set.channels == 1)
      cv::cvtColor(src, rgb, cv::COLOR_GRAY2BGR);
    else
      cv::cvtColor(src, rgb, cv::COLOR_RGB2BGR);
    cv::resize(rgb, rgb, cv::Size(w, h), 0, 0, cv::INTER_NEAREST);
    const int x = gap + column[label]++ * (w + gap);
    const int y = gap + static_cast<int>(label) * (h + gap);
    rgb.copyTo(grid(cv::Rect(x, y, w, h)));
  }
  std::vector<unsigned char> png;
  if (!cv::imencode(".png", grid, png))
    throw RunError(Message::text(TWB_TR("twb", "cannot encode the sample grid for %1"), {pngPath}));
  writeFileAtomic(pngPath, std::string(png.begin(), png.end()));
}

} // namespace twb
