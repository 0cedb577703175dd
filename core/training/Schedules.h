#pragma once
// Schedules over training progress p in [0, 1] (Ganin & Lempitsky 2015, section 5.2).
// Plain functions so the window can draw them before a run.
#include "experiment/Experiment.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace twb {

// mu_p = mu_0 / (1 + alpha p)^beta with alpha = 10, beta = 0.75; or constant.
inline double scheduledLr(const TrainingSpec& t, double p) {
  if (t.lrSchedule == "ganin")
    return t.lr / std::pow(1.0 + 10.0 * p, 0.75);
  return t.lr;
}

// At progress p of a run of `steps` steps:
// - "ganin": lambda_p = max * (2 / (1 + exp(-gamma p)) - 1) (Ganin & Lempitsky 2015);
// - "warmup": max * exp(-5 (1 - t)^2) with t = min(1, step / warmup_steps), the
//   ramp-up of Laine & Aila 2017 and of the mean teacher (Tarvainen & Valpola 2017):
//   under 1 % of max at the start and 29 % half way, so the term barely acts while the
//   label predictor leaves its first plateau, then full weight from warmup_steps on;
// - "constant": max throughout.
inline double scheduledLambda(const LambdaSpec& l, double p, std::int64_t steps) {
  if (l.schedule == "ganin")
    return l.max * (2.0 / (1.0 + std::exp(-l.gamma * p)) - 1.0);
  if (l.schedule == "warmup") {
    const double step = p * static_cast<double>(steps);
    const double t = l.warmupSteps > 0 ? std::min(1.0, step / static_cast<double>(l.warmupSteps)) : 1.0;
    return l.max * std::exp(-5.0 * (1.0 - t) * (1.0 - t));
  }
  return l.max;
}

} // namespace twb
