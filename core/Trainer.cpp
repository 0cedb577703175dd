#include "Trainer.h"

#include "AtomicFile.h"
#include "Errors.h"
#include "Random.h"
#include "RunDirectory.h"
#include "Schedules.h"
#include "nn/Accuracy.h"
#include "nn/Batches.h"
#include "nn/Checkpoint.h"
#include "nn/Device.h"
#include "nn/Network.h"
#include "nn/Optimizers.h"

#include <torch/nn/functional/loss.h>
#include <torch/types.h>
#include <torch/utils.h>

#include <chrono>
#include <cmath>
#include <ctime>
#include <filesystem>

namespace twb {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

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

void checkCompatible(const Dataset& source, const Dataset& target) {
  if (source.classNames != target.classNames)
    throw InputError("source '" + source.name + "' and target '" + target.name +
                     "' have different classes; both must name the same classes");
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
  const Dataset source = loadDataset(e.source.dataset, e.seed);
  const Dataset target = e.target.dataset == e.source.dataset ? source : loadDataset(e.target.dataset, e.seed);
  checkCompatible(source, target);
  ImageSet fewShot;
  const ImageSet& train = labelledTrainingSet(e, source, target, fewShot);
  if (train.size() == 0)
    throw InputError("the training split of '" + (e.method.name == "target_only" ? target.name : source.name) + "' is empty");

  const NetworkShape shape{std::max(source.train.channels, target.train.channels), source.train.height,
                           static_cast<std::int64_t>(source.classNames.size())};
  auto net = makeNetwork(e.model.backbone, shape);
  net->to(device);
  net->train();
  OptimizerSetup opt = makeOptimizer(*net, e.model, e.training);
  // Only now that the inputs are known good does anything reach the disk.
  if (!runDir_.empty()) {
    prepareRunDirectory(runDir_);
    writeFileAtomic((fs::path(runDir_) / "experiment.json").string(), experimentToJson(e));
  }
  const std::string trainMetric = e.method.name == "target_only" ? "acc/target_train" : metric::kAccSourceTrain;
  log("Training " + e.method.name + " (" + e.model.backbone + ", " + device.str() + ") on " +
      std::to_string(train.size()) + " images for " + std::to_string(e.training.steps) + " steps");

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

  BatchSampler sampler(train.size(), mixSeed(e.seed, 1000));
  const std::int64_t logEvery = std::max<std::int64_t>(1, std::min<std::int64_t>(10, e.eval.every));
  const auto batch = static_cast<std::size_t>(e.training.batchSize);
  const auto wall0 = Clock::now();
  double trainSeconds = 0.0;
  std::int64_t images = 0, step = 0;
  double lossSum = 0.0;
  std::int64_t correct = 0, seen = 0, lossCount = 0;

  auto emit = [&](MetricRow row) {
    row.step = step;
    row.epoch = sampler.epoch();
    row.wallSeconds = secondsSince(wall0);
    if (cb.onMetrics)
      cb.onMetrics(row);
    result.metrics.push_back(std::move(row));
  };
  auto evaluate = [&] {
    MetricRow row;
    s.sourceTestAcc = accuracy(*net, source.test, shape.channels, device);
    s.targetTestAcc = accuracy(*net, target.test, shape.channels, device);
    row.values = {{metric::kAccSourceTest, s.sourceTestAcc}, {metric::kAccTargetTest, s.targetTestAcc}};
    emit(std::move(row));
    if (!runDir_.empty()) {
      meta.step = step;
      saveCheckpoint(modelPath, *net, *opt.optimizer, meta);
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
    const double lr = scheduledLr(e.training, static_cast<double>(step) / static_cast<double>(e.training.steps));
    setLearningRate(opt, lr);
    const auto idx = sampler.next(batch);
    const auto x = imageBatch(train, idx, shape.channels).to(device);
    const auto y = labelBatch(train, idx).to(device);
    const auto logits = net->forward(x);
    const auto loss = torch::nn::functional::cross_entropy(logits, y);
    opt.optimizer->zero_grad();
    loss.backward();
    opt.optimizer->step();
    const double lossValue = loss.item<double>();
    correct += logits.argmax(1).eq(y).sum().item<std::int64_t>();
    trainSeconds += secondsSince(t0);
    images += static_cast<std::int64_t>(idx.size());
    seen += static_cast<std::int64_t>(idx.size());
    ++step;

    if (!std::isfinite(lossValue)) {
      // Keep the last good checkpoint and metrics; say where it broke.
      s.status = "diverged";
      s.steps = step;
      if (!runDir_.empty()) {
        writeFileAtomic(metricsPath, metricsToCsv(result.metrics));
        writeFileAtomic((fs::path(runDir_) / "summary.json").string(), summaryToJson(s));
      }
      throw RunError("training diverged at step " + std::to_string(step) + " (label loss is " +
                     std::to_string(lossValue) + "); try a smaller training.lr" +
                     (runDir_.empty() ? std::string() : "; the last good checkpoint is in " + runDir_));
    }
    lossSum += lossValue;
    ++lossCount;

    if (step % logEvery == 0 || step == e.training.steps) {
      MetricRow row;
      row.values = {{metric::kLossLabel, lossSum / static_cast<double>(lossCount)},
                    {trainMetric, static_cast<double>(correct) / static_cast<double>(seen)},
                    {metric::kLr, lr}};
      emit(std::move(row));
      lossSum = 0.0;
      lossCount = correct = seen = 0;
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
  if (!runDir_.empty()) {
    writeFileAtomic(metricsPath, metricsToCsv(result.metrics));
    writeFileAtomic((fs::path(runDir_) / "summary.json").string(), summaryToJson(s));
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
