#pragma once
// Domain-adversarial training (DANN, Ganin & Lempitsky 2015). Internal to core.
#include "methods/MethodStep.h"

namespace twb {

std::unique_ptr<MethodStep> makeDannStep(const Experiment& e, const NetworkImpl& net);

} // namespace twb
