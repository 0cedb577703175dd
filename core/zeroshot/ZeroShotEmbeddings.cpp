#include "data/LoadDataset.h"
#include "zeroshot/ZeroShotEmbeddings.h"

#include "base/Errors.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"
#include "base/Random.h"
#include "embed/EmbeddingParts.h"
#include "nn/Batches.h"
#include "nn/Checkpoint.h"
#include "zeroshot/ZeroShotBaselines.h"
#include "zeroshot/ZeroShotModel.h"
#include "zeroshot/ZeroShotSetup.h"

#include <torch/serialize/input-archive.h>
#include <torch/utils.h>

#include <filesystem>

namespace twb {

EmbeddingData extractJointEmbedding(const EmbeddingRequest& req) {
  const std::filesystem::path dir(req.runDir);
  const std::string modelPath = trainedModelPath(req.runDir);
  EmbeddingData out;
  out.runDir = req.runDir;
  out.layer = kJointLayer;
  out.split = req.split;
  out.experiment = loadExperimentFile((dir / "experiment.json").string());
  const Experiment& e = out.experiment;
  if (!methodOf(e).needs().classDescriptions)
    throw InputError(Message::text(TWB_TR("twb", "%1: the layer '%2' is the joint space of a zero-shot run, and this "
                                               "run's method is '%3'"),
                                 {req.runDir, kJointLayer, e.method.name}));
  LoadOptions loading;
  loading.cancel = req.cancel;
  const Dataset data = loadDataset(e.source.dataset, e.seed, loading);
  const ZeroShotSetup setup = prepareZeroShot(e, data);

  const CheckpointMeta meta = readCheckpointMeta(modelPath);
  const NetworkShape shape{meta.channels, meta.side, meta.classes};
  auto net = networkOf(meta);
  ZeroShotModel model(*net, shape, setup.descriptions, e.zeroshot.embeddingDim); // its shapes only
  loadCheckpoint(modelPath, *net, nullptr, [&](torch::serialize::InputArchive& root) {
    torch::serialize::InputArchive zs;
    if (!root.try_read("zeroshot", zs))
      throw InputError(modelPath + ": holds no zero-shot maps");
    model->load(zs);
  });

  torch::NoGradGuard noGrad;
  net->eval();
  const ImageSet& set = req.split == "test" ? data.test : data.train;
  const auto idx = sampleIndices(set.size(), req.maxPerDomain, mixSeed(req.seed, 1));
  const auto classEmbeddings = model->classEmbeddings();
  forEachChunk(idx, req.cancel, [&](const std::vector<std::size_t>& chunk) {
    const auto f = model->embedImages(*net, imageBatch(set, chunk, meta.channels));
    // The run's own rule (dot product, every class a candidate), before scaling.
    const auto pred = f.matmul(classEmbeddings.t()).argmax(1).contiguous();
    appendFloats(out.features, unitRows(f));
    const auto* p = pred.data_ptr<std::int64_t>();
    for (std::size_t j = 0; j < chunk.size(); ++j)
      appendImagePoint(out, set, chunk[j], static_cast<int>(set.labels[chunk[j]]), static_cast<int>(p[j]),
                       EmbeddingDomain::Source);
  });
  out.source = {data.name, set.size(), idx.size()};
  out.target = {data.name, 0, 0};
  out.thumbSide = set.width;

  // The class embeddings: white thumbnails (a description has no picture).
  appendFloats(out.features, unitRows(classEmbeddings));
  const std::size_t thumbBytes = static_cast<std::size_t>(set.width) * set.height * 3;
  for (std::size_t c = 0; c < data.classNames.size(); ++c) {
    out.labels.push_back(static_cast<int>(c));
    out.predictions.push_back(static_cast<int>(c));
    out.domains.push_back(EmbeddingDomain::Description);
    out.splitIndex.push_back(c);
    out.thumbnails.insert(out.thumbnails.end(), thumbBytes, 255);
  }
  out.classNames = data.classNames;
  out.classPoints = data.classNames.size();
  out.unseen = setup.unseen;
  out.descriptionDimensions = setup.descriptions.dimensions;
  appendFloats(out.descriptionMap, model->named_parameters()["class_proj.weight"]);
  out.wordVectorsPath = e.zeroshot.wordVectors;

  out.n = out.labels.size();
  out.dim = static_cast<std::size_t>(e.zeroshot.embeddingDim);
  throwIfCancelled(req.cancel);
  out.k = std::min(req.neighbours, out.n - 1);
  out.neighbours = nearestNeighbours(out.features, out.n, out.dim, out.k);
  return out;
}

} // namespace twb
