#pragma once
// The source model a fine-tuning pretrains, and the cell a layer sweep shares between
// all its others. Torch-free.
#include "experiment/Experiment.h"

namespace twb {

// Plain source training (the lower bound's method) on the same data, seed and
// optimiser, for method.pretrain_steps steps, with the backbone's own fresh layers,
// for a network of `channels` input channels: the target's, so a grey source
// pretrains for a colour target.
Experiment pretrainingOf(const Experiment& finetune, int channels);

// method.pretrain_steps of a fine-tuning experiment.
std::int64_t pretrainSteps(const Experiment& finetune);

} // namespace twb
