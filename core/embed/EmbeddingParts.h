#pragma once
// Pieces the feature extraction of a layer and of a zero-shot run's joint space
// share. Internal to core.
#include "Dataset.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
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

// Appends image i of `set` as RGB bytes (grey images repeated over the channels).
void appendThumbnail(const ImageSet& set, std::size_t i, std::vector<std::uint8_t>& out);

} // namespace twb
