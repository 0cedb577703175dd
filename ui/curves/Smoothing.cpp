#include "curves/Smoothing.h"

#include <cmath>

namespace twb::ui {

double EmaSmoother::add(double x) {
  if (!std::isfinite(x))
    return x;
  last_ = weight_ * last_ + (1.0 - weight_) * x;
  debiasPower_ *= weight_;
  const double debias = 1.0 - debiasPower_;
  // weight 0 gives debias 1; the guard only matters for a weight of exactly 1.
  return debias > 0.0 ? last_ / debias : x;
}

void EmaSmoother::reset() {
  last_ = 0.0;
  debiasPower_ = 1.0;
}

QVector<double> debiasedEma(const QVector<double>& values, double weight) {
  EmaSmoother smoother(weight);
  QVector<double> smoothed;
  smoothed.reserve(values.size());
  for (double x : values)
    smoothed.append(smoother.add(x));
  return smoothed;
}

} // namespace twb::ui
