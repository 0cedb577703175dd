#include "data/LoadDataset.h"
#include "training/Evaluate.h"

#include "base/Errors.h"
#include "base/Text.h"
#include "data/ClassSubset.h"
#include "embed/EmbeddingParts.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"
#include "nn/Accuracy.h"
#include "nn/Batches.h"
#include "nn/Checkpoint.h"

#include <torch/types.h>
#include <torch/utils.h>

#include <algorithm>
#include <filesystem>
#include <utility>

namespace twb {

namespace {
// Runs `fn` over `images` in chunks, in eval mode and without gradients.
template <typename Fn> void forEachChunk(NetworkImpl& net, const ImageSet& images, std::int64_t channels,
                                         const torch::Device& device, Fn fn) {
  torch::NoGradGuard noGrad;
  const bool wasTraining = net.is_training();
  net.eval();
  // 256 images: conv1's output for a chunk (19 MiB) stays under the allocator's mmap threshold
  // (keepFreedTensorMemory), so evaluations reuse memory too.
  constexpr std::size_t kChunk = 256;
  std::vector<std::size_t> idx;
  for (std::size_t start = 0; start < images.size(); start += kChunk) {
    idx.clear();
    for (std::size_t i = start; i < std::min(images.size(), start + kChunk); ++i)
      idx.push_back(i);
    fn(imageBatch(images, idx, channels).to(device), idx);
  }
  net.train(wasTraining);
}
} // namespace

double accuracy(NetworkImpl& net, const ImageSet& images, std::int64_t channels, const torch::Device& device) {
  if (images.size() == 0)
    return 0.0;
  std::int64_t correct = 0;
  forEachChunk(net, images, channels, device, [&](const torch::Tensor& x, const std::vector<std::size_t>& idx) {
    const auto y = labelBatch(images, idx).to(device);
    correct += net.forward(x).argmax(1).eq(y).sum().item<std::int64_t>();
  });
  return static_cast<double>(correct) / static_cast<double>(images.size());
}

double accuracyOfFeatures(NetworkImpl& net, const torch::Tensor& features, const ImageSet& images) {
  if (images.size() == 0)
    return 0.0;
  torch::NoGradGuard noGrad;
  const bool wasTraining = net.is_training();
  net.eval();
  std::vector<std::size_t> all(images.size());
  for (std::size_t i = 0; i < all.size(); ++i)
    all[i] = i;
  const auto y = labelBatch(images, all).to(features.device());
  const auto correct = net.classify(features).argmax(1).eq(y).sum().item<std::int64_t>();
  net.train(wasTraining);
  return static_cast<double>(correct) / static_cast<double>(images.size());
}

torch::Tensor featuresOf(NetworkImpl& net, const ImageSet& images, std::int64_t channels, const torch::Device& device) {
  std::vector<torch::Tensor> parts;
  forEachChunk(net, images, channels, device,
               [&](const torch::Tensor& x, const std::vector<std::size_t>&) { parts.push_back(net.features(x)); });
  return parts.empty() ? torch::empty({0, net.featureDim()}) : torch::cat(parts);
}

double evaluateCheckpoint(const std::string& modelPath, const ImageSet& images) {
  const CheckpointMeta meta = readCheckpointMeta(modelPath);
  auto net = networkOf(meta);
  loadCheckpoint(modelPath, *net, nullptr);
  return accuracy(*net, images, meta.channels, torch::kCPU);
}

} // namespace twb

