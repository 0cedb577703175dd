#pragma once
// A small ResNet for 28x28-32x32 images: a stem and five residual blocks with batch
// norm (16-16-32-32-64 channels, stride 2 at block2 and block4), global average
// pooling, and a linear head. Seven named layers, so depth is worth studying, yet
// about three LeNets of compute, so it trains at a usable speed on two cores.
// Internal to core.
#include "nn/Network.h"

#include <memory>

namespace twb {

std::shared_ptr<NetworkImpl> makeResNet(const NetworkShape& shape);

} // namespace twb
