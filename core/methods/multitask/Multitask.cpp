// Each step draws one batch per task group, runs it through the shared trunk once,
// and lets every task of the group read the trunk's output with its own head.
//   fixed:       L = sum_i w_i L_i
//   uncertainty: L = sum_i exp(-s_i) L_i + s_i, with s_i = log sigma_i^2 learned and
//                started at -log w_i, so a task's weights start where fixed weights would.
// The weight a task's loss gets (w_i, or exp(-s_i)) is logged as weight/<task>.
#include "methods/MethodRun.h"
#include "methods/StandardMetrics.h"

#include "base/Errors.h"
#include "base/Random.h"
#include "experiment/ExperimentFile.h"
#include "methods/multitask/MultitaskData.h"
#include "methods/multitask/Tasks.h"
#include "methods/multitask/TasksJson.h"
#include "nn/Batches.h"
#include "training/Metrics.h"

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

class MultitaskRun : public MethodRun {
public:
  using MethodRun::MethodRun;

  // Each task brings its own data; the main task's dataset stands for source and target.
  void loadData(RunContext& ctx) override {
    ctx.report(RunEventKind::Loading, Message::text(TWB_TR("twb", "Loading the tasks' datasets ...")));
    LoadOptions loading;
    loading.cancel = &ctx.stop;
    data_ = std::make_shared<const MultitaskData>(loadMultitaskData(ctx.experiment, loading));
    ctx.source = ctx.target = data_->mainDataset();
    for (const Message& line : data_->describe())
      ctx.report(RunEventKind::Data, line);
    ctx.train = &ctx.source.train;
  }

  NetworkShape networkShape(const RunContext& ctx) const override {
    NetworkShape shape = MethodRun::networkShape(ctx);
    shape.channels = data_->channels;
    return shape;
  }

  Message trainingData(const RunContext&) const override {
    return Message::text(TWB_TR("twb", "%1 tasks"), {std::to_string(data_->tasks.size())});
  }

