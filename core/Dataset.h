#pragma once
// Images held once, as uint8, in interleaved HWC order (OpenCV's), converted to
// float tensors per batch. A dataset is a train and a test split of one domain.
#include <cstddef>
#include <cstdint>
#include <string>
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

struct Dataset {
  std::string name; // the spec it was loaded from
  std::vector<std::string> classNames;
  ImageSet train;
  ImageSet test;
  std::string origin; // where its files came from, for people
};

// Loads a dataset by spec (shared/CONTRACT.md: a built-in name, folder:PATH, idx:PATH).
// `seed` fixes the train/test split and anything generated. Throws InputError naming
// the spec or file and the problem.
Dataset loadDataset(const std::string& spec, std::uint64_t seed);

// A seeded, stratified subset of `set` with at most `perClass` images of each class.
std::vector<std::size_t> fewShotIndices(const ImageSet& set, std::size_t numClasses,
                                        int perClass, std::uint64_t seed);

} // namespace twb
