// Each step draws one batch per task group, runs it through the shared trunk once,
// and lets every task of the group read the trunk's output with its own head.
//   fixed:       L = sum_i w_i L_i
//   uncertainty: L = sum_i exp(-s_i) L_i + s_i, with s_i = log sigma_i^2 learned and
//                started at -log w_i, so a task's weights start where fixed weights would.
// The weight a task's loss gets (w_i, or exp(-s_i)) is logged as weight/<task>.
#include "methods/multitask/Multitask.h"

#include "training/Metrics.h"
#include "base/Random.h"
#include "nn/Batches.h"

#include <torch/nn/functional/loss.h>
#include <torch/nn/functional/pooling.h>
#include <torch/nn/modules/linear.h>
#include <torch/utils.h>

#include <algorithm>
#include <cmath>

namespace twb {

namespace {

namespace F = torch::nn::functional;

// The layer whose output the heads read: the one before the backbone's own head.
std::string trunkLayer(const NetworkImpl& net) {
  const auto names = net.layerNames();
  return names.size() >= 2 ? names[names.size() - 2] : names.front();
}

// What the heads read: the trunk layer's output, averaged over space when it is a
// feature map (resnet's last block), as the backbone's own head reads it.
torch::Tensor trunkOutput(NetworkImpl& net, const torch::Tensor& images, const std::string& layer) {
  const auto h = net.forwardTo(images, layer);
  if (h.dim() == 4)
    return F::adaptive_avg_pool2d(h, F::AdaptiveAvgPool2dFuncOptions(1)).flatten(1);
  return h.flatten(1);
}

class TaskHeadsImpl : public torch::nn::Module {
public:
  TaskHeadsImpl(const MultitaskData& data, std::int64_t trunkDim, bool uncertainty) {
    for (const auto& t : data.tasks)
      heads.push_back(register_module(
          "head_" + t.spec.name, torch::nn::Linear(trunkDim, static_cast<std::int64_t>(t.labels.classNames.size()))));
    if (uncertainty) {
      std::vector<float> start;
      for (const auto& t : data.tasks)
        start.push_back(static_cast<float>(-std::log(t.spec.weight)));
      logVariance = register_parameter("log_variance", torch::tensor(start));
    }
  }
  std::vector<torch::nn::Linear> heads;
  torch::Tensor logVariance; // s_i; undefined under fixed weights
};
TORCH_MODULE(TaskHeads);

class MultitaskStep : public MethodStep {
public:
  MultitaskStep(const Experiment& e, NetworkImpl& net, std::shared_ptr<const MultitaskData> data)
      : data_(std::move(data)), trunk_(trunkLayer(net)), batchSize_(static_cast<std::size_t>(e.training.batchSize)),
        heads_(nullptr) {
    std::int64_t dim = 0;
    {
      torch::NoGradGuard noGrad;
      const bool wasTraining = net.is_training();
      net.eval(); // a probe for the trunk's width must not move batch-norm statistics
      const auto device = net.parameters().front().device();
      dim = trunkOutput(net, torch::zeros({1, data_->channels, data_->side, data_->side}, device), trunk_).size(1);
      net.train(wasTraining);
    }
    heads_ = TaskHeads(*data_, dim, e.tasks.weighting == "uncertainty");
    for (std::size_t g = 0; g < data_->groups.size(); ++g)
      samplers_.emplace_back(data_->groups[g].indices.size(), mixSeed(e.seed, 3000 + g));
  }

  std::vector<torch::Tensor> parameters() override { return heads_->parameters(); }
  bool drawsOwnBatches() const override { return true; }
  std::int64_t imagesInLastStep() const override { return images_; }
  double epoch() const override { return samplers_[data_->tasks.front().group].epoch(); }
  void to(const torch::Device& device) override {
    device_ = device;
    heads_->to(device);
  }
  void save(torch::serialize::OutputArchive& archive) override {
    torch::serialize::OutputArchive heads;
    heads_->save(heads);
    archive.write("task_heads", heads);
  }

