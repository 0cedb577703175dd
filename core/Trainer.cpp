#include "Trainer.h"

#include "AtomicFile.h"
#include "DatasetStats.h"
#include "Errors.h"
#include "Random.h"
#include "RunDirectory.h"
#include "Schedules.h"
#include "nn/Accuracy.h"
#include "nn/Batches.h"
#include "nn/Checkpoint.h"
#include "nn/Device.h"
#include "nn/Network.h"
#include "methods/MethodStep.h"
#include "nn/Optimizers.h"

#include <torch/serialize/output-archive.h>
#include <torch/types.h>
#include <torch/utils.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <filesystem>

namespace twb {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Means of the values each step reports, over the steps between two log rows.
class MetricWindow {
public:
  void add(const NamedValues& values) {
    for (const auto& [name, value] : values) {
      auto it = std::find_if(sums_.begin(), sums_.end(), [&](const auto& e) { return e.first == name; });
      if (it == sums_.end())
        sums_.push_back({name, {value, 1}});
      else
        it->second = {it->second.first + value, it->second.second + 1};
    }
  }
  NamedValues means() const {
    NamedValues out;
    for (const auto& [name, sum] : sums_)
      out.emplace_back(name, sum.first / sum.second);
    return out;
  }
  void clear() { sums_.clear(); }

private:
  std::vector<std::pair<std::string, std::pair<double, int>>> sums_;
};

double secondsSince(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// The labelled images a method trains its label predictor on.
const ImageSet& labelledTrainingSet(const Experiment& e, const Dataset& source, const Dataset& target,
                                    ImageSet& fewShot) {
  if (e.method.name != "target_only")
    return source.train;
  if (e.target.labelsPerClass <= 0)
    return target.train;
  fewShot = target.train.subset(fewShotIndices(target.train, target.classNames.size(),
                                               e.target.labelsPerClass, e.seed));
  return fewShot;
}

// Matches the target's classes to the source's by name (never by position), says
// what did not match, and checks the images can share one network.
void alignDomains(const Dataset& source, Dataset& target, const std::function<void(const std::string&)>& log) {
  const ClassMatch m = matchClasses(source, target);
  if (!m.identical) {
    if (m.common.empty())
      throw InputError("source '" + source.name + "' and target '" + target.name +
                       "' share no class names, so the target cannot be evaluated on the source's classes");
    std::string line = "Classes matched by name: " + std::to_string(m.common.size()) + " in common";
    auto list = [](const std::vector<std::string>& v) {
      std::string out;
      for (const auto& c : v)
        out += (out.empty() ? "" : ", ") + c;
      return out;
    };
    if (!m.targetOnly.empty())
      line += "; target-only classes left out: " + list(m.targetOnly);
    if (!m.sourceOnly.empty())
      line += "; source-only classes (never in the target): " + list(m.sourceOnly);
    log(line);
    alignToClasses(target, source.classNames);
  }
  if (source.train.width != target.train.width || source.train.height != target.train.height)
    throw InputError("source '" + source.name + "' and target '" + target.name + "' have different image sizes");
  if (source.train.width != source.train.height)
    throw InputError("dataset '" + source.name + "' has non-square images, which lenet cannot take");
}

} // namespace

Trainer::Trainer(Experiment experiment, std::string runDir)
    : experiment_(std::move(experiment)), runDir_(std::move(runDir)) {}

TrainResult Trainer::run(const TrainerCallbacks& cb) {
  const Experiment& e = experiment_;
  auto log = [&](const std::string& line) {
    if (cb.onLog)
      cb.onLog(line);
  };
  if (!isImplementedMethod(e.method.name))
    throw InputError("method '" + e.method.name + "' is not available in this version");

  const torch::Device device = resolveDevice(e.training.device);
  torch::manual_seed(e.seed);

  log("Loading " + e.source.dataset + (e.target.dataset != e.source.dataset ? " and " + e.target.dataset : "") + " ...");
  // Stop works while loading too: a stopped load ends the run before anything is written.
  LoadOptions loading;
  loading.cancel = &stop_;
  Dataset source, target;
  try {
    source = loadDataset(e.source.dataset, e.seed, loading);
    target = e.target.dataset == e.source.dataset ? source : loadDataset(e.target.dataset, e.seed, loading);
  } catch (const Cancelled&) {
    TrainResult stopped;
    stopped.summary.method = e.method.name;
    stopped.summary.seed = e.seed;
    stopped.summary.status = "stopped";
    log("Stopped while loading the data; nothing was written");
    return stopped;
  }
  alignDomains(source, target, log);
  ImageSet fewShot;
  const ImageSet& train = labelledTrainingSet(e, source, target, fewShot);
  if (train.size() == 0)
    throw InputError("the training split of '" + (e.method.name == "target_only" ? target.name : source.name) + "' is empty");

  const NetworkShape shape{std::max(source.train.channels, target.train.channels), source.train.height,
                           static_cast<std::int64_t>(source.classNames.size())};
  auto net = makeNetwork(e.model.backbone, shape);
  net->to(device);
  net->train();
  auto method = makeMethodStep(e, *net);
  method->to(device);
  OptimizerSetup opt = makeOptimizer(*net, e.model, e.training, method->parameters());
  if (method->wantsTargetBatch() && target.train.size() == 0)
    throw InputError("the training split of '" + target.name + "' is empty");
  // Only now that the inputs are known good does anything reach the disk.
  if (!runDir_.empty()) {
    prepareRunDirectory(runDir_);
    writeFileAtomic((fs::path(runDir_) / "experiment.json").string(), experimentToJson(e));
  }
  log("Training " + e.method.name + " (" + e.model.backbone + ", " + device.str() + ") on " +
      std::to_string(train.size()) + " labelled images" +
      (method->wantsTargetBatch() ? " and " + std::to_string(target.train.size()) + " unlabelled target images" : "") +
      " for " + std::to_string(e.training.steps) + " steps");

  TrainResult result;
  result.runDir = runDir_;
  RunSummary& s = result.summary;
  s.method = e.method.name;
  s.seed = e.seed;
  s.device = device.is_cuda() ? "cuda" : "cpu";
  s.backbone = e.model.backbone;
  s.source = e.source.dataset;
  s.target = e.target.dataset;

  CheckpointMeta meta{experimentToJson(e), 0, e.model.backbone, shape.channels, shape.side, shape.classes};
  const std::string modelPath = runDir_.empty() ? "" : (fs::path(runDir_) / "model.pt").string();
  const std::string metricsPath = runDir_.empty() ? "" : (fs::path(runDir_) / "metrics.csv").string();
  const std::string summaryPath = runDir_.empty() ? "" : (fs::path(runDir_) / "summary.json").string();

  BatchSampler sampler(train.size(), mixSeed(e.seed, 1000));
  BatchSampler targetSampler(target.train.size(), mixSeed(e.seed, 2000));
  const std::int64_t logEvery = std::max<std::int64_t>(1, std::min<std::int64_t>(10, e.eval.every));
  const auto batch = static_cast<std::size_t>(e.training.batchSize);
  const auto wall0 = Clock::now();
  double trainSeconds = 0.0, lr = e.training.lr, lambda = 0.0;
  std::int64_t images = 0, step = 0;
  MetricWindow window; // training values averaged between two log rows

  auto emit = [&](MetricRow row) {
    row.step = step;
    row.epoch = sampler.epoch();
    row.wallSeconds = secondsSince(wall0);
    if (cb.onMetrics)
      cb.onMetrics(row);
    result.metrics.push_back(std::move(row));
  };
  auto saveModel = [&] {
    meta.step = step;
    saveCheckpoint(modelPath, *net, *opt.optimizer, meta,
                   [&](torch::serialize::OutputArchive& a) { method->save(a); });
  };
  auto evaluate = [&] {
    MetricRow row;
    s.sourceTestAcc = accuracy(*net, source.test, shape.channels, device);
    s.targetTestAcc = accuracy(*net, target.test, shape.channels, device);
    row.values = {{metric::kAccSourceTest, s.sourceTestAcc}, {metric::kAccTargetTest, s.targetTestAcc}};
    if (method->wantsTestFeatures()) {
      const auto extra = method->evaluate(*net, featuresOf(*net, source.test, shape.channels, device),
                                          featuresOf(*net, target.test, shape.channels, device));
      row.values.insert(row.values.end(), extra.begin(), extra.end());
      for (const auto& [name, value] : extra)
        if (name == "acc/domain_test")
          s.extra["domain_acc"] = value;
    }
    emit(std::move(row));
    if (!runDir_.empty()) {
      saveModel();
      writeFileAtomic(metricsPath, metricsToCsv(result.metrics));
    }
  };

  s.status = "completed";
  while (step < e.training.steps) {
    if (stop_.load()) {
      s.status = "stopped";
      break;
    }
    const auto t0 = Clock::now();
    StepBatch b;
    b.progress = static_cast<double>(step) / static_cast<double>(e.training.steps);
    lr = scheduledLr(e.training, b.progress);
    setLearningRate(opt, lr);
    const auto idx = sampler.next(batch);
    b.images = imageBatch(train, idx, shape.channels).to(device);
    b.labels = labelBatch(train, idx).to(device);
    images += static_cast<std::int64_t>(idx.size());
    if (method->wantsTargetBatch()) {
      b.target = imageBatch(target.train, targetSampler.next(batch), shape.channels).to(device);
      images += b.target.size(0);
    }
    opt.optimizer->zero_grad();
    NamedValues values;
    const double loss = method->step(*net, b, values).item<double>();
    opt.optimizer->step();
    trainSeconds += secondsSince(t0);
    ++step;

    if (!std::isfinite(loss)) {
      // Keep the last good checkpoint and metrics; say where it broke.
      s.status = "diverged";
      s.steps = step;
      if (!runDir_.empty()) {
        writeFileAtomic(metricsPath, metricsToCsv(result.metrics));
        writeFileAtomic(summaryPath, summaryToJson(s));
      }
      throw RunError("training diverged at step " + std::to_string(step) + " (the loss is " + std::to_string(loss) +
                     "); try a smaller training.lr" +
                     (runDir_.empty() ? std::string() : "; the last good checkpoint is in " + runDir_));
    }
    window.add(values);
    for (const auto& [name, value] : values)
      if (name == metric::kLambda)
        lambda = value;

    if (step % logEvery == 0 || step == e.training.steps) {
      MetricRow row;
      row.values = window.means();
      row.values.emplace_back(metric::kLr, lr);
      emit(std::move(row));
      window.clear();
    }
    if (step % e.eval.every == 0 || step == e.training.steps)
      evaluate();
    if (cb.onProgress)
      cb.onProgress(step, e.training.steps);
  }
  // A stopped run is still evaluated at the step it reached, so its numbers are real.
  if (s.status == "stopped" && step > 0 && step % e.eval.every != 0)
    evaluate();

  s.steps = step;
  s.trainSeconds = trainSeconds;
  s.imagesPerSecond = trainSeconds > 0 ? static_cast<double>(images) / trainSeconds : 0.0;
  if (method->wantsTargetBatch())
    s.extra["final_lambda"] = lambda;
  if (!runDir_.empty()) {
    writeFileAtomic(metricsPath, metricsToCsv(result.metrics));
    writeFileAtomic(summaryPath, summaryToJson(s));
  }
  log("Finished (" + s.status + ") after " + std::to_string(step) + " steps: source test accuracy " +
      std::to_string(s.sourceTestAcc) + ", target test accuracy " + std::to_string(s.targetTestAcc));
  return result;
}

std::string defaultRunDir(const Experiment& experiment, const std::string& parent) {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
  const std::string base = (fs::path(parent) / (std::string(stamp) + "-" + experiment.method.name + "-s" +
                                                 std::to_string(experiment.seed))).string();
  std::string dir = base;
  for (int i = 2; fs::exists(dir); ++i)
    dir = base + "-" + std::to_string(i);
  return dir;
}

} // namespace twb
