#include "training/TrainingSession.h"

#include "base/AtomicFile.h"
#include "data/DatasetStats.h"
#include "nn/DomainProbe.h"
#include "base/Errors.h"
#include "base/Random.h"
#include "training/RunDirectory.h"
#include "training/Schedules.h"
#include "base/Text.h"
#include "data/ClassSubset.h"
#include "methods/finetune/Finetune.h"
#include "methods/multitask/Multitask.h"
#include "methods/zeroshot/ZeroShot.h"
#include "nn/Accuracy.h"
#include "nn/Device.h"

#include <torch/serialize/output-archive.h>
#include <torch/utils.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace twb {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
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
    if (!m.targetOnly.empty())
      line += "; target-only classes left out: " + joinedList(m.targetOnly);
    if (!m.sourceOnly.empty())
      line += "; source-only classes (never in the target): " + joinedList(m.sourceOnly);
    log(line);
    alignToClasses(target, source.classNames);
  }
  if (source.train.width != target.train.width || source.train.height != target.train.height)
    throw InputError("source '" + source.name + "' and target '" + target.name + "' have different image sizes");
  if (source.train.width != source.train.height)
    throw InputError("dataset '" + source.name + "' has non-square images, which lenet cannot take");
}

// finetune's source and target are different tasks: only the images must fit one network.
void checkSameImages(const Dataset& source, const Dataset& target) {
  if (source.train.width != target.train.width || source.train.height != target.train.height)
    throw InputError("source '" + source.name + "' and target '" + target.name + "' have different image sizes");
  if (source.train.width != source.train.height)
    throw InputError("dataset '" + source.name + "' has non-square images, which the backbones cannot take");
}

} // namespace

void MetricWindow::add(const NamedValues& values) {
  for (const auto& [name, value] : values) {
    auto it = std::find_if(sums_.begin(), sums_.end(), [&](const auto& e) { return e.first == name; });
    if (it == sums_.end())
      sums_.push_back({name, {value, 1}});
    else
      it->second = {it->second.first + value, it->second.second + 1};
  }
}

NamedValues MetricWindow::means() const {
  NamedValues out;
  for (const auto& [name, sum] : sums_)
    out.emplace_back(name, sum.first / sum.second);
  return out;
}

TrainingSession::TrainingSession(const Experiment& e, const std::string& runDir, const TrainerCallbacks& cb,
                                 const std::atomic<bool>& stop)
    : e_(e), runDir_(runDir), cb_(cb), stop_(stop) {}

void TrainingSession::log(const std::string& line) const {
  if (cb_.onLog)
    cb_.onLog(line);
}

std::string TrainingSession::runFile(const char* name) const {
  return (fs::path(runDir_) / name).string();
}

TrainResult TrainingSession::run() {
  if (!isImplementedMethod(e_.method.name))
    throw InputError("method '" + e_.method.name + "' is not available in this version");
  device_ = resolveDevice(e_.training.device);
  torch::manual_seed(e_.seed);
  result_.summary.method = e_.method.name;
  result_.summary.seed = e_.seed;
  if (!loadData()) {
    result_.summary.status = "stopped";
    log("Stopped while loading the data; nothing was written");
    return result_;
  }
  buildModel();
  openRunDirectory(); // only now that the inputs are known good does anything reach the disk

  result_.summary.status = "completed";
  wall0_ = Clock::now();
  while (step_ < e_.training.steps) {
    if (stop_.load()) {
      result_.summary.status = "stopped";
      break;
    }
    trainStep();
    if (step_ % e_.eval.every == 0 || step_ == e_.training.steps)
      evaluate();
    if (cb_.onProgress)
      cb_.onProgress(step_, e_.training.steps);
  }
  // A stopped run is still evaluated at the step it reached, so its numbers are real.
  if (result_.summary.status == "stopped" && step_ > 0 && step_ % e_.eval.every != 0)
    evaluate();
  finish();
  return std::move(result_);
}

