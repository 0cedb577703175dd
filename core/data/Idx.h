#pragma once
// IDX files as MNIST ships them (http://yann.lecun.com/exdb/mnist/ format): a magic
// number, big-endian dimension sizes, then raw bytes; plain or gzipped. Every header
// is checked against the bytes that follow, so a corrupted file gives one clear
// error naming it instead of a garbage dataset.
#include "data/Dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace twb {

struct IdxImages {
  int rows = 0, cols = 0;
  std::size_t count = 0;
  std::vector<std::uint8_t> pixels; // count * rows * cols
};

IdxImages readIdxImages(const std::string& path);
std::vector<std::int64_t> readIdxLabels(const std::string& path);

// The labels file beside an images file: "...-images-idx3-ubyte[.gz]" ->
// "...-labels-idx1-ubyte[.gz]"; empty when the name does not follow that pattern.
std::string idxLabelsPathFor(const std::string& imagesPath);

// idx:PATH: a folder holding train-* (and t10k-* / test-*) images and labels, or one
// images file (split 80/20 by seed). Class names are the label values.
Dataset loadIdxDataset(const std::string& path, std::uint64_t seed);

// One images file and its labels as an ImageSet (InputError when counts disagree).
ImageSet readIdxPair(const std::string& imagesPath, const std::string& labelsPath);

} // namespace twb
