#pragma once
// The supervised step every method that learns from one labelled batch shares:
// cross-entropy of the network's logits, and the batch's accuracy logged under
// `accuracyName`. Internal to core.
#include "methods/MethodRun.h"

#include <string>

namespace twb {

torch::Tensor crossEntropyStep(NetworkImpl& net, const StepBatch& b, NamedValues& values,
                               const std::string& accuracyName);

} // namespace twb
