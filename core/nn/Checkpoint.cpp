#include "nn/Checkpoint.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"
#include "nn/TorchArchive.h"

#include <torch/serialize.h>
#include <torch/serialize/input-archive.h>
#include <torch/serialize/output-archive.h>

#include <fstream>
#include <limits>
#include <sstream>

namespace twb {

namespace {
constexpr const char* kFormat = "transfer-workbench-checkpoint-1";

void writeMeta(torch::serialize::OutputArchive& a, const CheckpointMeta& m) {
  a.write("format", c10::IValue(std::string(kFormat)));
  a.write("experiment", c10::IValue(m.experimentJson));
  a.write("step", c10::IValue(m.step));
  a.write("backbone", c10::IValue(m.backbone));
  a.write("channels", c10::IValue(m.channels));
  a.write("side", c10::IValue(m.side));
  a.write("classes", c10::IValue(m.classes));
}

InputError unreadable(const std::string& path) {
  return InputError(Message::text(TWB_TR("twb", "%1: cannot be read as a model checkpoint"), {path}));
}

// torch says that an archive is damaged or not ours with c10::Error and its C++
// backtrace, or, from its TorchScript importer, torch::jit::ErrorReport (both
// std::exception); the user gets one sentence naming the file instead. fuzz_checkpoint
// found both escaping: a model.pt with the metadata but no weights, and one whose
// archive names a file that is not there.
template <typename Read>
auto readingCheckpoint(const std::string& path, Read&& read) -> decltype(read()) {
  try {
    return read();
  } catch (const Error&) {
    throw; // already our sentence ("not a Transfer Workbench model.pt")
  } catch (const std::exception&) {
    throw unreadable(path);
  }
}

// Reading the weights into this run's objects: a weight of another shape or a missing
// one (c10::Error) does not fit; anything else torch throws is a damaged archive.
template <typename Read>
void readingWeights(const std::string& path, Read&& read) {
  try {
    read();
  } catch (const Error&) {
    throw; // already our sentence (a method's "holds no ...")
  } catch (const c10::Error& e) {
    throw InputError(Message::text(TWB_TR("twb", "%1: does not fit this run (%2)"), {path, e.what_without_backtrace()}));
  } catch (const std::exception&) {
    throw unreadable(path);
  }
}

CheckpointMeta readMetaFields(torch::serialize::InputArchive& a, const std::string& path) {
  c10::IValue v;
  if (!a.try_read("format", v) || !v.isString() || v.toStringRef() != kFormat)
    throw InputError(Message::text(TWB_TR("twb", "%1: not a Transfer Workbench model.pt"), {path}));
  // Ours by its format line, yet written elsewhere or damaged: each value is checked
  // before a network is built from it (a class count of 10^12 would be an allocation).
  const auto damaged = [&path](const char* what) {
    return InputError(Message::text(TWB_TR("twb", "%1: a damaged model.pt (%2)"), {path, what}));
  };
  const auto text = [&](const char* key) {
    if (!a.try_read(key, v) || !v.isString())
      throw damaged(key);
    return v.toStringRef();
  };
  const auto integer = [&](const char* key, std::int64_t lo, std::int64_t hi) {
    if (!a.try_read(key, v) || !v.isInt() || v.toInt() < lo || v.toInt() > hi)
      throw damaged(key);
    return v.toInt();
  };
  CheckpointMeta m;
  m.experimentJson = text("experiment");
  m.step = integer("step", 0, std::numeric_limits<std::int64_t>::max());
  m.backbone = text("backbone");
  m.channels = integer("channels", 1, 4);
  m.side = integer("side", 1, 4096);
  m.classes = integer("classes", 1, 1000000);
  return m;
}

CheckpointMeta readMeta(torch::serialize::InputArchive& a, const std::string& path) {
  return readingCheckpoint(path, [&] { return readMetaFields(a, path); });
}

} // namespace

void loadCheckpointArchive(torch::serialize::InputArchive& archive, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  if (!in || !(bytes << in.rdbuf()))
    throw unreadable(path);
  // Checked before LibTorch reads it: a damaged archive can crash LibTorch's reader.
  checkTorchArchive(bytes.str(), path);
  std::istringstream stream(bytes.str());
  readingCheckpoint(path, [&] { archive.load_from(stream); });
}

void saveCheckpoint(const std::string& path, NetworkImpl& net, torch::optim::Optimizer& optimizer,
                    const CheckpointMeta& meta,
                    const std::function<void(torch::serialize::OutputArchive&)>& extra) {
  torch::serialize::OutputArchive root, model, optim;
  net.save(model);
  optimizer.save(optim);
  root.write("model", model);
  root.write("optimizer", optim);
  writeMeta(root, meta);
  if (extra)
    extra(root);
  // Serialised in memory, then written by writeFileAtomic: LibTorch's file writer, on a
  // full disk, throws again from its destructor and aborts the program, leaving its
  // temporary file; here a full disk is one RunError naming model.pt, the previous
  // checkpoint stays, and no temporary file is left.
  std::ostringstream bytes;
  try {
    root.save_to(bytes);
  } catch (const c10::Error& e) {
    throw RunError(Message::text(TWB_TR("twb", "cannot write %1: %2"), {path, e.what_without_backtrace()}));
  }
  writeFileAtomic(path, bytes.str());
}

CheckpointMeta loadCheckpoint(const std::string& path, NetworkImpl& net, torch::optim::Optimizer* optimizer,
                              const std::function<void(torch::serialize::InputArchive&)>& extra) {
  torch::serialize::InputArchive root, model;
  loadCheckpointArchive(root, path);
  CheckpointMeta meta = readMeta(root, path);
  readingWeights(path, [&] {
    if (!root.try_read("model", model)) // the metadata without weights
      throw unreadable(path);
    net.load(model);
    if (optimizer) {
      torch::serialize::InputArchive optim;
      root.read("optimizer", optim);
      optimizer->load(optim);
    }
    if (extra)
      extra(root);
  });
  return meta;
}

std::shared_ptr<NetworkImpl> networkOf(const CheckpointMeta& meta) {
  return makeNetwork(meta.backbone, NetworkShape{meta.channels, meta.side, meta.classes});
}

CheckpointMeta loadCheckpoint(const std::string& path, NetworkImpl& net, torch::optim::Optimizer& optimizer,
                              const std::function<void(torch::serialize::InputArchive&)>& extra) {
  return loadCheckpoint(path, net, &optimizer, extra);
}

CheckpointMeta readCheckpointMeta(const std::string& path) {
  torch::serialize::InputArchive root;
  loadCheckpointArchive(root, path);
  return readMeta(root, path);
}

CheckpointMeta readCheckpointMeta(torch::serialize::InputArchive& archive, const std::string& path) {
  return readMeta(archive, path);
}

} // namespace twb
