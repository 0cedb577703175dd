#pragma once
// Pieces the feature extraction of a layer and of a zero-shot run's joint space
// share. Internal to core.
#include "data/Dataset.h"
#include "embed/Embedding.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace twb {

// runDir/model.pt; InputError naming the folder when it is not a trained run.
std::string trainedModelPath(const std::string& runDir);

// Cancelled when `cancel` is set.
void throwIfCancelled(const std::atomic<bool>* cancel);

// A seeded sub-sample of [0, available) of at most maxCount (0: all), in increasing
// order so that points keep the split's order.
std::vector<std::size_t> sampleIndices(std::size_t available, std::size_t maxCount, std::uint64_t seed);

// Calls fn(chunk) for consecutive chunks of `indices` (500 at a time, the batch the
// network sees), checking `cancel` before each.
void forEachChunk(const std::vector<std::size_t>& indices, const std::atomic<bool>* cancel,
                  const std::function<void(const std::vector<std::size_t>&)>& fn);

// Appends image i of `set` as RGB bytes (grey images repeated over the channels).
void appendThumbnail(const ImageSet& set, std::size_t i, std::vector<std::uint8_t>& out);

// Appends one image's point (all but its features): label, prediction, domain, its
// index in the split and its thumbnail.
void appendImagePoint(EmbeddingData& out, const ImageSet& set, std::size_t index, int label, int prediction,
                      EmbeddingDomain domain);

} // namespace twb
