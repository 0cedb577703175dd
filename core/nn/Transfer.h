#pragma once
// Moving layers between networks by name: the source model's layers copied into the
// target model (transfer): parameters and buffers (batch-norm running statistics).
// Internal to core.
#include "nn/Network.h"

#include <string>
#include <vector>

namespace twb {

// Copies `layers` from `source` into `target` (same backbone). InputError naming the
// layer when it is missing or its shapes differ (a head for another class count). A
// first convolution for grey images goes into one for colour and back, its weights
// spread or summed so a grey image gets the same response; returns those layers as
// "conv1 (1 → 3)".
std::vector<std::string> copyLayers(NetworkImpl& source, NetworkImpl& target, const std::vector<std::string>& layers);
// The same checks without copying: before a pretraining that would take minutes.
void checkCopyable(NetworkImpl& source, NetworkImpl& target, const std::vector<std::string>& layers);

// The layers transfer can copy: every layer but the head, in forward order. With
// `last`, the list counts from the head down: the first k of it are the last k layers.
std::vector<std::string> transferableLayers(const std::vector<std::string>& layerNames, bool last = false);

} // namespace twb
