#pragma once
// The source model a finetune experiment starts from, and the cell a layer sweep
// shares between all its others. Torch-free.
#include "experiment/Experiment.h"

namespace twb {

// Plain source training on the same data, seed and optimiser, for
// method.pretrain_steps steps, with the backbone's own fresh layers.
Experiment pretrainingOf(const Experiment& finetune);

} // namespace twb