bool TrainingSession::loadData() {
  if (e_.method.name == "multitask")
    log("Loading the tasks' datasets ...");
  else
    log("Loading " + e_.source.dataset + (e_.target.dataset != e_.source.dataset ? " and " + e_.target.dataset : "") +
        " ...");
  LoadOptions loading;
  loading.cancel = &stop_; // Stop works while loading too
  try {
    if (e_.method.name == "multitask") { // each task brings its own data; the main task's stands for source
      tasks_ = std::make_shared<const MultitaskData>(loadMultitaskData(e_, loading));
      source_ = target_ = tasks_->mainDataset();
      for (const auto& line : tasks_->describe())
        log(line);
    } else {
      source_ = loadDataset(e_.source.dataset, e_.seed, loading);
      target_ = isOneDomain(e_) ? source_ : loadDataset(e_.target.dataset, e_.seed, loading);
    }
  } catch (const Cancelled&) {
    return false;
  }
  selectClasses(source_, e_.source.classes, "source.classes");
  selectClasses(target_, e_.target.classes, "target.classes");
  if (e_.method.name == "finetune") // a new task: its own classes, no matching by name
    checkSameImages(source_, target_);
  else
    alignDomains(source_, target_, [this](const std::string& line) { log(line); });
  train_ = &source_.train;
  if (trainsOnTargetLabels(e_)) {
    train_ = &target_.train;
    if (e_.target.labelsPerClass > 0) {
      fewShot_ = target_.train.subset(
          fewShotIndices(target_.train, target_.classNames.size(), e_.target.labelsPerClass, e_.seed));
      train_ = &fewShot_;
    }
  }
  if (e_.method.name == "zeroshot") { // training sees the images of the seen classes only
    zeroShot_ = prepareZeroShot(e_, source_);
    train_ = &zeroShot_->seenTrain;
    log("Zero-shot: unseen classes " + joinedList(zeroShot_->unseenNames(source_.classNames)) + "; described by " +
        zeroShot_->descriptions.origin);
  }
  if (train_->size() == 0)
    throw InputError("the training split of '" + (train_ == &source_.train ? source_.name : target_.name) +
                     "' is empty");
  return true;
}

void TrainingSession::buildModel() {
  const bool finetune = e_.method.name == "finetune";
  shape_ = NetworkShape{std::max(source_.train.channels, target_.train.channels), source_.train.height,
                        static_cast<std::int64_t>((finetune ? target_ : source_).classNames.size())};
  if (tasks_)
    shape_.channels = tasks_->channels;
  net_ = makeNetwork(e_.model.backbone, shape_);
  net_->to(device_);
  if (finetune)
    startFromSourceModel();
  net_->train();
  if (tasks_)
    method_ = makeMultitaskStep(e_, *net_, tasks_);
  else if (zeroShot_)
    method_ = makeZeroShotStep(e_, *net_, shape_, *zeroShot_, device_);
  else
    method_ = makeMethodStep(e_, *net_);
  method_->to(device_);
  opt_ = makeOptimizer(*net_, e_.model, e_.training, method_->parameters());
  if (method_->wantsTargetBatch() && target_.train.size() == 0)
    throw InputError("the training split of '" + target_.name + "' is empty");
  sampler_.emplace(train_->size(), mixSeed(e_.seed, 1000));
  targetSampler_.emplace(target_.train.size(), mixSeed(e_.seed, 2000));
  logEvery_ = std::max<std::int64_t>(1, std::min<std::int64_t>(10, e_.eval.every));
  meta_ = CheckpointMeta{experimentToJson(e_), 0, e_.model.backbone, shape_.channels, shape_.side, shape_.classes};

  RunSummary& s = result_.summary;
  s.device = device_.is_cuda() ? "cuda" : "cpu";
  s.backbone = e_.model.backbone;
  s.source = e_.source.dataset;
  s.target = e_.target.dataset;
  if (tasks_)
    s.source = s.target = source_.name;
  log("Training " + e_.method.name + " (" + e_.model.backbone + ", " + device_.str() + ") on " +
      (tasks_ ? std::to_string(tasks_->tasks.size()) + " tasks" : std::to_string(train_->size()) + " labelled images") +
      (method_->wantsTargetBatch() ? " and " + std::to_string(target_.train.size()) + " unlabelled target images"
                                   : "") +
      " for " + std::to_string(e_.training.steps) + " steps");
}

