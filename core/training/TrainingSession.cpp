#include "training/TrainingSession.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"
#include "base/Random.h"
#include "base/Text.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"
#include "nn/Accuracy.h"
#include "nn/ComputeInfo.h"
#include "nn/Device.h"
#include "nn/DomainProbe.h"
#include "training/RunDirectory.h"
#include "training/RunLog.h"
#include "training/Schedules.h"

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

// summary.json's status word, for the run log.
Message statusWord(const std::string& status) {
  if (status == "completed")
    return Message::text(TWB_TR("twb", "completed"));
  if (status == "stopped")
    return Message::text(TWB_TR("twb", "stopped"));
  return status;
}

} // namespace

void MetricWindow::add(const NamedValues& values) {
  for (const auto& [name, value] : values) {
    // A structured binding cannot be captured before C++20 (clang refuses; GCC allows it).
    const std::string& key = name;
    auto it = std::find_if(sums_.begin(), sums_.end(), [&](const auto& e) { return e.first == key; });
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
                                 const std::atomic<bool>& stop, bool resume)
    : e_(e), runDir_(runDir), cb_(cb), stop_(stop), resume_(resume && !runDir.empty()), logged_(cb),
      ctx_(e, runDir_, logged_, stop) {
  ctx_.summary = &result_.summary;
  logged_.onEvent = [this](const RunEvent& event) {
    events_.push_back(event);
    if (cb_.onEvent)
      cb_.onEvent(event);
  };
}

std::string TrainingSession::runFile(const char* name) const {
  return (fs::path(runDir_) / name).string();
}

void TrainingSession::writeLog() const {
  if (!runDir_.empty())
    writeFileAtomic(runFile(kRunLogFile), runLogToJson(events_));
}

int TrainingSession::check() {
  if (!setUp(true))
    throw Cancelled();
  return static_cast<int>(ctx_.shape.channels);
}

TrainResult TrainingSession::run() {
  if (!setUp(false)) {
    result_.summary.status = "stopped";
    ctx_.report(RunEventKind::Finished, Message::text(TWB_TR("twb", "Stopped while loading the data; nothing was written")));
    return result_;
  }
  result_.summary.status = "completed";
  if (resume_) {
    resumeFromCheckpoint();
  } else {
    openRunDirectory(); // only now that the inputs are known good does anything reach the disk
    wall0_ = Clock::now();
  }
  while (ctx_.step < e_.training.steps) {
    if (stop_.load()) {
      result_.summary.status = "stopped";
      break;
    }
    trainStep();
    if (ctx_.step % e_.eval.every == 0 || ctx_.step == e_.training.steps)
      evaluate();
    if (cb_.onProgress)
      cb_.onProgress(ctx_.step, e_.training.steps);
  }
  // A stopped run is still evaluated at the step it reached, so its numbers are real.
  if (result_.summary.status == "stopped" && ctx_.step > 0 && ctx_.step % e_.eval.every != 0)
    evaluate();
  finish();
  return std::move(result_);
}

bool TrainingSession::setUp(bool checkOnly) {
  keepFreedTensorMemory();
  const Method& method = methodOf(e_);
  method_ = method.startRun(e_);
  ctx_.device = resolveDevice(e_.training.device);
  torch::manual_seed(e_.seed);
  RunSummary& s = result_.summary;
  s.method = method.name();
  s.seed = e_.seed;
  try {
    method_->loadData(ctx_);
  } catch (const Cancelled&) {
    return false;
  }
  if (ctx_.train->size() == 0)
    throw InputError(Message::text(TWB_TR("twb", "the training split of '%1' is empty"),
                                 {ctx_.train == &ctx_.source.train ? ctx_.source.name : ctx_.target.name}));
  ctx_.shape = method_->networkShape(ctx_);
  net_ = makeNetwork(e_.model.backbone, ctx_.shape);
  net_->to(ctx_.device);
  s.device = ctx_.device.is_cuda() ? "cuda" : "cpu";
  s.backbone = e_.model.backbone;
  s.source = e_.source.dataset;
  s.target = e_.target.dataset;
  method_->check(*net_, ctx_);
  if (checkOnly)
    return true;
  method_->prepare(*net_, ctx_);
  net_->train();
  method_->to(ctx_.device);
  opt_ = makeOptimizer(*net_, e_.model, e_.training, method_->parameters());
  targetImages_ = method.needs().targetImages;
  perDomainStatistics_ = targetImages_ && e_.model.perDomainBatchStats() && !batchNorms(*net_).empty();
  if (targetImages_ && ctx_.target.train.size() == 0)
    throw InputError(Message::text(TWB_TR("twb", "the training split of '%1' is empty"), {ctx_.target.name}));
  sampler_.emplace(ctx_.train->size(), mixSeed(e_.seed, 1000));
  targetSampler_.emplace(ctx_.target.train.size(), mixSeed(e_.seed, 2000));
  logEvery_ = std::max<std::int64_t>(1, std::min<std::int64_t>(10, e_.eval.every));
  meta_ = CheckpointMeta{experimentToJson(e_),  0, e_.model.backbone, ctx_.shape.channels, ctx_.shape.side,
                         ctx_.shape.classes};
  const ComputeInfo compute = computeInfo();
  ctx_.report(RunEventKind::Data, computeLine(compute));
  if (const Message warning = computeWarning(compute); !warning.empty())
    ctx_.report(RunEventKind::Warning, warning);
  ctx_.report(RunEventKind::Started,
              Message::text(TWB_TR("twb", "Training %1 (%2, %3) on %4 for %5 steps"),
                          {method.name(), e_.model.backbone, ctx_.device.str(), method_->trainingData(ctx_),
                           std::to_string(e_.training.steps)}));
  return true;
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
  b.progress = static_cast<double>(ctx_.step) / static_cast<double>(e_.training.steps);
  b.perDomainBatchStats = e_.model.perDomainBatchStats();
  const double lr = scheduledLr(e_.training, b.progress);
  setLearningRate(opt_, lr);
  if (!method_->drawsOwnBatches()) {
    const auto idx = sampler_->next(batch);
    b.images = imageBatch(*ctx_.train, idx, ctx_.shape.channels).to(ctx_.device);
    b.labels = labelBatch(*ctx_.train, idx).to(ctx_.device);
    images_ += static_cast<std::int64_t>(idx.size());
  }
  if (targetImages_) {
    b.target = imageBatch(ctx_.target.train, targetSampler_->next(batch), ctx_.shape.channels).to(ctx_.device);
    images_ += b.target.size(0);
  }
  opt_.optimizer->zero_grad();
  NamedValues values;
  const double loss = method_->step(*net_, b, values).item<double>();
  opt_.optimizer->step();
  images_ += method_->imagesInLastStep();
  trainSeconds_ += secondsSince(t0);
  ++ctx_.step;
  if (!std::isfinite(loss))
    diverged(loss);
  window_.add(values);
  for (const auto& [name, value] : values)
    if (name == metric::kLambda)
      lambda_ = value;
  if (ctx_.step % logEvery_ == 0 || ctx_.step == e_.training.steps)
    logTraining(lr);
}

void TrainingSession::diverged(double loss) {
  // Keep the last good checkpoint and metrics; say where it broke.
  RunSummary& s = result_.summary;
  s.status = "diverged";
  s.steps = ctx_.step;
  if (!runDir_.empty()) {
    writeFileAtomic(runFile("metrics.csv"), metricsToCsv(result_.metrics));
    writeFileAtomic(runFile("summary.json"), summaryToJson(s));
  }
  const Message broke = Message::text(TWB_TR("twb", "training diverged at step %1 (the loss is %2); try a smaller training.lr"),
                                    {std::to_string(ctx_.step), std::to_string(loss)});
  if (runDir_.empty())
    throw RunError(broke);
  events_.push_back(RunEvent{RunEventKind::Warning, broke});
  writeLog();
  throw RunError(Message::text(TWB_TR("twb", "%1; the last good checkpoint is in %2"), {broke, runDir_}));
}

void TrainingSession::logTraining(double lr) {
  MetricRow row;
  row.values = window_.means();
  row.values.emplace_back(metric::kLr, lr);
  emit(std::move(row));
  window_.clear();
}

void TrainingSession::emit(MetricRow row) {
  row.step = ctx_.step;
  row.epoch = method_->drawsOwnBatches() ? method_->epoch() : sampler_->epoch();
  row.wallSeconds = secondsSince(wall0_);
  if (cb_.onMetrics)
    cb_.onMetrics(row);
  result_.metrics.push_back(std::move(row));
}

void TrainingSession::evaluate() {
  RunSummary& s = result_.summary;
  MetricRow row;
  const bool features = method_->wantsTestFeatures();
  {
    torch::NoGradGuard noGrad;
    if (perDomainStatistics_) {
      trainingStatistics_ = statisticsOf(*net_);
      // Trained with each domain normalised by its own batch statistics, the network
      // is tested the same way (domain-specific batch norm, Chang et al. 2019): each
      // domain's test images with statistics estimated over its training images (the
      // target's without labels, as AdaBN does). Testing both with the running
      // averages, a mixture of the two domains, would normalise each domain as it
      // never was in training. The network keeps the target's statistics, so the
      // method's own readings, model.pt and `twb evaluate` see the target as the
      // table does.
      const auto testedWithItsOwnStatistics = [this](const Dataset& domain, std::uint64_t salt,
                                                     std::vector<BatchNormStatistics>& kept) {
        estimateStatistics(*net_, domain.train, kStatisticsImages, ctx_.shape.channels, ctx_.device,
                           mixSeed(e_.seed, salt));
        kept = statisticsOf(*net_);
        return featuresOf(*net_, domain.test, ctx_.shape.channels, ctx_.device);
      };
      ctx_.sourceTestFeatures = testedWithItsOwnStatistics(ctx_.source, 3000, sourceStatistics_);
      ctx_.targetTestFeatures = testedWithItsOwnStatistics(ctx_.target, 4000, targetStatistics_);
    } else if (features) {
      ctx_.sourceTestFeatures = featuresOf(*net_, ctx_.source.test, ctx_.shape.channels, ctx_.device);
      ctx_.targetTestFeatures = featuresOf(*net_, ctx_.target.test, ctx_.shape.channels, ctx_.device);
    }
    // Measured as tested: dropout off and batch norm on its running statistics. CDAN's
    // head input and MCD's disagreement classify the test features, and in training mode
    // that drew dropout masks (changing the random draws of the steps after an
    // evaluation, and so a resumed run's) and measured a noisy network.
    const bool wasTraining = net_->is_training();
    net_->eval();
    row.values = method_->measureTests(*net_, ctx_);
    if (features) {
      const auto extra = method_->measureFeatures(ctx_.sourceTestFeatures, ctx_.targetTestFeatures, s);
      row.values.insert(row.values.end(), extra.begin(), extra.end());
    }
    net_->train(wasTraining);
    ctx_.sourceTestFeatures = ctx_.targetTestFeatures = torch::Tensor();
  }
  emit(std::move(row));
  if (runDir_.empty())
    return;
  // metrics.csv first: a kill between the two leaves rows past the checkpoint, which a
  // resume drops, rather than a checkpoint past the rows.
  writeFileAtomic(runFile("metrics.csv"), metricsToCsv(result_.metrics));
  meta_.step = ctx_.step;
  saveCheckpoint(runFile("model.pt"), *net_, *opt_.optimizer, meta_, [this](torch::serialize::OutputArchive& a) {
    method_->save(a);
    saveResumeState(a);
  });
}

void TrainingSession::finish() {
  RunSummary& s = result_.summary;
  s.steps = ctx_.step;
  s.trainSeconds = trainSeconds_;
  s.imagesPerSecond = trainSeconds_ > 0 ? static_cast<double>(images_) / trainSeconds_ : 0.0;
  if (lambda_)
    s.extra["final_lambda"] = *lambda_;
  method_->finishRun(*net_, s, runDir_);
  probeDomainsAtEnd();
  if (!runDir_.empty()) {
    writeFileAtomic(runFile("metrics.csv"), metricsToCsv(result_.metrics));
    writeFileAtomic(runFile("summary.json"), summaryToJson(s));
  }
  const Message source = methodOf(e_).measuresSource(e_)
                             ? Message::text(TWB_TR("twb", "source test accuracy %1"), {fixed(s.sourceTestAcc)})
                             : Message::text(TWB_TR("twb", "no source model"));
  ctx_.report(RunEventKind::Finished,
              Message::text(TWB_TR("twb", "Finished (%1) after %2 steps: %3, target test accuracy %4"),
                          {statusWord(s.status), std::to_string(ctx_.step), source, fixed(s.targetTestAcc)}));
  writeLog();
}

void TrainingSession::probeDomainsAtEnd() {
  if (!hasTwoDomains(e_) || ctx_.source.test.size() == 0 || ctx_.target.test.size() == 0)
    return;
  const auto features = [this](const ImageSet& images, bool target) {
    if (perDomainStatistics_ && !sourceStatistics_.empty())
      restoreStatistics(*net_, target ? targetStatistics_ : sourceStatistics_);
    method_->readingDomain(*net_, target, false);
    std::vector<float> out;
    appendFloats(out, featuresOf(*net_, images, ctx_.shape.channels, ctx_.device));
    return out;
  };
  const std::vector<float> source = features(ctx_.source.test, false), target = features(ctx_.target.test, true);
  if (perDomainStatistics_ && !targetStatistics_.empty())
    restoreStatistics(*net_, targetStatistics_);
  method_->readingDomain(*net_, true, true);
  const DomainProbe probe =
      probeDomains(source, target, static_cast<std::size_t>(net_->featureDim()), e_.seed);
  if (probe.perDomain == 0)
    return;
  RunSummary& s = result_.summary;
  s.extra["proxy_a_distance"] = probe.proxyADistance;
  s.extra["domain_probe_acc"] = probe.accuracy;
  ctx_.report(RunEventKind::Measured,
              Message::text(TWB_TR("twb", "Proxy A-distance of the features %1 (a linear probe tells source from target "
                                        "test images apart %2 of the time; 0 = indistinguishable, 2 = fully separable)"),
                          {fixed(probe.proxyADistance, 2), fixed(probe.accuracy)}));
}

} // namespace twb
