#pragma once
// Debiased exponential moving average, as TensorBoard smooths its scalars:
// s_t = w * s_{t-1} + (1 - w) * x_t, divided by 1 - w^t so the first points are not
// pulled towards zero. Incremental, so a live curve costs O(new points) per update.
#include <QVector>

namespace twb::ui {

class EmaSmoother {
public:
  explicit EmaSmoother(double weight = 0.0) : weight_(weight) {}

  // The smoothed value after `x`. Non-finite inputs are passed through and do not
  // disturb the average (a diverged step should not poison the rest of the curve).
  double add(double x);
  void reset();
  double weight() const { return weight_; }

private:
  double weight_;
  double last_ = 0.0;
  double debiasPower_ = 1.0; // w^t
};

// Every value of `values` smoothed with `weight` in [0, 1).
QVector<double> debiasedEma(const QVector<double>& values, double weight);

} // namespace twb::ui
