#include "methods/translate/Translation.h"

#include "methods/translate/TranslationParts.h"

#include "base/Errors.h"
#include "data/LoadDataset.h"
#include "embed/EmbeddingParts.h"
#include "embed/Png.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"
#include "nn/Batches.h"
#include "nn/Checkpoint.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/serialize/input-archive.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>

namespace twb {

const Method& translateMethod(); // TranslateMethod.cpp

namespace fs = std::filesystem;

struct TranslationModel::State {
  std::string runDir;
  Experiment experiment;
  CheckpointMeta meta;
  std::int64_t sourceChannels = 3, targetChannels = 3;
  std::shared_ptr<TranslatorImpl> translator;
  std::mutex mutex;

  bool multimodal() const { return translator->styleDim() > 0; }
  int outputChannels(TranslationDirection d) const {
    return static_cast<int>(d == TranslationDirection::SourceToTarget ? targetChannels : sourceChannels);
  }
};

namespace {

std::int64_t readInteger(torch::serialize::InputArchive& a, const char* key, std::int64_t fallback) {
  c10::IValue v;
  return a.try_read(key, v) && v.isInt() ? v.toInt() : fallback;
}

Experiment translateExperimentOf(const std::string& runDir, const std::string& json, const std::string& origin) {
  Experiment e = parseExperiment(json, origin);
  if (&methodOf(e) != &translateMethod())
    throw InputError(Message::text(TWB_TR("twb", "%1: a %2 run, not a translation run (method translate)"),
                                   {runDir, methodOf(e).name()}));
  return e;
}

} // namespace

TranslationModel::TranslationModel(const std::string& runDir) : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.runDir = runDir;
  const std::string path = trainedModelPath(runDir);
  torch::serialize::InputArchive root, weights;
  loadCheckpointArchive(root, path); // once: its metadata and the translator's weights
  s.meta = readCheckpointMeta(root, path);
  s.experiment = translateExperimentOf(runDir, s.meta.experimentJson, path);
  s.translator = makeTranslator(translatorShapeOf(s.experiment, s.meta.channels));
  try {
    if (!root.try_read("translator", weights))
      throw InputError(Message::text(TWB_TR("twb", "%1: holds no translator"), {path}));
    s.translator->load(weights);
  } catch (const c10::Error&) {
    throw InputError(Message::text(TWB_TR("twb", "%1: cannot be read as a model checkpoint"), {path}));
  }
  s.sourceChannels = readInteger(root, "translate_source_channels", s.meta.channels);
  s.targetChannels = readInteger(root, "translate_target_channels", s.meta.channels);
  s.translator->eval();
}

TranslationModel::~TranslationModel() = default;

const std::string& TranslationModel::runDir() const {
  return state_->runDir;
}
std::string TranslationModel::model() const {
  return translatorShapeOf(state_->experiment, 3).model;
}
bool TranslationModel::multimodal() const {
  return state_->multimodal();
}
std::string TranslationModel::source() const {
  return state_->experiment.source.dataset;
}
std::string TranslationModel::target() const {
  return state_->experiment.target.dataset;
}
int TranslationModel::side() const {
  return static_cast<int>(state_->meta.side);
}
int TranslationModel::channels(bool target) const {
  return static_cast<int>(target ? state_->targetChannels : state_->sourceChannels);
}
std::int64_t TranslationModel::step() const {
  return state_->meta.step;
}
std::uint64_t TranslationModel::seed() const {
  return state_->experiment.seed;
}

std::vector<TranslationImage> TranslationModel::translate(const std::vector<TranslationImage>& images,
                                                          TranslationDirection direction, int styles,
                                                          std::uint64_t seed, bool stylePerImage) const {
  State& s = *state_;
  std::lock_guard<std::mutex> lock(s.mutex);
  torch::NoGradGuard noGrad;
  auto x = imagesToTensor(images, side(), s.meta.channels);
  const bool toTarget = direction == TranslationDirection::SourceToTarget;
  torch::Tensor out;
  if (s.multimodal() && !images.empty()) {
    const std::int64_t k = std::max(1, styles);
    auto generator = at::detail::createCPUGenerator(seed);
    const auto n = x.size(0);
    const auto drawn = stylePerImage ? torch::randn({n * k, s.translator->styleDim()}, generator)
                                     : torch::randn({k, s.translator->styleDim()}, generator).repeat({n, 1});
    out = s.translator->translate(x.repeat_interleave(k, 0), toTarget, drawn);
  } else {
    out = s.translator->translate(x, toTarget);
  }
  return tensorToImages(out, s.outputChannels(direction));
}

std::vector<TranslationImage> TranslationModel::translateInStyleOf(const std::vector<TranslationImage>& images,
                                                                   TranslationDirection direction,
                                                                   const TranslationImage& styleImage) const {
  State& s = *state_;
  if (!s.multimodal())
    throw InputError(Message::text(TWB_TR("twb", "%1: a UNIT run has no styles to take from an image"), {s.runDir}));
  std::lock_guard<std::mutex> lock(s.mutex);
  torch::NoGradGuard noGrad;
  const bool toTarget = direction == TranslationDirection::SourceToTarget;
  const auto x = imagesToTensor(images, side(), s.meta.channels);
  const auto style = s.translator->styleOf(imagesToTensor({styleImage}, side(), s.meta.channels), toTarget);
  return tensorToImages(s.translator->translate(x, toTarget, style.expand({x.size(0), -1})),
                        s.outputChannels(direction));
}

std::vector<TranslationImage> TranslationModel::reconstruct(const std::vector<TranslationImage>& images,
                                                            bool target) const {
  State& s = *state_;
  std::lock_guard<std::mutex> lock(s.mutex);
  torch::NoGradGuard noGrad;
  const auto x = imagesToTensor(images, side(), s.meta.channels);
  return tensorToImages(s.translator->reconstruct(x, target), channels(target));
}

SampleGridLayout latestSampleGrid(const std::string& runDir) {
  const fs::path experimentPath = fs::path(runDir) / "experiment.json";
  if (!fs::exists(experimentPath))
    throw InputError(Message::text(TWB_TR("twb", "%1: not a run directory (experiment.json is missing)"), {runDir}));
  const std::string json = readFile(experimentPath.string());
  const Experiment e = translateExperimentOf(runDir, json, experimentPath.string());
  const fs::path modelPath = fs::path(runDir) / "model.pt";
  const fs::path latest = fs::path(samplesDirectory(runDir)) / "latest.png";
  if (!fs::exists(modelPath) || !fs::exists(latest))
    return {};
  const CheckpointMeta meta = readCheckpointMeta(modelPath.string());
  // The columns the grid has (its width, in its PNG header), which a test split
  // smaller than translate.samples makes fewer.
  const std::string png = readFile(latest.string());
  if (png.size() < 24)
    return {};
  int width = 0;
  for (int i = 16; i < 20; ++i)
    width = (width << 8) | static_cast<unsigned char>(png[static_cast<std::size_t>(i)]);
  SampleGridLayout g =
      sampleGridLayout(e, sampleGridColumns(width, static_cast<int>(meta.side)), static_cast<int>(meta.side));
  g.path = latest.string();
  // The newest step_NNNNNN.png is the grid latest.png repeats.
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(samplesDirectory(runDir), ec)) {
    const std::string name = entry.path().filename().string();
    long long step = 0;
    if (std::sscanf(name.c_str(), "step_%lld.png", &step) == 1)
      g.step = std::max<std::int64_t>(g.step, step);
  }
  return g;
}

} // namespace twb
