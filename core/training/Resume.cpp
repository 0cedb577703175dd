// Resuming a run (twb train --resume RUN_DIR; shared/CONTRACT.md): a stopped or killed
// run continues from the checkpoint its last evaluation wrote, to its planned steps.
//
// Each model.pt holds, besides the weights and the optimizer (momentum buffers, Adam's
// moments, the method's own parameters), what the rest of the loop needs to draw the
// same numbers as an unbroken run: the CPU random generator (weight init is long past,
// but dropout, VAT's perturbations and the MMD/CDAN draws read it every step), how many
// items each batch sampler has drawn (an epoch's order depends on the seed and the
// epoch alone, nn/Batches.h), and the clocks. The learning rate and lambda schedules
// are functions of the step, so nothing of them is stored. The metrics and the log are
// read back from the run directory, keeping the rows up to the checkpoint's step.
#include "training/Trainer.h"
#include "training/TrainingSession.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"
#include "training/Metrics.h"
#include "training/RunSummary.h"
#include "training/RunLog.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/serialize/input-archive.h>
#include <torch/serialize/output-archive.h>

#include <filesystem>
#include <mutex>

namespace twb {

namespace fs = std::filesystem;

namespace {

constexpr const char* kResumeKey = "resume";

std::int64_t readInt(torch::serialize::InputArchive& a, const char* key) {
  c10::IValue v;
  a.read(key, v);
  return v.toInt();
}

// The default CPU generator's state (dropout, VAT, randn draw from it), under its lock.
torch::Tensor cpuRandomState() {
  at::Generator generator = at::detail::getDefaultCPUGenerator();
  std::lock_guard<std::mutex> lock(generator.mutex());
  return generator.get_state();
}

void setCpuRandomState(const torch::Tensor& state) {
  at::Generator generator = at::detail::getDefaultCPUGenerator();
  std::lock_guard<std::mutex> lock(generator.mutex());
  generator.set_state(state);
}

double readDouble(torch::serialize::InputArchive& a, const char* key) {
  c10::IValue v;
  a.read(key, v);
  return v.toDouble();
}

} // namespace

bool methodResumes(const Experiment& e) {
  return methodOf(e).startRun(e)->resumable();
}

Experiment experimentToResume(const std::string& runDir, std::int64_t* checkpointStep) {
  const fs::path dir(runDir);
  if (!fs::is_directory(dir))
    throw InputError(Message::text(TWB_TR("twb", "%1: not a run directory (no such folder)"), {runDir}));
  const std::string experimentPath = (dir / "experiment.json").string();
  if (!fs::exists(experimentPath))
    throw InputError(Message::text(TWB_TR("twb", "%1: not a run directory (experiment.json is missing)"), {runDir}));
  const Experiment e = loadExperimentFile(experimentPath);
  if (const fs::path summaryPath = dir / "summary.json"; fs::exists(summaryPath)) {
    const RunSummary s = parseSummary(readFile(summaryPath.string()), summaryPath.string());
    if (s.status == "completed")
      throw InputError(Message::text(TWB_TR("twb", "%1: the run is complete (%2 of %3 steps); nothing to resume"),
                                     {runDir, std::to_string(s.steps), std::to_string(e.training.steps)}));
    if (s.status == "diverged")
      throw InputError(Message::text(
          TWB_TR("twb", "%1: the run diverged at step %2; resuming would repeat it (train it again with a smaller "
                        "training.lr)"),
          {runDir, std::to_string(s.steps)}));
  }
  if (!methodResumes(e))
    throw InputError(Message::text(
        TWB_TR("twb", "%1: method '%2' keeps state its checkpoint does not hold yet, so it cannot resume; train it "
                      "again"),
        {runDir, e.method.name}));
  const std::string checkpoint = (dir / "model.pt").string();
  if (!fs::exists(checkpoint))
    throw InputError(Message::text(
        TWB_TR("twb", "%1: no checkpoint yet (the run ended before its first evaluation at step %2); train it again"),
        {runDir, std::to_string(e.eval.every)}));
  // The checkpoint carries the experiment it was trained with: an experiment.json edited
  // since would make a run that is neither the old recipe nor the new one.
  const CheckpointMeta meta = readCheckpointMeta(checkpoint);
  if (!isExperimentOf(meta.experimentJson, checkpoint, e))
    throw InputError(Message::text(
        TWB_TR("twb", "%1: experiment.json was edited after the run started (model.pt was trained with another "
                      "recipe); resume refuses: train the edited experiment as a new run"),
        {runDir}));
  if (checkpointStep)
    *checkpointStep = meta.step;
  return e;
}

void TrainingSession::saveResumeState(torch::serialize::OutputArchive& root) const {
  torch::serialize::OutputArchive r;
  r.write("cpu_random_state", cpuRandomState(), true);
  r.write("sampler_drawn", c10::IValue(static_cast<std::int64_t>(sampler_->drawn())));
  r.write("target_sampler_drawn", c10::IValue(static_cast<std::int64_t>(targetSampler_->drawn())));
  r.write("images", c10::IValue(images_));
  r.write("train_seconds", c10::IValue(trainSeconds_));
  r.write("wall_seconds", c10::IValue(std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0_).count()));
  r.write("has_lambda", c10::IValue(lambda_.has_value()));
  r.write("lambda", c10::IValue(lambda_.value_or(0.0)));
  // The metric rows up to this evaluation's (metrics.csv holds them, and maybe more),
  // and the training values since the last logged row (a stop comes between two).
  r.write("metric_rows", c10::IValue(static_cast<std::int64_t>(result_.metrics.size())));
  c10::List<std::string> names;
  c10::List<double> sums;
  c10::List<std::int64_t> counts;
  for (const auto& [name, sum] : window_.state()) {
    names.push_back(name);
    sums.push_back(sum.first);
    counts.push_back(sum.second);
  }
  r.write("window_names", c10::IValue(names));
  r.write("window_sums", c10::IValue(sums));
  r.write("window_counts", c10::IValue(counts));
  for (std::size_t i = 0; i < trainingStatistics_.size(); ++i) {
    const std::string layer = "training_bn_" + std::to_string(i);
    r.write(layer + "_mean", trainingStatistics_[i].mean, true);
    r.write(layer + "_var", trainingStatistics_[i].var, true);
    r.write(layer + "_batches", trainingStatistics_[i].batches, true);
  }
  root.write(kResumeKey, r);
}

