#pragma once
// Images held once, as uint8, in interleaved HWC order (OpenCV's), converted to
// float tensors per batch. A dataset is a train and a test split of one domain.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace twb {

struct ImageSet {
  int width = 0;
  int height = 0;
  int channels = 0;
  std::vector<std::uint8_t> pixels; // size() * height * width * channels
  std::vector<std::int64_t> labels; // class index per image

  std::size_t size() const { return labels.size(); }
  std::size_t imageBytes() const { return static_cast<std::size_t>(width) * height * channels; }
  const std::uint8_t* image(std::size_t i) const { return pixels.data() + i * imageBytes(); }
  // Images per class, indexed by class.
  std::vector<std::size_t> classCounts(std::size_t numClasses) const;
  // A new set holding the images at `indices`, in that order.
  ImageSet subset(const std::vector<std::size_t>& indices) const;
};

// What loading did, for people: how many images, which files were skipped and why.
struct LoadReport {
  std::size_t loaded = 0;
  std::vector<std::pair<std::string, std::string>> skipped; // file, reason
  std::vector<std::string> notes; // e.g. "from cache ...", "resized 120 images to 28x28"
};

struct Dataset {
  std::string name; // the spec it was loaded from
  std::vector<std::string> classNames;
  ImageSet train;
  ImageSet test;
  std::string origin; // where its files came from, for people
  LoadReport report;
  // Per-class attribute vectors (zero-shot learning); empty where a dataset has none.
  std::vector<std::string> attributeNames;
  std::vector<std::vector<float>> classAttributes; // [class][attribute]
};

struct LoadOptions {
  int side = 28; // images are resized to side x side; 0 keeps a folder's native size
  // Called from the loading thread with the fraction done, 0..1.
  std::function<void(double)> progress;
  // When set and true, loading stops soon and throws Cancelled.
  const std::atomic<bool>* cancel = nullptr;
};

// A seeded, stratified subset of `set` with at most `perClass` images of each class.
std::vector<std::size_t> fewShotIndices(const ImageSet& set, std::size_t numClasses,
                                        int perClass, std::uint64_t seed);

} // namespace twb
