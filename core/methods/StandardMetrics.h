#pragma once
// The metrics several methods log under one name (shared/CONTRACT.md's list), each
// declared here once with its human name and one-line meaning, so every method that
// logs loss/label says the same thing about it. A method's own metrics stay in its
// own folder.
#include "methods/Method.h"

#include <string>
#include <vector>

namespace twb {

// The declaration of a standard metric; an unknown name gets its name as its title
// (a programming slip shows on screen, it does not crash).
MetricInfo standardMetric(const std::string& name);

// Those the trainer logs for every method (TrainingSession): test accuracies, lr.
std::vector<MetricInfo> trainerMetrics();

} // namespace twb
