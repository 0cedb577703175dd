// Features of a trained run at a named layer, on sub-samples of both domains' splits.
#include "embed/Embedding.h"

#include "embed/EmbeddingParts.h"

#include "data/DatasetStats.h"
#include "base/Errors.h"
#include "base/Random.h"
#include "data/ClassSubset.h"
#include "nn/Batches.h"
#include "nn/Checkpoint.h"
#include "zeroshot/ZeroShotEmbeddings.h"

#include <torch/types.h>
#include <torch/utils.h>

#include <algorithm>
#include <filesystem>

namespace twb {

namespace fs = std::filesystem;

namespace {

std::string withThousands(std::size_t v) {
  std::string s = std::to_string(v);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3)
    s.insert(static_cast<std::size_t>(i), ",");
  return s;
}

} // namespace

std::string trainedModelPath(const std::string& runDir) {
  if (!fs::is_directory(runDir))
    throw InputError(runDir + ": not a run directory (no such folder)");
  const fs::path model = fs::path(runDir) / "model.pt";
  if (!fs::exists(model))
    throw InputError(runDir + ": not a trained run directory (model.pt is missing)");
  if (!fs::exists(fs::path(runDir) / "experiment.json"))
    throw InputError(runDir + ": not a run directory (experiment.json is missing)");
  return model.string();
}

void throwIfCancelled(const std::atomic<bool>* cancel) {
  if (cancel && cancel->load())
    throw Cancelled();
}

std::vector<std::size_t> sampleIndices(std::size_t available, std::size_t maxCount, std::uint64_t seed) {
  std::vector<std::size_t> idx(available);
  for (std::size_t i = 0; i < available; ++i)
    idx[i] = i;
  if (maxCount == 0 || maxCount >= available)
    return idx;
  seededShuffle(idx, seed);
  idx.resize(maxCount);
  std::sort(idx.begin(), idx.end());
  return idx;
}

void forEachChunk(const std::vector<std::size_t>& indices, const std::atomic<bool>* cancel,
                  const std::function<void(const std::vector<std::size_t>&)>& fn) {
  constexpr std::size_t kChunk = 500;
  for (std::size_t start = 0; start < indices.size(); start += kChunk) {
    throwIfCancelled(cancel);
    const auto end = std::min(indices.size(), start + kChunk);
    fn(std::vector<std::size_t>(indices.begin() + static_cast<std::ptrdiff_t>(start),
                                indices.begin() + static_cast<std::ptrdiff_t>(end)));
  }
}

void appendThumbnail(const ImageSet& set, std::size_t i, std::vector<std::uint8_t>& out) {
  const std::uint8_t* p = set.image(i);
  const std::size_t pixels = static_cast<std::size_t>(set.width) * set.height;
  for (std::size_t px = 0; px < pixels; ++px)
    for (int c = 0; c < 3; ++c)
      out.push_back(set.channels >= 3 ? p[px * set.channels + c] : p[px * set.channels]);
}

void appendImagePoint(EmbeddingData& out, const ImageSet& set, std::size_t index, int label, int prediction,
                      EmbeddingDomain domain) {
  out.labels.push_back(label);
  out.predictions.push_back(prediction);
  out.domains.push_back(domain);
  out.splitIndex.push_back(index);
  appendThumbnail(set, index, out.thumbnails);
}

std::string EmbeddingData::countsText() const {
  auto part = [](const DomainCount& d, const char* role) {
    return (d.used == d.available ? "all " + withThousands(d.available)
                                  : withThousands(d.used) + " of " + withThousands(d.available)) +
           " " + role + " (" + d.dataset + ")";
  };
  if (isZeroShot())
    return part(source, split.c_str()) + " images and " + std::to_string(classPoints) + " class embeddings";
  return part(source, "source") + " and " + part(target, "target") + " " + split + " images";
}

std::vector<std::string> runLayerNames(const std::string& runDir) {
  const CheckpointMeta meta = readCheckpointMeta(trainedModelPath(runDir));
  auto names = makeNetwork(meta.backbone, NetworkShape{meta.channels, meta.side, meta.classes})->layerNames();
  if (loadExperimentFile((fs::path(runDir) / "experiment.json").string()).method.name == "zeroshot")
    names.insert(names.begin(), kJointLayer);
  return names;
}