void TrainingSession::loadResumeState(torch::serialize::InputArchive& root) {
  torch::serialize::InputArchive r;
  if (!root.try_read(kResumeKey, r))
    throw InputError(Message::text(
        TWB_TR("twb", "%1: written by a version of twb that kept no resume state; train the run again"),
        {runFile("model.pt")}));
  torch::Tensor state;
  r.read("cpu_random_state", state, true);
  setCpuRandomState(state);
  sampler_->skipTo(static_cast<std::uint64_t>(readInt(r, "sampler_drawn")));
  targetSampler_->skipTo(static_cast<std::uint64_t>(readInt(r, "target_sampler_drawn")));
  images_ = readInt(r, "images");
  trainSeconds_ = readDouble(r, "train_seconds");
  wallBefore_ = readDouble(r, "wall_seconds");
  c10::IValue hasLambda;
  r.read("has_lambda", hasLambda);
  if (hasLambda.toBool())
    lambda_ = readDouble(r, "lambda");
  metricRowsAtCheckpoint_ = static_cast<std::size_t>(readInt(r, "metric_rows"));
  c10::IValue names, sums, counts;
  r.read("window_names", names);
  r.read("window_sums", sums);
  r.read("window_counts", counts);
  const auto n = names.toListRef(), s = sums.toListRef(), c = counts.toListRef();
  MetricWindow::Sums window;
  for (std::size_t i = 0; i < n.size() && i < s.size() && i < c.size(); ++i)
    window.push_back({n[i].toStringRef(), {s[i].toDouble(), static_cast<int>(c[i].toInt())}});
  window_.restore(std::move(window));
  trainingStatistics_.clear();
  for (std::size_t i = 0;; ++i) {
    const std::string layer = "training_bn_" + std::to_string(i);
    BatchNormStatistics layerStatistics;
    if (!r.try_read(layer + "_mean", layerStatistics.mean, true))
      break;
    r.read(layer + "_var", layerStatistics.var, true);
    r.read(layer + "_batches", layerStatistics.batches, true);
    trainingStatistics_.push_back(std::move(layerStatistics));
  }
}

void TrainingSession::resumeFromCheckpoint() {
  result_.runDir = runDir_;
  const CheckpointMeta meta =
      loadCheckpoint(runFile("model.pt"), *net_, *opt_.optimizer, [this](torch::serialize::InputArchive& root) {
        method_->load(root);
        loadResumeState(root);
      });
  ctx_.step = meta.step;
  wall0_ = std::chrono::steady_clock::now() -
           std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(wallBefore_));
  // The rows before the checkpoint's evaluation (metrics.csv is written first, so it
  // holds them all); those logged after it are trained again.
  std::vector<MetricRow> rows = parseMetricsCsv(readFile(runFile("metrics.csv")), runFile("metrics.csv"));
  if (rows.size() < metricRowsAtCheckpoint_)
    throw InputError(Message::text(TWB_TR("twb", "%1: holds fewer rows than the checkpoint of step %2 was written with"),
                                   {runFile("metrics.csv"), std::to_string(meta.step)}));
  rows.resize(metricRowsAtCheckpoint_ > 0 ? metricRowsAtCheckpoint_ - 1 : 0);
  result_.metrics = std::move(rows);
  std::vector<RunEvent> before = readRunLog(runDir_);
  events_.insert(events_.begin(), before.begin(), before.end());
  // Until it finishes again the directory is an unfinished run, whatever it said before.
  std::error_code ec;
  fs::remove(runFile("summary.json"), ec);
  ctx_.report(RunEventKind::Started,
              Message::text(TWB_TR("twb", "Resumed at step %1 of %2 from %3"),
                            {std::to_string(meta.step), std::to_string(e_.training.steps), runFile("model.pt")}));
  // The checkpoint's evaluation again (its row and the summary's accuracies, which a run
  // killed after its last step but before summary.json would otherwise lack). It is a
  // function of the restored state; the random state is put back after it, so the
  // steps that follow draw what the unbroken run drew.
  const torch::Tensor randomState = cpuRandomState();
  const std::vector<BatchNormStatistics> beforeCheckpoint = trainingStatistics_;
  evaluate();
  setCpuRandomState(randomState);
  // A stop's checkpoint (between two evaluations): the unbroken run never evaluated
  // here, so its training went on with the running statistics from before.
  if (meta.step % e_.eval.every != 0 && beforeCheckpoint.size() == batchNorms(*net_).size())
    restoreStatistics(*net_, beforeCheckpoint);
}

} // namespace twb
