#include "training/Confusion.h"

#include <algorithm>

namespace twb {

std::size_t ConfusionMatrix::total() const {
  std::size_t n = 0;
  for (std::size_t t = 0; t < size(); ++t)
    n += rowTotal(t);
  return n;
}

std::size_t ConfusionMatrix::correct() const {
  std::size_t n = 0;
  for (std::size_t c = 0; c < size(); ++c)
    n += counts[c][c];
  return n;
}

double ConfusionMatrix::accuracy() const {
  const std::size_t n = total();
  return n == 0 ? 0.0 : static_cast<double>(correct()) / static_cast<double>(n);
}

std::size_t ConfusionMatrix::rowTotal(std::size_t truth) const {
  std::size_t n = 0;
  for (const std::size_t count : counts[truth])
    n += count;
  return n;
}

double ConfusionMatrix::recall(std::size_t truth) const {
  return rowShare(truth, truth);
}

double ConfusionMatrix::rowShare(std::size_t truth, std::size_t predicted) const {
  const std::size_t n = rowTotal(truth);
  return n == 0 ? 0.0 : static_cast<double>(counts[truth][predicted]) / static_cast<double>(n);
}

ConfusionMatrix confusionOf(const RunPredictions& predictions) {
  ConfusionMatrix m;
  m.classes = predictions.classes;
  const std::size_t n = m.classes.size();
  m.counts.assign(n, std::vector<std::size_t>(n, 0));
  m.images.assign(n, std::vector<std::vector<std::size_t>>(n));
  for (std::size_t i = 0; i < predictions.predicted.size(); ++i) {
    const auto t = static_cast<std::size_t>(predictions.truth(i));
    const auto p = static_cast<std::size_t>(predictions.predicted[i]);
    ++m.counts[t][p];
    m.images[t][p].push_back(i);
  }
  return m;
}

ConfusionChange confusionChange(const ConfusionMatrix& before, const ConfusionMatrix& after) {
  ConfusionChange change;
  change.diagonalDelta.assign(after.size(), 0);
  for (std::size_t c = 0; c < after.size(); ++c) {
    const auto it = std::find(before.classes.begin(), before.classes.end(), after.classes[c]);
    if (it == before.classes.end())
      continue;
    const auto b = static_cast<std::size_t>(it - before.classes.begin());
    const long long delta = static_cast<long long>(after.counts[c][c]) - static_cast<long long>(before.counts[b][b]);
    change.diagonalDelta[c] = delta;
    if (delta > 0) {
      ++change.fixedClasses;
      change.fixedImages += delta;
    } else if (delta < 0) {
      ++change.brokenClasses;
      change.brokenImages -= delta;
    }
  }
  return change;
}

} // namespace twb