EmbeddingData extractEmbedding(const EmbeddingRequest& req) {
  if (req.split != "test" && req.split != "train")
    throw InputError("split '" + req.split + "' is not 'test' or 'train'");
  if (req.layer == kJointLayer)
    return extractJointEmbedding(req);
  const std::string modelPath = trainedModelPath(req.runDir);
  EmbeddingData out;
  out.runDir = req.runDir;
  out.layer = req.layer;
  out.split = req.split;
  out.experiment = loadExperimentFile((fs::path(req.runDir) / "experiment.json").string());
  const Experiment& e = out.experiment;

  const CheckpointMeta meta = readCheckpointMeta(modelPath);
  auto net = makeNetwork(meta.backbone, NetworkShape{meta.channels, meta.side, meta.classes});
  const auto names = net->layerNames();
  if (std::find(names.begin(), names.end(), req.layer) == names.end()) {
    std::string list;
    for (const auto& n : names)
      list += (list.empty() ? "" : ", ") + n;
    throw InputError(req.runDir + ": the " + meta.backbone + " network has no layer '" + req.layer +
                     "' (its layers: " + list + ")");
  }
  loadCheckpoint(modelPath, *net, nullptr);

  // The same seed as training, so the splits are the ones the run was tested on.
  LoadOptions loading;
  loading.cancel = req.cancel;
  Dataset source = loadDataset(e.source.dataset, e.seed, loading);
  Dataset target = e.target.dataset == e.source.dataset ? source : loadDataset(e.target.dataset, e.seed, loading);
  selectClasses(source, e.source.classes, "source.classes");
  selectClasses(target, e.target.classes, "target.classes");
  // finetune learns a new task: its network answers the target's classes, and the
  // source's are others. Both sets are kept, the target's numbered after the source's.
  const bool newTask = e.method.name == "finetune";
  int targetOffset = 0;
  if (newTask) {
    out.classNames = source.classNames;
    for (const auto& name : target.classNames)
      out.classNames.push_back(name + " (target)");
    targetOffset = static_cast<int>(source.classNames.size());
  } else {
    if (!matchClasses(source, target).identical)
      alignToClasses(target, source.classNames);
    out.classNames = source.classNames;
  }
  const std::size_t modelClasses = newTask ? target.classNames.size() : source.classNames.size();
  if (static_cast<std::int64_t>(modelClasses) != meta.classes)
    throw InputError(req.runDir + ": the model has " + std::to_string(meta.classes) + " classes but its " +
                     (newTask ? "target '" + e.target.dataset : "source '" + e.source.dataset) + "' has " +
                     std::to_string(modelClasses));

  torch::NoGradGuard noGrad;
  net->eval();
  out.thumbSide = static_cast<int>(meta.side);
  std::vector<torch::Tensor> parts;
  const int predictionOffset = targetOffset;
  auto addDomain = [&](const Dataset& d, EmbeddingDomain role, DomainCount& count, std::uint64_t stream,
                       int labelOffset) {
    const ImageSet& set = req.split == "test" ? d.test : d.train;
    if (set.width != meta.side || set.height != meta.side)
      throw InputError(req.runDir + ": '" + d.name + "' images are not " + std::to_string(meta.side) + "x" +
                       std::to_string(meta.side) + " like the model's");
    count.dataset = d.name;
    count.available = set.size();
    const auto idx = sampleIndices(set.size(), req.maxPerDomain, mixSeed(req.seed, stream));
    count.used = idx.size();
    forEachChunk(idx, req.cancel, [&](const std::vector<std::size_t>& chunk) {
      const auto x = imageBatch(set, chunk, meta.channels);
      parts.push_back(net->forwardTo(x, req.layer).flatten(1).contiguous());
      const auto pred = net->forward(x).argmax(1).contiguous();
      const auto* p = pred.data_ptr<std::int64_t>();
      for (std::size_t j = 0; j < chunk.size(); ++j)
        appendImagePoint(out, set, chunk[j], static_cast<int>(set.labels[chunk[j]]) + labelOffset,
                         static_cast<int>(p[j]) + predictionOffset, role);
    });
  };
  addDomain(source, EmbeddingDomain::Source, out.source, 1, 0);
  addDomain(target, EmbeddingDomain::Target, out.target, 2, targetOffset);

  out.n = out.labels.size();
  if (out.n < 2)
    throw InputError(req.runDir + ": fewer than two " + req.split + " images to embed");
  const auto all = torch::cat(parts);
  out.dim = static_cast<std::size_t>(all.size(1));
  appendFloats(out.features, all);
  throwIfCancelled(req.cancel);
  out.k = std::min(req.neighbours, out.n - 1);
  out.neighbours = nearestNeighbours(out.features, out.n, out.dim, out.k);
  if (hasTwoDomains(out.experiment)) // as the run's summary.json: no probe of one domain with itself
    out.domainProbe = probeDomains(out);
  return out;
}

} // namespace twb
