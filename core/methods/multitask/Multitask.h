#pragma once
// Multitask learning: one shared trunk (the backbone up to the layer before its
// `head`: fc2 on lenet, block5 averaged over space on resnet) and one linear head per task. The backbone's own `head`
// is not used. Losses are weighted by fixed weights or by learned uncertainty (Kendall, Gal & Cipolla 2018). Internal
// to core.
#include "methods/MethodStep.h"
#include "methods/multitask/MultitaskData.h"

#include <memory>

namespace twb {

std::unique_ptr<MethodStep> makeMultitaskStep(const Experiment& e, NetworkImpl& net,
                                              std::shared_ptr<const MultitaskData> data);

} // namespace twb