  void prepare(NetworkImpl& net, RunContext& ctx) override {
    const Experiment& e = ctx.experiment;
    ctx.summary->source = ctx.summary->target = ctx.source.name;
    trunk_ = trunkLayer(net);
    batchSize_ = static_cast<std::size_t>(e.training.batchSize);
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
  // The heads, and where each task group's own sampler is (the session's samplers are
  // not used), so a resumed run draws the batches the unbroken run drew.
  void save(torch::serialize::OutputArchive& archive) override {
    torch::serialize::OutputArchive heads;
    heads_->save(heads);
    archive.write("task_heads", heads);
    c10::List<std::int64_t> drawn;
    for (const BatchSampler& sampler : samplers_)
      drawn.push_back(static_cast<std::int64_t>(sampler.drawn()));
    archive.write("task_samplers_drawn", c10::IValue(drawn));
  }
  bool resumable() const override { return true; }
  void load(torch::serialize::InputArchive& archive) override {
    torch::serialize::InputArchive heads;
    archive.read("task_heads", heads);
    heads_->load(heads);
    c10::IValue drawn;
    if (!archive.try_read("task_samplers_drawn", drawn) || !drawn.isIntList() ||
        drawn.toIntList().size() != samplers_.size())
      throw std::invalid_argument("task_samplers_drawn"); // read as a damaged model.pt
    for (std::size_t g = 0; g < samplers_.size(); ++g)
      samplers_[g].skipTo(static_cast<std::uint64_t>(std::max<std::int64_t>(0, drawn.toIntList().get(g))));
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

  NamedValues measureTests(NetworkImpl& net, RunContext& ctx) override {
    RunSummary& summary = *ctx.summary;
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
  std::size_t batchSize_ = 64;
  TaskHeads heads_{nullptr};
  std::vector<BatchSampler> samplers_;
  torch::Device device_{torch::kCPU};
  std::int64_t images_ = 0;
};


// The task's own metrics, all three families of them.
std::vector<MetricInfo> taskMetrics() {
  return {{"loss/*", Message::text(TWB_TR("twb", "%1 loss")), MetricPlot::Losses, true,
           Message::text(TWB_TR("twb", "How wrong task %1's head is on its training batch (cross-entropy)."))},
          standardMetric(metric::kLossTotal),
          {"acc/*", Message::text(TWB_TR("twb", "%1 test accuracy")), MetricPlot::Accuracies, false,
           Message::text(TWB_TR("twb", "Share of task %1's test images its head classifies correctly."))},
          {"weight/*", Message::text(TWB_TR("twb", "%1 loss weight")), MetricPlot::Schedules, false,
           Message::text(TWB_TR("twb", "How much task %1's loss counts in the total at this step."))}};
}

// The task names of `e`, or none when its tasks section does not resolve (a run
// directory from another version: its summary still has its tasks).
std::vector<std::string> namesOf(const Experiment& e) {
  std::vector<std::string> names;
  try {
    for (const auto& t : resolveTasks(e.tasks))
      names.push_back(t.name);
  } catch (const InputError&) {
  }
  return names;
}

class MultitaskMethod : public Method {
public:
  std::string name() const override { return "multitask"; }
  Message title() const override { return Message::text(TWB_TR("twb", "Multitask: one shared trunk, a head per task")); }
  MethodNeeds needs() const override {
    MethodNeeds n;
    n.tasks = true;
    return n;
  }
  std::vector<MetricInfo> metrics() const override { return taskMetrics(); }

  Experiment example() const override {
    Experiment e = defaultExperiment();
    e.name = "multitask: digit class + parity + greater than 4 on digits";
    e.method.name = name();
    e.training.steps = 1000;
    e.training.lrSchedule = "constant";
    e.eval.every = 100;
    return e;
  }

  // Its baselines are its tasks, each trained alone on the same trunk and recipe.
  std::vector<Experiment> baselines(const Experiment& e) const override {
    std::vector<Experiment> out;
    if (!e.tasks.only.empty())
      return out;
    for (const std::string& task : namesOf(e)) {
      Experiment alone = e;
      alone.tasks.only = task;
      alone.name = task + " alone: baseline of \"" + e.name + "\"";
      out.push_back(std::move(alone));
    }
    return out;
  }
  Message label(const Experiment& e) const override {
    if (e.tasks.only.empty())
      return name();
    return Message::text(TWB_TR("twb", "%1: %2 alone"), {name(), e.tasks.only});
  }
  std::string variant(const Experiment& e) const override {
    return e.tasks.only.empty() ? std::string() : e.tasks.only + "-alone";
  }
  Message datasets(const Experiment& e) const override {
    std::vector<std::string> specs;
    try {
      for (const auto& t : resolveTasks(e.tasks))
        if (std::find(specs.begin(), specs.end(), t.dataset) == specs.end())
          specs.push_back(t.dataset);
    } catch (const InputError&) {
    }
    std::string joined;
    for (const auto& s : specs)
      joined += (joined.empty() ? "" : " + ") + s;
    return joined;
  }
  // A multitask run and its single-task baselines share a task family.
  std::string comparisonKey(const Experiment& e) const override {
    return "tasks:" + e.tasks.family + ":" + std::to_string(e.tasks.labelsPerClass) + "\n" + e.tasks.weighting;
  }
  Message recipe(const Experiment& e) const override {
    return Message::text(TWB_TR("twb", "%1 weights"), {e.tasks.weighting});
  }
  std::vector<std::string> taskNames(const Experiment& e) const override { return namesOf(e); }
  // The main task (the first; the one task of a single-task baseline).
  Headline headline(const Experiment& e) const override {
    const auto names = namesOf(e);
    if (names.empty())
      return Method::headline(e);
    return {"acc/" + names.front(), "loss/" + names.front(), names.front()};
  }

  void readSections(JsonReader& root, Experiment& e) const override { readTasks(root.object("tasks"), e.tasks); }
  void writeSections(const Experiment& e, Json& root) const override { root["tasks"] = tasksToJson(e.tasks); }

  std::unique_ptr<MethodRun> startRun(const Experiment&) const override {
    return std::make_unique<MultitaskRun>(*this);
  }
};

} // namespace

const Method& multitaskMethod() {
  static const MultitaskMethod method;
  return method;
}

} // namespace twb
