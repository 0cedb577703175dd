#include "nn/Checkpoint.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"

#include <torch/serialize.h>
#include <torch/serialize/input-archive.h>
#include <torch/serialize/output-archive.h>

#include <cstdio>

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
    throw InputError(Message::text(TWB_TR("twb", "%1: cannot be read as a model checkpoint"), {path}));
  }
}

CheckpointMeta readMetaFields(torch::serialize::InputArchive& a, const std::string& path) {
  c10::IValue v;
  if (!a.try_read("format", v) || !v.isString() || v.toStringRef() != kFormat)
    throw InputError(Message::text(TWB_TR("twb", "%1: not a Transfer Workbench model.pt"), {path}));
  CheckpointMeta m;
  a.read("experiment", v);
  m.experimentJson = v.toStringRef();
  a.read("step", v);
  m.step = v.toInt();
  a.read("backbone", v);
  m.backbone = v.toStringRef();
  a.read("channels", v);
  m.channels = v.toInt();
  a.read("side", v);
  m.side = v.toInt();
  a.read("classes", v);
  m.classes = v.toInt();
  return m;
}

CheckpointMeta readMeta(torch::serialize::InputArchive& a, const std::string& path) {
  return readingCheckpoint(path, [&] { return readMetaFields(a, path); });
}

void loadArchive(torch::serialize::InputArchive& a, const std::string& path) {
  readingCheckpoint(path, [&] { a.load_from(path); });
}
} // namespace

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
  const std::string tmp = temporaryPathFor(path);
  try {
    root.save_to(tmp);
  } catch (const c10::Error& e) {
    std::remove(tmp.c_str());
    throw RunError(Message::text(TWB_TR("twb", "cannot write %1: %2"), {path, e.what_without_backtrace()}));
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    throw RunError(Message::text(TWB_TR("twb", "cannot write %1"), {path}));
  }
}

CheckpointMeta loadCheckpoint(const std::string& path, NetworkImpl& net, torch::optim::Optimizer* optimizer) {
  torch::serialize::InputArchive root, model;
  loadArchive(root, path);
  CheckpointMeta meta = readMeta(root, path);
  readingCheckpoint(path, [&] {
    root.read("model", model);
    net.load(model);
    if (optimizer) {
      torch::serialize::InputArchive optim;
      root.read("optimizer", optim);
      optimizer->load(optim);
    }
  });
  return meta;
}

CheckpointMeta loadCheckpoint(const std::string& path, NetworkImpl& net, torch::optim::Optimizer& optimizer,
                              const std::function<void(torch::serialize::InputArchive&)>& extra) {
  torch::serialize::InputArchive root, model, optim;
  loadArchive(root, path);
  CheckpointMeta meta = readMeta(root, path);
  try {
    root.read("model", model);
    net.load(model);
    root.read("optimizer", optim);
    optimizer.load(optim);
    extra(root);
  } catch (const c10::Error& e) {
    throw InputError(Message::text(TWB_TR("twb", "%1: does not fit this run (%2)"), {path, e.what_without_backtrace()}));
  }
  return meta;
}

CheckpointMeta readCheckpointMeta(const std::string& path) {
  torch::serialize::InputArchive root;
  loadArchive(root, path);
  return readMeta(root, path);
}

} // namespace twb
