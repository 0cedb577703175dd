#pragma once
// Using a trained run's saved weights without training: its accuracy on a set of
// images, overall and per class ("how does my digits model do on my scans?").
#include "data/Dataset.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace twb {

// Loads model.pt (weights and the network it belongs to) and returns the fraction
// of `images` classified correctly. InputError naming the file if it is not ours.
double evaluateCheckpoint(const std::string& modelPath, const ImageSet& images);

struct ClassScore {
  std::string name;
  std::size_t images = 0, correct = 0;
  double accuracy() const { return images == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(images); }
};

struct Evaluation {
  std::string runDir, spec;
  bool wholeDataset = false; // folder:/idx: all its images; a built-in's test split otherwise
  std::size_t images = 0, correct = 0;
  std::vector<ClassScore> classes;         // the model's classes that the dataset has, in the model's order
  std::vector<std::string> unknownClasses; // the dataset's classes the model does not know (left out)
  std::vector<std::string> missingClasses; // the model's classes the dataset lacks
  double accuracy() const { return images == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(images); }
};

// What a run's label predictor answered for each image of a dataset: the one truth
// that its accuracy, per-class accuracy and confusion matrix are all counted from.
struct RunPredictions {
  std::string runDir, spec;
  bool wholeDataset = false;
  std::vector<std::string> classes;        // the model's classes, in its order
  std::vector<std::string> unknownClasses; // the dataset's classes the model does not know (left out)
  std::vector<std::string> missingClasses; // the model's classes the dataset lacks
  // The images of the classes the model knows, in the dataset's order, each labelled
  // with its true class as an index into `classes` (not the dataset's own index).
  ImageSet images;
  std::vector<std::int64_t> predicted; // per image of `images`: the predicted index into `classes`

  std::int64_t truth(std::size_t image) const { return images.labels[image]; }
};

// A trained run's label predictor on `spec` (a built-in's test split, drawn with the
// run's seed, or every image of a folder:/idx: dataset), classes matched by name.
// Grey and colour images are converted to what the network reads. InputError naming
// the directory or the spec when the run has no label predictor for these images;
// Cancelled soon after `cancel` turns true.
RunPredictions predictRun(const std::string& runDir, const std::string& spec,
                          const std::atomic<bool>* cancel = nullptr);

// Accuracy overall and per class, counted from the predictions.
Evaluation evaluationOf(const RunPredictions& predictions);

// evaluationOf(predictRun(runDir, spec, cancel)).
Evaluation evaluateRun(const std::string& runDir, const std::string& spec, const std::atomic<bool>* cancel = nullptr);

} // namespace twb
