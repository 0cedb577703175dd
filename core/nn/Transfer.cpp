#include "nn/Transfer.h"

#include "base/Errors.h"

#include <torch/utils.h>

#include <algorithm>

namespace twb {

namespace {
std::vector<std::pair<std::string, torch::Tensor>> tensorsOf(NetworkImpl& net, const std::string& layer) {
  std::vector<std::pair<std::string, torch::Tensor>> out;
  const std::string prefix = layer + ".";
  for (const auto& p : net.named_parameters())
    if (p.key().rfind(prefix, 0) == 0)
      out.emplace_back(p.key(), p.value());
  for (const auto& b : net.named_buffers())
    if (b.key().rfind(prefix, 0) == 0)
      out.emplace_back(b.key(), b.value());
  return out;
}
} // namespace

void copyLayers(NetworkImpl& source, NetworkImpl& target, const std::vector<std::string>& layers) {
  const auto names = target.layerNames();
  torch::NoGradGuard noGrad;
  for (const auto& layer : layers) {
    if (std::find(names.begin(), names.end(), layer) == names.end())
      throw InputError("model.transfer names layer '" + layer + "', which the backbone does not have");
    auto from = tensorsOf(source, layer);
    auto to = tensorsOf(target, layer);
    if (from.size() != to.size())
      throw InputError("layer '" + layer + "' of the source model does not match the target model's");
    for (std::size_t i = 0; i < to.size(); ++i) {
      if (from[i].first != to[i].first || !from[i].second.sizes().equals(to[i].second.sizes()))
        throw InputError("layer '" + layer + "' cannot be copied: the source model's " + from[i].first +
                         " has another shape (a head for another number of classes is never copied)");
      to[i].second.copy_(from[i].second);
    }
  }
}

std::vector<std::string> transferableLayers(const std::vector<std::string>& layerNames, bool last) {
  std::vector<std::string> out;
  for (const auto& n : layerNames)
    if (n != "head")
      out.push_back(n);
  if (last)
    std::reverse(out.begin(), out.end());
  return out;
}

} // namespace twb
