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

// A first convolution trained on grey images reads colour ones as their mean (its
// weights spread over the three channels), and one trained on colour reads a grey
// image repeated in all three (its weights summed): the response to a grey image is
// the same either way.
bool channelsDiffer(const torch::Tensor& from, const torch::Tensor& to) {
  return from.dim() == 4 && to.dim() == 4 && from.size(0) == to.size(0) && from.size(2) == to.size(2) &&
         from.size(3) == to.size(3) && from.size(1) != to.size(1) && (from.size(1) == 1 || to.size(1) == 1);
}

std::vector<std::string> copyOrCheck(NetworkImpl& source, NetworkImpl& target, const std::vector<std::string>& layers,
                                     bool copy) {
  const auto names = target.layerNames();
  torch::NoGradGuard noGrad;
  std::vector<std::string> adapted;
  for (const auto& layer : layers) {
    if (std::find(names.begin(), names.end(), layer) == names.end())
      throw InputError(Message::text(TWB_TR("twb", "model.transfer names layer '%1', which the backbone does not have"),
                                   {layer}));
    auto from = tensorsOf(source, layer);
    auto to = tensorsOf(target, layer);
    if (from.size() != to.size())
      throw InputError(
          Message::text(TWB_TR("twb", "layer '%1' of the source model does not match the target model's"), {layer}));
    for (std::size_t i = 0; i < to.size(); ++i) {
      const torch::Tensor& f = from[i].second;
      torch::Tensor& d = to[i].second;
      const bool same = from[i].first == to[i].first && f.sizes().equals(d.sizes());
      if (!same && !(from[i].first == to[i].first && channelsDiffer(f, d)))
        throw InputError(Message::text(TWB_TR("twb", "layer '%1' cannot be copied: the source model's %2 has another "
                                                   "shape (a head for another number of classes is never copied)"),
                                     {layer, from[i].first}));
      if (!same)
        adapted.push_back(layer + " (" + std::to_string(f.size(1)) + " → " + std::to_string(d.size(1)) + ")");
      if (!copy)
        continue;
      if (same)
        d.copy_(f);
      else if (f.size(1) == 1)
        d.copy_(f.expand_as(d) / static_cast<double>(d.size(1)));
      else
        d.copy_(f.sum(1, true));
    }
  }
  return adapted;
}

} // namespace

std::vector<std::string> copyLayers(NetworkImpl& source, NetworkImpl& target, const std::vector<std::string>& layers) {
  return copyOrCheck(source, target, layers, true);
}

void checkCopyable(NetworkImpl& source, NetworkImpl& target, const std::vector<std::string>& layers) {
  copyOrCheck(source, target, layers, false);
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
