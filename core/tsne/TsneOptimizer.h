#pragma once
// t-SNE's gradient descent: momentum plus per-coordinate gains (the delta-bar-delta
// rule of Jacobs 1988) that grow while a coordinate keeps moving the same way and
// shrink when it overshoots, as in van der Maaten's code and scikit-learn.
#include <cstddef>
#include <vector>

namespace twb::tsne {

class TsneOptimizer {
public:
  explicit TsneOptimizer(std::size_t values);

  // One step: y += update, update = momentum * update - learningRate * gain * grad.
  void step(std::vector<double>& y, const std::vector<double>& grad, double learningRate, double momentum);

  // Forgets the momentum and the gains: scikit-learn starts its second phase (after
  // early exaggeration) afresh, and we follow it so the two are comparable.
  void reset();

private:
  std::vector<double> update_, gains_;
};

} // namespace twb::tsne