namespace twb {

namespace {

// Every image of both splits, for a user's folder:/idx: dataset.
ImageSet bothSplits(const Dataset& d) {
  ImageSet all = d.train;
  all.pixels.insert(all.pixels.end(), d.test.pixels.begin(), d.test.pixels.end());
  all.labels.insert(all.labels.end(), d.test.labels.begin(), d.test.labels.end());
  return all;
}

} // namespace

RunPredictions predictRun(const std::string& runDir, const std::string& spec, const std::atomic<bool>* cancel) {
  const std::string modelPath = trainedModelPath(runDir);
  const Experiment e = loadExperimentFile((std::filesystem::path(runDir) / "experiment.json").string());
  const Method& method = methodOf(e);
  const MethodNeeds needs = method.needs();
  if (needs.tasks || needs.classDescriptions)
    throw InputError(Message::text(TWB_TR("twb", "%1: a %2 run has no single label predictor to evaluate"),
                                   {runDir, method.name()}));
  const CheckpointMeta meta = readCheckpointMeta(modelPath);
  auto net = networkOf(meta);
  loadCheckpoint(modelPath, *net, nullptr);

  // The classes the network answers: the source's, or a new task's (the target's).
  LoadOptions loading;
  loading.cancel = cancel;
  loading.side = static_cast<int>(meta.side);
  const DomainSpec& task = needs.sourceModel ? e.target : e.source;
  Dataset trained = loadDataset(task.dataset, e.seed, loading);
  selectClasses(trained, task.classes, needs.sourceModel ? "target.classes" : "source.classes");
  if (static_cast<std::int64_t>(trained.classNames.size()) != meta.classes)
    throw InputError(
        Message::text(TWB_TR("twb", "%1: the model has %2 classes but its dataset '%3' has %4"),
                      {runDir, std::to_string(meta.classes), task.dataset, std::to_string(trained.classNames.size())}));

  RunPredictions out;
  out.runDir = runDir;
  out.spec = spec;
  out.wholeDataset = spec.rfind("folder:", 0) == 0 || spec.rfind("idx:", 0) == 0;
  out.classes = trained.classNames;
  const Dataset data = loadDataset(spec, e.seed, loading);
  ImageSet all = out.wholeDataset ? bothSplits(data) : data.test;
  if (all.width != meta.side || all.height != meta.side)
    throw InputError(
        Message::text(TWB_TR("twb", "%1: its images are %2x%3, the model reads %4x%4"),
                      {spec, std::to_string(all.width), std::to_string(all.height), std::to_string(meta.side)}));
  // The dataset's class c is the model's class modelClass[c], or -1 when it has none.
  std::vector<std::int64_t> modelClass(data.classNames.size(), -1);
  for (std::size_t c = 0; c < data.classNames.size(); ++c) {
    const auto it = std::find(out.classes.begin(), out.classes.end(), data.classNames[c]);
    if (it == out.classes.end())
      out.unknownClasses.push_back(data.classNames[c]);
    else
      modelClass[c] = it - out.classes.begin();
  }
  for (const auto& name : out.classes)
    if (std::find(data.classNames.begin(), data.classNames.end(), name) == data.classNames.end())
      out.missingClasses.push_back(name);
  if (out.classes.size() == out.missingClasses.size())
    throw InputError(Message::text(TWB_TR("twb", "%1 shares no class name with the run's classes (%2)"),
                                   {spec, listMessage(out.classes)}));

  // Only the images of known classes are scored, relabelled in the model's order.
  std::vector<std::size_t> known;
  for (std::size_t i = 0; i < all.size(); ++i)
    if (modelClass[static_cast<std::size_t>(all.labels[i])] >= 0)
      known.push_back(i);
  out.images = known.size() == all.size() ? std::move(all) : all.subset(known); // no copy in the usual case
  for (auto& label : out.images.labels)
    label = modelClass[static_cast<std::size_t>(label)];
  out.predicted.reserve(out.images.size());
  forEachChunk(*net, out.images, meta.channels, torch::kCPU,
               [&](const torch::Tensor& x, const std::vector<std::size_t>&) {
                 if (cancel && cancel->load())
                   throw Cancelled();
                 const auto predicted = net->forward(x).argmax(1).contiguous();
                 const auto* p = predicted.data_ptr<std::int64_t>();
                 out.predicted.insert(out.predicted.end(), p, p + predicted.size(0));
               });
  return out;
}

Evaluation evaluationOf(const RunPredictions& predictions) {
  Evaluation out;
  out.runDir = predictions.runDir;
  out.spec = predictions.spec;
  out.wholeDataset = predictions.wholeDataset;
  out.unknownClasses = predictions.unknownClasses;
  out.missingClasses = predictions.missingClasses;
  for (const auto& name : predictions.classes)
    out.classes.push_back(ClassScore{name, 0, 0});
  for (std::size_t i = 0; i < predictions.predicted.size(); ++i) {
    const std::int64_t truth = predictions.truth(i);
    ClassScore& score = out.classes[static_cast<std::size_t>(truth)];
    ++score.images;
    ++out.images;
    if (predictions.predicted[i] == truth) {
      ++score.correct;
      ++out.correct;
    }
  }
  return out;
}

Evaluation evaluateRun(const std::string& runDir, const std::string& spec, const std::atomic<bool>* cancel) {
  return evaluationOf(predictRun(runDir, spec, cancel));
}

} // namespace twb
