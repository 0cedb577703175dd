#pragma once
// The optimizer for a network under a ModelSpec: frozen layers get no gradient and
// no optimizer state; each other layer is a parameter group whose rate is the base
// rate times its lr_mult. Internal to core.
#include "experiment/Experiment.h"
#include "nn/Network.h"

#include <torch/optim/optimizer.h>

#include <memory>
#include <vector>

namespace twb {

struct OptimizerSetup {
  std::unique_ptr<torch::optim::Optimizer> optimizer;
  std::vector<double> multipliers; // per parameter group, in group order
};

// InputError for a freeze or lr_mult entry that names no layer of the network.
// `extra` (a method's own modules, e.g. DANN's domain classifier) is one more group
// at the base rate.
OptimizerSetup makeOptimizer(NetworkImpl& net, const ModelSpec& model, const TrainingSpec& training,
                             const std::vector<torch::Tensor>& extra = {});

// Sets every group's rate to baseLr times its multiplier.
void setLearningRate(OptimizerSetup& setup, double baseLr);

} // namespace twb
