#include "zeroshot/ZeroShotEmbeddings.h"

#include "AtomicFile.h"
#include "Dataset.h"
#include "Errors.h"
#include "Experiment.h"
#include "nn/Batches.h"
#include "nn/Checkpoint.h"
#include "zeroshot/ZeroShotModel.h"
#include "zeroshot/ZeroShotSetup.h"

#include <torch/serialize/input-archive.h>
#include <torch/utils.h>

#include <filesystem>

namespace twb {

namespace {

std::vector<std::vector<float>> rows(const torch::Tensor& t) {
  const auto c = t.contiguous().to(torch::kFloat32);
  std::vector<std::vector<float>> out(static_cast<std::size_t>(c.size(0)));
  for (std::int64_t r = 0; r < c.size(0); ++r) {
    const float* p = c[r].data_ptr<float>();
    out[static_cast<std::size_t>(r)].assign(p, p + c.size(1));
  }
  return out;
}

} // namespace

ZeroShotEmbeddings zeroShotEmbeddings(const std::string& runDir, int perClass) {
  const std::filesystem::path dir(runDir);
  const std::string modelPath = (dir / "model.pt").string();
  const Experiment e = loadExperimentFile((dir / "experiment.json").string());
  if (e.method.name != "zeroshot")
    throw InputError(runDir + ": not a zero-shot run (its method is '" + e.method.name + "')");
  if (!std::filesystem::exists(modelPath))
    throw InputError(runDir + ": has no model.pt");
  const Dataset data = loadDataset(e.source.dataset, e.seed);
  const ZeroShotSetup setup = prepareZeroShot(e, data);

  const CheckpointMeta meta = readCheckpointMeta(modelPath);
  const NetworkShape shape{meta.channels, meta.side, meta.classes};
  auto net = makeNetwork(meta.backbone, shape);
  loadCheckpoint(modelPath, *net, nullptr);
  ZeroShotModel model(*net, shape, setup.descriptions, e.zeroshot.embeddingDim);
  torch::serialize::InputArchive root, zs;
  root.load_from(modelPath);
  if (!root.try_read("zeroshot", zs))
    throw InputError(modelPath + ": holds no zero-shot maps");
  model->load(zs);

  torch::NoGradGuard noGrad;
  net->eval();
  const auto idx = fewShotIndices(data.test, data.classNames.size(), perClass, e.seed);
  ZeroShotEmbeddings out;
  out.classes = data.classNames;
  out.unseen = setup.unseen;
  out.images = rows(model->embedImages(*net, imageBatch(data.test, idx, meta.channels)));
  for (auto i : idx)
    out.labels.push_back(data.test.labels[i]);
  out.classEmbeddings = rows(model->classEmbeddings());
  return out;
}

} // namespace twb
