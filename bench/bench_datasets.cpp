// Dataset loading speed and memory: Fashion-MNIST's 70,000 images from the .gz
// files, a folder of 10,000 small PNGs, and the generated domains with a cold and a
// warm cache. Prints a table, or JSON with --json.
#include "data/Dataset.h"
#include "data/LoadDataset.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Row {
  std::string what;
  std::size_t images = 0;
  double seconds = 0;
  double heldMiB = 0;    // bytes of pixels the dataset holds
  double peakRssMiB = 0; // process high-water mark after the load
};

double peakRssMiB() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

Row timeLoad(const std::string& what, const std::string& spec) {
  const auto t0 = Clock::now();
  const twb::Dataset d = twb::loadDataset(spec, 1);
  Row r;
  r.what = what;
  r.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  r.images = d.train.size() + d.test.size();
  r.heldMiB = static_cast<double>(d.train.pixels.size() + d.test.pixels.size()) / (1024.0 * 1024.0);
  r.peakRssMiB = peakRssMiB();
  return r;
}

// 10 classes x 1,000 PNGs of 32x32 colour noise on a class colour: small, like user photos.
void writePngFolder(const fs::path& root, int perClass) {
  for (int c = 0; c < 10; ++c) {
    fs::create_directories(root / ("class" + std::to_string(c)));
    for (int i = 0; i < perClass; ++i) {
      cv::Mat img(32, 32, CV_8UC3);
      cv::randu(img, cv::Scalar(0, 0, 0), cv::Scalar(128, 128, 128));
      img += cv::Scalar(12.0 * c, 60, 127 - 12.0 * c);
      cv::imwrite((root / ("class" + std::to_string(c)) / (std::to_string(i) + ".png")).string(), img);
    }
  }
}

} // namespace

int main(int argc, char** argv) {
  const bool json = argc > 1 && std::string(argv[1]) == "--json";
  const fs::path work = fs::temp_directory_path() / ("twb-bench-datasets-" + std::to_string(::getpid()));
  fs::create_directories(work / "cache");
  setenv("TWB_CACHE_DIR", (work / "cache").c_str(), 1);

  std::vector<Row> rows;
  rows.push_back(timeLoad("fashion (70,000 from .gz)", "fashion"));
  writePngFolder(work / "pngs", 1000);
  rows.push_back(timeLoad("folder of 10,000 PNGs (32x32 -> 28x28)", "folder:" + (work / "pngs").string()));
  for (const char* name : {"digits", "digits-m", "syndigits", "shapes"}) {
    rows.push_back(timeLoad(std::string(name) + (std::string(name) == "digits" ? "" : " (cold cache)"), name));
    if (std::string(name) != "digits")
      rows.push_back(timeLoad(std::string(name) + " (warm cache)", name));
  }
  fs::remove_all(work);

  if (json) {
    std::printf("[\n");
    for (std::size_t i = 0; i < rows.size(); ++i)
      std::printf("  {\"what\": \"%s\", \"images\": %zu, \"seconds\": %.3f, \"held_mib\": %.1f, \"peak_rss_mib\": %.0f}%s\n",
                  rows[i].what.c_str(), rows[i].images, rows[i].seconds, rows[i].heldMiB, rows[i].peakRssMiB,
                  i + 1 < rows.size() ? "," : "");
    std::printf("]\n");
  } else {
    std::printf("| load | images | seconds | pixels held (MiB) | peak RSS so far (MiB) |\n|---|---:|---:|---:|---:|\n");
    for (const auto& r : rows)
      std::printf("| %s | %zu | %.2f | %.1f | %.0f |\n", r.what.c_str(), r.images, r.seconds, r.heldMiB, r.peakRssMiB);
  }
  return 0;
}
