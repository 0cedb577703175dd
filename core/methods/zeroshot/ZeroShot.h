#pragma once
// Zero-shot learning: the image network and a map of class descriptions trained into
// one space on the seen classes, tested on classes training never saw. Internal.
#include "methods/MethodStep.h"
#include "zeroshot/ZeroShotSetup.h"

namespace twb {

std::unique_ptr<MethodStep> makeZeroShotStep(const Experiment& e, NetworkImpl& net, const NetworkShape& shape,
                                             const ZeroShotSetup& setup, const torch::Device& device);

} // namespace twb
