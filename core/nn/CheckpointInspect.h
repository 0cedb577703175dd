#pragma once
// Looking inside a run's model.pt without training: a layer's raw values and the
// network's logits, for checking that frozen means frozen and that a checkpoint
// saved and loaded again computes the same thing. Plain C++: no torch.
#include "data/Dataset.h"

#include <string>
#include <vector>

namespace twb {

// Every parameter and buffer (batch-norm running statistics too) of `layer`, in
// the network's order, flattened. InputError for a file or layer that is not there.
std::vector<float> checkpointLayerValues(const std::string& modelPt, const std::string& layer);

// The logits of the checkpoint's network (eval mode) for each image, flattened.
std::vector<float> checkpointLogits(const std::string& modelPt, const ImageSet& images);

// Loads model.pt into a fresh network and saves it again as `copyPt` (weights,
// optimizer state and metadata): one checkpoint round trip.
void resaveCheckpoint(const std::string& modelPt, const std::string& copyPt);

} // namespace twb
