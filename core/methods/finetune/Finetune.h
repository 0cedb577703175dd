#pragma once
// finetune: a model trained on the source task hands some of its layers to the
// target model, which then trains (those layers frozen, scaled or fine-tuned as
// model.freeze / model.lr_mult say) on the target's few labels. Internal to core.
#include "training/Trainer.h"
#include "nn/Network.h"

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

// The model of model.init_from (a run directory), or a source_only pretraining run of
// method.pretrain_steps on the source, written to RUN_DIR/pretrain when runDir is set.
SourceModel obtainSourceModel(const Experiment& e, const std::string& runDir, const TrainerCallbacks& cb,
                              const std::atomic<bool>& stop);

// Copies the experiment's model.transfer layers, except model.reinit ones (which keep
// their fresh random weights), from `source` into `target`. Returns the layers copied.
std::vector<std::string> transferInto(NetworkImpl& target, NetworkImpl& source, const Experiment& e);

} // namespace twb
