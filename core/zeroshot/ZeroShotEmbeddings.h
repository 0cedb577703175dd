#pragma once
// The joint space of a finished zero-shot run, for the embedding view: image
// embeddings f(x) of test images and class embeddings g(y), in the same space.
// Plain C++ (the window calls it off its GUI thread; it loads the dataset and model).
#include <cstdint>
#include <string>
#include <vector>

namespace twb {

struct ZeroShotEmbeddings {
  std::vector<std::string> classes;
  std::vector<bool> unseen;                        // per class
  std::vector<std::vector<float>> images;          // f(x), one row per test image
  std::vector<std::int64_t> labels;                // class of each image
  std::vector<std::vector<float>> classEmbeddings; // g(y), one row per class
};

// At most `perClass` test images of each class (seeded, stratified). InputError
// naming the folder when it does not hold a finished zero-shot run.
ZeroShotEmbeddings zeroShotEmbeddings(const std::string& runDir, int perClass = 50);

} // namespace twb
