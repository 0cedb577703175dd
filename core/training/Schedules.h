#pragma once
// Schedules over training progress p in [0, 1] (Ganin & Lempitsky 2015, section 5.2).
// Plain functions so the window can draw them before a run.
#include "experiment/Experiment.h"

#include <cmath>

namespace twb {

// mu_p = mu_0 / (1 + alpha p)^beta with alpha = 10, beta = 0.75; or constant.
inline double scheduledLr(const TrainingSpec& t, double p) {
  if (t.lrSchedule == "ganin")
    return t.lr / std::pow(1.0 + 10.0 * p, 0.75);
  return t.lr;
}

// lambda_p = max * (2 / (1 + exp(-gamma p)) - 1); or constant max.
inline double scheduledLambda(const LambdaSpec& l, double p) {
  if (l.schedule == "ganin")
    return l.max * (2.0 / (1.0 + std::exp(-l.gamma * p)) - 1.0);
  return l.max;
}

} // namespace twb
