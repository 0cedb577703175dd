#pragma once
// The source model a fine-tuning starts from: the run directory of model.init_from, or
// a plain source training (pretrainingOf) run first, into RUN_DIR/pretrain. Its
// layers are then copied into the target model. Internal to core.
#include "experiment/Experiment.h"
#include "nn/Network.h"
#include "training/Trainer.h"

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace twb {

struct SourceModel {
  std::shared_ptr<NetworkImpl> net; // null when a stop request ended the pretraining
  double sourceTestAcc = 0.0;       // on the source task's test split
  std::int64_t steps = 0;           // source training steps behind it
  std::string from;                 // the run directory it came from, or "" (in memory)
};

// InputError for a model.freeze, lr_mult, reinit or transfer entry that names no
// layer of `net`: checked before a pretraining that could take minutes.
void checkLayerNames(const NetworkImpl& net, const ModelSpec& model);

// The layers the experiment copies: model.transfer (every layer but the head for
// "all"), except model.reinit ones, which keep their fresh random weights.
std::vector<std::string> layersToCopy(const NetworkImpl& target, const Experiment& e);

// The source model's network as model.init_from holds it, without its weights (to
// check its layers fit), or with them. InputError naming the directory when it holds
// no model of this backbone.
std::shared_ptr<NetworkImpl> sourceNetworkOf(const Experiment& e, bool withWeights);

// Whether RUN_DIR/pretrain holds a completed pretraining (a fine-tuning to resume).
bool pretrainingFinishedIn(const std::string& runDir);

// The model of model.init_from, or the pretraining (pretrainingOf(e, channels)) run
// now, written to RUN_DIR/pretrain when runDir is set.
SourceModel obtainSourceModel(const Experiment& e, int channels, const std::string& runDir,
                              const TrainerCallbacks& cb, const std::atomic<bool>& stop);

} // namespace twb
