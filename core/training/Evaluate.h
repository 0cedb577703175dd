#pragma once
// Using a trained run's saved weights without training: accuracy on a set of images.
#include "data/Dataset.h"

#include <string>

namespace twb {

// Loads model.pt (weights and the network it belongs to) and returns the fraction
// of `images` classified correctly. InputError naming the file if it is not ours.
double evaluateCheckpoint(const std::string& modelPath, const ImageSet& images);

} // namespace twb
