#include "tsne/TsneOptimizer.h"

#include <algorithm>

namespace twb::tsne {

namespace {
constexpr double kMinGain = 0.01;
} // namespace

TsneOptimizer::TsneOptimizer(std::size_t values) : update_(values, 0.0), gains_(values, 1.0) {}

void TsneOptimizer::reset() {
  std::fill(update_.begin(), update_.end(), 0.0);
  std::fill(gains_.begin(), gains_.end(), 1.0);
}

void TsneOptimizer::step(std::vector<double>& y, const std::vector<double>& grad, double learningRate,
                         double momentum) {
  for (std::size_t e = 0; e < y.size(); ++e) {
    // While the last step went downhill (against the gradient) the gain grows.
    const bool downhill = update_[e] * grad[e] < 0;
    gains_[e] = std::max(kMinGain, downhill ? gains_[e] + 0.2 : gains_[e] * 0.8);
    update_[e] = momentum * update_[e] - learningRate * gains_[e] * grad[e];
    y[e] += update_[e];
  }
}

} // namespace twb::tsne