void TrainingSession::startFromSourceModel() {
  checkLayerNames(*net_, e_.model);
  if (e_.model.copiesNothing()) {
    log("Nothing to copy (model.transfer is empty): the target model trains from scratch");
    return;
  }
  if (!runDir_.empty() && e_.model.initFrom.empty())
    prepareRunDirectory(runDir_); // refuse a taken directory before pretraining into it
  const SourceModel source = obtainSourceModel(e_, runDir_, cb_, stop_);
  if (!source.net)
    return; // stopped while pretraining: the run loop ends at step 0
  if (cb_.onPhase && e_.model.initFrom.empty())
    cb_.onPhase(RunPhase::Target, e_.training.steps);
  const auto copied = transferInto(*net_, *source.net, e_);
  sourceTestAcc_ = source.sourceTestAcc;
  RunSummary& s = result_.summary;
  s.sourceTestAcc = source.sourceTestAcc;
  s.extra["source_steps"] = static_cast<double>(source.steps);
  s.extra["layers_transferred"] = static_cast<double>(copied.size());
  log("Copied " + std::to_string(copied.size()) + " layer(s) from the source model" +
      (copied.empty() ? std::string() : " (" + joinedList(copied) + ")") +
      (source.from.empty() ? std::string() : ", " + source.from) + "; source test accuracy " +
      fixed(source.sourceTestAcc));
}

void TrainingSession::openRunDirectory() {
  result_.runDir = runDir_;
  if (runDir_.empty())
    return;
  prepareRunDirectory(runDir_);
  writeFileAtomic(runFile("experiment.json"), experimentToJson(e_));
}

void TrainingSession::trainStep() {
  const auto t0 = Clock::now();
  const auto batch = static_cast<std::size_t>(e_.training.batchSize);
  StepBatch b;
  b.progress = static_cast<double>(step_) / static_cast<double>(e_.training.steps);
  const double lr = scheduledLr(e_.training, b.progress);
  setLearningRate(opt_, lr);
  if (!method_->drawsOwnBatches()) {
    const auto idx = sampler_->next(batch);
    b.images = imageBatch(*train_, idx, shape_.channels).to(device_);
    b.labels = labelBatch(*train_, idx).to(device_);
    images_ += static_cast<std::int64_t>(idx.size());
  }
  if (method_->wantsTargetBatch()) {
    b.target = imageBatch(target_.train, targetSampler_->next(batch), shape_.channels).to(device_);
    images_ += b.target.size(0);
  }
  opt_.optimizer->zero_grad();
  NamedValues values;
  const double loss = method_->step(*net_, b, values).item<double>();
  opt_.optimizer->step();
  images_ += method_->imagesInLastStep();
  trainSeconds_ += secondsSince(t0);
  ++step_;
  if (!std::isfinite(loss))
    diverged(loss);
  window_.add(values);
  for (const auto& [name, value] : values)
    if (name == metric::kLambda)
      lambda_ = value;
  if (step_ % logEvery_ == 0 || step_ == e_.training.steps)
    logTraining(lr);
}

void TrainingSession::diverged(double loss) {
  // Keep the last good checkpoint and metrics; say where it broke.
  RunSummary& s = result_.summary;
  s.status = "diverged";
  s.steps = step_;
  if (!runDir_.empty()) {
    writeFileAtomic(runFile("metrics.csv"), metricsToCsv(result_.metrics));
    writeFileAtomic(runFile("summary.json"), summaryToJson(s));
  }
  throw RunError("training diverged at step " + std::to_string(step_) + " (the loss is " + std::to_string(loss) +
                 "); try a smaller training.lr" +
                 (runDir_.empty() ? std::string() : "; the last good checkpoint is in " + runDir_));
}

void TrainingSession::logTraining(double lr) {
  MetricRow row;
  row.values = window_.means();
  row.values.emplace_back(metric::kLr, lr);
  emit(std::move(row));
  window_.clear();
}