  torch::Tensor step(NetworkImpl& net, const StepBatch&, NamedValues& values) override {
    images_ = 0;
    std::vector<torch::Tensor> terms;
    NamedValues losses;
    for (std::size_t g = 0; g < data_->groups.size(); ++g) {
      const TaskGroup& group = data_->groups[g];
      const ImageSet& train = data_->datasets[group.dataset].train;
      std::vector<std::size_t> idx;
      for (auto pos : samplers_[g].next(batchSize_))
        idx.push_back(group.indices[pos]);
      images_ += static_cast<std::int64_t>(idx.size());
      const auto h = trunkOutput(net, imageBatch(train, idx, data_->channels).to(device_), trunk_);
      for (auto t : group.tasks) {
        const auto loss = F::cross_entropy(heads_->heads[t]->forward(h), taskLabels(train, idx, t));
        terms.push_back(weighted(loss, t));
        losses.emplace_back("loss/" + data_->tasks[t].spec.name, loss.item<double>());
      }
    }
    auto total = torch::stack(terms).sum();
    total.backward();
    values = std::move(losses);
    values.emplace_back(metric::kLossTotal, total.item<double>());
    for (std::size_t t = 0; t < data_->tasks.size(); ++t)
      values.emplace_back("weight/" + data_->tasks[t].spec.name, weightOf(t));
    return total;
  }

  std::optional<NamedValues> measureTests(NetworkImpl& net, const Dataset&, RunSummary& summary) override {
    const torch::Device device = device_;
    torch::NoGradGuard noGrad;
    const bool wasTraining = net.is_training();
    net.eval();
    NamedValues values;
    for (std::size_t t = 0; t < data_->tasks.size(); ++t) {
      const TaskTrack& task = data_->tasks[t];
      const double acc = testAccuracy(net, device, t);
      values.emplace_back("acc/" + task.spec.name, acc);
      auto& entry = summary.tasks[task.spec.name];
      entry["test_acc"] = acc;
      entry["weight"] = weightOf(t);
      entry["train_labels"] = static_cast<double>(task.trainLabels);
      if (t == 0) // the main task stands for the run in every table that reads one number
        summary.sourceTestAcc = summary.targetTestAcc = acc;
    }
    net.train(wasTraining);
    return values;
  }

private:
  torch::Tensor taskLabels(const ImageSet& images, const std::vector<std::size_t>& idx, std::size_t t) const {
    const auto& map = data_->tasks[t].labels.fromDatasetClass;
    std::vector<std::int64_t> y;
    y.reserve(idx.size());
    for (auto i : idx)
      y.push_back(map[static_cast<std::size_t>(images.labels[i])]);
    return torch::tensor(y, torch::kInt64).to(device_);
  }

  torch::Tensor weighted(const torch::Tensor& loss, std::size_t t) const {
    if (!heads_->logVariance.defined())
      return loss * data_->tasks[t].spec.weight;
    const auto s = heads_->logVariance[static_cast<std::int64_t>(t)];
    return torch::exp(-s) * loss + s;
  }

  double weightOf(std::size_t t) const {
    if (!heads_->logVariance.defined())
      return data_->tasks[t].spec.weight;
    return std::exp(-heads_->logVariance[static_cast<std::int64_t>(t)].item<double>());
  }

  double testAccuracy(NetworkImpl& net, const torch::Device& device, std::size_t t) {
    const ImageSet& test = data_->datasets[data_->tasks[t].dataset].test;
    constexpr std::size_t kChunk = 500;
    std::int64_t correct = 0;
    std::vector<std::size_t> idx;
    for (std::size_t start = 0; start < test.size(); start += kChunk) {
      idx.clear();
      for (std::size_t i = start; i < std::min(test.size(), start + kChunk); ++i)
        idx.push_back(i);
      const auto h = trunkOutput(net, imageBatch(test, idx, data_->channels).to(device), trunk_);
      correct += heads_->heads[t]->forward(h).argmax(1).eq(taskLabels(test, idx, t)).sum().item<std::int64_t>();
    }
    return test.size() == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(test.size());
  }

  std::shared_ptr<const MultitaskData> data_;
  std::string trunk_;
  std::size_t batchSize_;
  TaskHeads heads_;
  std::vector<BatchSampler> samplers_;
  torch::Device device_{torch::kCPU};
  std::int64_t images_ = 0;
};

} // namespace

std::unique_ptr<MethodStep> makeMultitaskStep(const Experiment& e, NetworkImpl& net,
                                              std::shared_ptr<const MultitaskData> data) {
  return std::make_unique<MultitaskStep>(e, net, std::move(data));
}

} // namespace twb
