#include "embed/EmbeddingParts.h"

#include "base/Errors.h"
#include "base/Random.h"
#include "experiment/ExperimentFile.h"
#include "nn/Checkpoint.h"

#include <algorithm>
#include <filesystem>

namespace twb {

namespace fs = std::filesystem;

std::string trainedModelPath(const std::string& runDir) {
  if (!fs::is_directory(runDir))
    throw InputError(Message::text(TWB_TR("twb", "%1: not a run directory (no such folder)"), {runDir}));
  const fs::path model = fs::path(runDir) / "model.pt";
  if (!fs::exists(model))
    throw InputError(Message::text(TWB_TR("twb", "%1: not a trained run directory (model.pt is missing)"), {runDir}));
  const fs::path experiment = fs::path(runDir) / "experiment.json";
  if (!fs::exists(experiment))
    throw InputError(Message::text(TWB_TR("twb", "%1: not a run directory (experiment.json is missing)"), {runDir}));
  // A model.pt copied in from another run would be measured under this run's name.
  if (!isExperimentOf(readCheckpointMeta(model.string()).experimentJson, model.string(),
                      loadExperimentFile(experiment.string())))
    throw InputError(Message::text(
        TWB_TR("twb", "%1: model.pt was trained with another experiment than this folder's experiment.json (a file "
                      "copied from another run, or edited since)"),
        {runDir}));
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

} // namespace twb