void TrainingSession::emit(MetricRow row) {
  row.step = step_;
  row.epoch = method_->drawsOwnBatches() ? method_->epoch() : sampler_->epoch();
  row.wallSeconds = secondsSince(wall0_);
  if (cb_.onMetrics)
    cb_.onMetrics(row);
  result_.metrics.push_back(std::move(row));
}

void TrainingSession::evaluate() {
  RunSummary& s = result_.summary;
  MetricRow row;
  if (auto own = method_->measureTests(*net_, source_, s)) {
    row.values = std::move(*own);
  } else {
    // finetune's network answers the target's classes; its source number is the source
    // model's (none when nothing was copied).
    const bool finetune = e_.method.name == "finetune";
    s.sourceTestAcc = finetune ? sourceTestAcc_ : accuracy(*net_, source_.test, shape_.channels, device_);
    s.targetTestAcc = accuracy(*net_, target_.test, shape_.channels, device_);
    row.values = {{metric::kAccSourceTest, s.sourceTestAcc}, {metric::kAccTargetTest, s.targetTestAcc}};
    if (finetune && sourceTestAcc_ == 0.0)
      row.values.erase(row.values.begin());
    if (!finetune) {
      if (!collapse_)
        collapse_.emplace(source_.classNames.size());
      if (const std::string warning = collapse_->observe(step_, s.sourceTestAcc); !warning.empty())
        log(warning);
    }
  }
  if (method_->wantsTestFeatures()) {
    const auto extra = method_->evaluate(*net_, featuresOf(*net_, source_.test, shape_.channels, device_),
                                         featuresOf(*net_, target_.test, shape_.channels, device_));
    row.values.insert(row.values.end(), extra.begin(), extra.end());
    for (const auto& [name, value] : extra)
      if (name == "acc/domain_test")
        s.extra["domain_acc"] = value;
  }
  emit(std::move(row));
  if (runDir_.empty())
    return;
  meta_.step = step_;
  saveCheckpoint(runFile("model.pt"), *net_, *opt_.optimizer, meta_,
                 [this](torch::serialize::OutputArchive& a) { method_->save(a); });
  writeFileAtomic(runFile("metrics.csv"), metricsToCsv(result_.metrics));
}

void TrainingSession::finish() {
  RunSummary& s = result_.summary;
  s.steps = step_;
  s.trainSeconds = trainSeconds_;
  s.imagesPerSecond = trainSeconds_ > 0 ? static_cast<double>(images_) / trainSeconds_ : 0.0;
  if (method_->wantsTargetBatch())
    s.extra["final_lambda"] = lambda_;
  method_->finishRun(*net_, s, runDir_);
  probeDomainsAtEnd();
  if (!runDir_.empty()) {
    writeFileAtomic(runFile("metrics.csv"), metricsToCsv(result_.metrics));
    writeFileAtomic(runFile("summary.json"), summaryToJson(s));
  }
  log("Finished (" + s.status + ") after " + std::to_string(step_) + " steps: " +
      (trainsFromScratch(e_) ? std::string("no source model") : "source test accuracy " + fixed(s.sourceTestAcc)) +
      ", target test accuracy " + fixed(s.targetTestAcc));
}

void TrainingSession::probeDomainsAtEnd() {
  if (!hasTwoDomains(e_) || source_.test.size() == 0 || target_.test.size() == 0)
    return;
  const auto features = [this](const ImageSet& images) {
    std::vector<float> out;
    appendFloats(out, featuresOf(*net_, images, shape_.channels, device_));
    return out;
  };
  const DomainProbe probe = probeDomains(features(source_.test), features(target_.test),
                                         static_cast<std::size_t>(net_->featureDim()), e_.seed);
  if (probe.perDomain == 0)
    return;
  RunSummary& s = result_.summary;
  s.extra["proxy_a_distance"] = probe.proxyADistance;
  s.extra["domain_probe_acc"] = probe.accuracy;
  log("Proxy A-distance of the features " + fixed(probe.proxyADistance, 2) +
      " (a linear probe tells source from target test images apart " + fixed(probe.accuracy) +
      " of the time; 0 = indistinguishable, 2 = fully separable)");
}

} // namespace twb
