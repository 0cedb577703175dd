#pragma once
// The gradient reversal layer of DANN (Ganin & Lempitsky 2015): the identity going
// forward, the gradient times -lambda going back. Placed between the feature
// extractor and the domain classifier, it trains the classifier to tell the domains
// apart while pushing the features to make that impossible. Internal to core.
#include <torch/types.h>

namespace twb {

torch::Tensor gradientReversal(const torch::Tensor& features, double lambda);

} // namespace twb
