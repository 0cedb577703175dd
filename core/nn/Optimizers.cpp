#include "nn/Optimizers.h"

#include "base/Errors.h"

#include <torch/optim/adam.h>
#include <torch/optim/sgd.h>

#include <algorithm>

namespace twb {

namespace {
void requireLayer(const std::vector<std::string>& layers, const std::string& name, const char* key) {
  if (std::find(layers.begin(), layers.end(), name) == layers.end()) {
    throw InputError(Message::text(TWB_TR("twb", "%1 names layer '%2', which the backbone does not have (layers: %3)"),
                                 {std::string("model.") + key, name, listMessage(layers)}));
  }
}
} // namespace

OptimizerSetup makeOptimizer(NetworkImpl& net, const ModelSpec& model, const TrainingSpec& training,
                             const std::vector<torch::Tensor>& extra) {
  const auto layers = net.layerNames();
  for (const auto& f : model.freeze)
    requireLayer(layers, f, "freeze");
  for (const auto& [name, mult] : model.lrMult)
    requireLayer(layers, name, "lr_mult");
  for (const auto& r : model.reinit)
    requireLayer(layers, r, "reinit");
  net.setFrozenLayers(model.freeze);

  OptimizerSetup setup;
  std::vector<torch::optim::OptimizerParamGroup> groups;
  auto addGroup = [&](std::vector<torch::Tensor> params, double mult) {
    if (training.optimizer == "adam")
      groups.emplace_back(std::move(params), std::make_unique<torch::optim::AdamOptions>(training.lr * mult));
    else
      groups.emplace_back(std::move(params), std::make_unique<torch::optim::SGDOptions>(
                                                 torch::optim::SGDOptions(training.lr * mult).momentum(training.momentum)));
    setup.multipliers.push_back(mult);
  };
  for (const auto& layer : layers) {
    auto params = layerParameters(net, layer);
    const bool frozen = std::find(model.freeze.begin(), model.freeze.end(), layer) != model.freeze.end();
    if (frozen) {
      for (auto& p : params)
        p.set_requires_grad(false);
      continue;
    }
    const auto it = model.lrMult.find(layer);
    addGroup(std::move(params), it == model.lrMult.end() ? 1.0 : it->second);
  }
  if (groups.empty())
    throw InputError(Message::text(TWB_TR("twb", "model.freeze freezes every layer; nothing is left to train")));
  if (!extra.empty())
    addGroup(extra, 1.0);

  if (training.optimizer == "adam")
    setup.optimizer = std::make_unique<torch::optim::Adam>(groups, torch::optim::AdamOptions(training.lr));
  else
    setup.optimizer = std::make_unique<torch::optim::SGD>(
        groups, torch::optim::SGDOptions(training.lr).momentum(training.momentum));
  return setup;
}

void setLearningRate(OptimizerSetup& setup, double baseLr) {
  auto& groups = setup.optimizer->param_groups();
  for (std::size_t g = 0; g < groups.size(); ++g)
    groups[g].options().set_lr(baseLr * setup.multipliers[g]);
}

} // namespace twb
