// Features of a trained run at a named layer, on sub-samples of both domains' splits.
#include "data/LoadDataset.h"
#include "embed/Embedding.h"

#include "embed/EmbeddingParts.h"

#include "data/DatasetStats.h"
#include "base/Errors.h"
#include "base/Text.h"
#include "base/Random.h"
#include "data/ClassSubset.h"
#include "nn/Batches.h"
#include "nn/Checkpoint.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"

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

Message EmbeddingData::countsText() const {
  auto part = [](const DomainCount& d, const Message& role) {
    return d.used == d.available
               ? Message::text(TWB_TR("twb", "all %1 %2 (%3)"), {withThousands(d.available), role, d.dataset})
               : Message::text(TWB_TR("twb", "%1 of %2 %3 (%4)"),
                             {withThousands(d.used), withThousands(d.available), role, d.dataset});
  };
  if (isZeroShot())
    return Message::text(TWB_TR("twb", "%1 images and %2 class embeddings"),
                       {part(source, split), std::to_string(classPoints)});
  return Message::text(TWB_TR("twb", "%1 and %2 %3 images"),
                     {part(source, Message::text(TWB_TR("twb", "source"))), part(target, Message::text(TWB_TR("twb", "target"))),
                      split});
}

std::vector<std::string> runLayerNames(const std::string& runDir) {
  const CheckpointMeta meta = readCheckpointMeta(trainedModelPath(runDir));
  auto names = networkOf(meta)->layerNames();
  const auto extra = methodOf(loadExperimentFile((fs::path(runDir) / "experiment.json").string())).extraLayers();
  names.insert(names.begin(), extra.begin(), extra.end());
  return names;
}

EmbeddingData extractEmbedding(const EmbeddingRequest& req) {
  if (req.split != "test" && req.split != "train")
    throw InputError(Message::text(TWB_TR("twb", "split '%1' is not 'test' or 'train'"), {req.split}));
  const std::string modelPath = trainedModelPath(req.runDir);
  const Method& method = methodOf(loadExperimentFile((fs::path(req.runDir) / "experiment.json").string()));
  const auto extra = method.extraLayers();
  if (std::find(extra.begin(), extra.end(), req.layer) != extra.end())
    return method.embedExtraLayer(req);
  EmbeddingData out;
  out.runDir = req.runDir;
  out.layer = req.layer;
  out.split = req.split;
  out.experiment = loadExperimentFile((fs::path(req.runDir) / "experiment.json").string());
  const Experiment& e = out.experiment;

  const CheckpointMeta meta = readCheckpointMeta(modelPath);
  auto net = networkOf(meta);
  const auto names = net->layerNames();
  if (std::find(names.begin(), names.end(), req.layer) == names.end())
    throw InputError(Message::text(TWB_TR("twb", "%1: the %2 network has no layer '%3' (its layers: %4)"),
                                 {req.runDir, meta.backbone, req.layer, listMessage(names)}));
  loadCheckpoint(modelPath, *net, nullptr);

  // The same seed as training, so the splits are the ones the run was tested on.
  LoadOptions loading;
  loading.cancel = req.cancel;
  Dataset source = loadDataset(e.source.dataset, e.seed, loading);
  Dataset target = e.target.dataset == e.source.dataset ? source : loadDataset(e.target.dataset, e.seed, loading);
  selectClasses(source, e.source.classes, "source.classes");
  selectClasses(target, e.target.classes, "target.classes");
  // A source model handed to a new task: the network answers the target's classes,
  // and the source's are others. Both sets are kept, the target's numbered after the
  // source's.
  const bool newTask = method.needs().sourceModel;
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
    throw InputError(
        newTask ? Message::text(TWB_TR("twb", "%1: the model has %2 classes but its target '%3' has %4"),
                              {req.runDir, std::to_string(meta.classes), e.target.dataset, std::to_string(modelClasses)})
                : Message::text(TWB_TR("twb", "%1: the model has %2 classes but its source '%3' has %4"),
                              {req.runDir, std::to_string(meta.classes), e.source.dataset, std::to_string(modelClasses)}));

  torch::NoGradGuard noGrad;
  net->eval();
  out.thumbSide = static_cast<int>(meta.side);
  std::vector<torch::Tensor> parts;
  const int predictionOffset = targetOffset;
  auto addDomain = [&](const Dataset& d, EmbeddingDomain role, DomainCount& count, std::uint64_t stream,
                       int labelOffset) {
    const ImageSet& set = req.split == "test" ? d.test : d.train;
    if (set.width != meta.side || set.height != meta.side)
      throw InputError(Message::text(TWB_TR("twb", "%1: '%2' images are not %3x%3 like the model's"),
                                   {req.runDir, d.name, std::to_string(meta.side)}));
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
    throw InputError(Message::text(TWB_TR("twb", "%1: fewer than two %2 images to embed"), {req.runDir, req.split}));
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
