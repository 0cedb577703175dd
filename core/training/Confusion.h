#pragma once
// A confusion matrix of a run's predictions (training/Evaluate.h): which classes it
// mistakes for which, and the images behind each count, so a window can show them.
// Counted from the same predictions as evaluationOf, so its diagonal over its sum is
// the run's accuracy. Plain C++.
#include "training/Evaluate.h"

#include <cstddef>
#include <string>
#include <vector>

namespace twb {

struct ConfusionMatrix {
  std::vector<std::string> classes;             // rows and columns, in the model's order
  std::vector<std::vector<std::size_t>> counts; // [true class][predicted class]
  // [true class][predicted class]: indices into the predictions' images, in their order.
  std::vector<std::vector<std::vector<std::size_t>>> images;

  std::size_t size() const { return classes.size(); }
  std::size_t total() const;
  std::size_t correct() const;                   // the diagonal's sum
  double accuracy() const;                       // correct / total, 0 without images
  std::size_t rowTotal(std::size_t truth) const; // the test images of a class
  // The row's diagonal over its total (the class's recall); 0 for an empty row.
  double recall(std::size_t truth) const;
  // A cell's share of its row, 0..1; 0 for an empty row.
  double rowShare(std::size_t truth, std::size_t predicted) const;
};

ConfusionMatrix confusionOf(const RunPredictions& predictions);

// How a class's correct count changed from one matrix to another of the same classes
// (`before` a baseline, `after` a method): which classes the method fixed and which it broke.
struct ConfusionChange {
  std::vector<long long> diagonalDelta; // per class: after's correct minus before's
  std::size_t fixedClasses = 0, brokenClasses = 0;
  long long fixedImages = 0, brokenImages = 0; // the rises' sum, and the falls' (as a positive number)
};
// Classes are matched by name; a class only one side has counts as unchanged.
ConfusionChange confusionChange(const ConfusionMatrix& before, const ConfusionMatrix& after);

} // namespace twb
