#pragma once
// model.pt: weights, optimizer state and metadata (the resolved experiment and the
// step) in one archive, written to a temporary file and renamed. Internal to core.
#include "nn/Network.h"

#include <torch/optim/optimizer.h>

#include <torch/serialize/input-archive.h>
#include <torch/serialize/output-archive.h>

#include <cstdint>
#include <functional>
#include <string>

namespace twb {

struct CheckpointMeta {
  std::string experimentJson;
  std::int64_t step = 0;
  std::string backbone;
  std::int64_t channels = 0, side = 0, classes = 0;
};

// `extra` writes more modules into the same archive (a method's domain classifier).
void saveCheckpoint(const std::string& path, NetworkImpl& net, torch::optim::Optimizer& optimizer,
                    const CheckpointMeta& meta,
                    const std::function<void(torch::serialize::OutputArchive&)>& extra = {});

// Loads weights (and, when given, optimizer state) into existing objects; returns the
// metadata. InputError naming `path` when it is not a model.pt of ours.
// `extra`, when given, then reads a method's part of the same archive (InputError
// naming `path` when it is missing or of another shape).
CheckpointMeta loadCheckpoint(const std::string& path, NetworkImpl& net, torch::optim::Optimizer* optimizer,
                              const std::function<void(torch::serialize::InputArchive&)>& extra = {});
// The same, then `extra` reads back what saveCheckpoint's `extra` wrote (InputError
// naming `path` when that part is missing or of another shape).
CheckpointMeta loadCheckpoint(const std::string& path, NetworkImpl& net, torch::optim::Optimizer& optimizer,
                              const std::function<void(torch::serialize::InputArchive&)>& extra);
// InputError naming `path` when it is not ours, or its metadata is missing or out of range.
CheckpointMeta readCheckpointMeta(const std::string& path);
// The same, from an archive loadCheckpointArchive read (`path` names it in errors).
CheckpointMeta readCheckpointMeta(torch::serialize::InputArchive& archive, const std::string& path);
// Reads a model.pt into `archive` for code that reads its own parts of it; the file is
// checked first (nn/TorchArchive.h). InputError naming `path` when it cannot be read.
void loadCheckpointArchive(torch::serialize::InputArchive& archive, const std::string& path);
// The network a checkpoint's metadata describes (backbone and shape), without weights.
std::shared_ptr<NetworkImpl> networkOf(const CheckpointMeta& meta);

} // namespace twb
