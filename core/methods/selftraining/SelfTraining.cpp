// Self-training from the model's own soft labels on the target: the label predictor
// learns from the labelled source and, on the unlabelled target, from the soft
// predictions of a teacher,
//   L = CE(source) + lambda(p) * E_t[ m(t) * CE(q_T(t), p_student(t)) ],
//   q_T = softmax(teacher logits / T),  m(t) = [max softmax(teacher logits) >= threshold],
// the teacher an exponential moving average of the student's weights (the mean
// teacher, Tarvainen & Valpola 2017; for domain adaptation with its confidence
// threshold, French et al. 2018, "Self-ensembling for visual domain adaptation").
// Soft targets carry the teacher's doubt (a 6 that might be a 5 teaches "mostly 6"),
// the threshold keeps its wild guesses out, and the slow average damps the feedback
// loop of learning from one's own mistakes, the way plain entropy minimisation locks
// a weak start into wrong classes. It starts from scratch, or from any earlier run's
// model (model.init_from: a source_only run, say), which is where self-training
// usually starts: the teacher is then useful from the first step.
// Monitoring: the share of each target batch above the threshold needs no labels; the
// teacher's accuracy on the confident target test images uses the target's test labels
// for monitoring only, never for training.
#include "methods/adaptation/AdaptationTerm.h"

#include "base/Errors.h"
#include "experiment/ExperimentFile.h"
#include "methods/finetune/SourceModel.h"
#include "nn/Accuracy.h"
#include "nn/BatchNormStatistics.h"
#include "nn/Transfer.h"
#include "training/RunSummary.h"

#include <torch/nn/functional/activation.h>
#include <torch/nn/modules/batchnorm.h>

namespace twb {

namespace {

constexpr const char* kTemperature = "self_training.temperature";
constexpr const char* kThreshold = "self_training.threshold";
constexpr const char* kEmaDecay = "self_training.ema_decay";

class SelfTrainingRun : public AdaptationTermRun {
public:
  SelfTrainingRun(const Method& method, const Experiment& e)
      : AdaptationTermRun(method, e, "loss/soft_label"), e_(e), temperature_(method.realSetting(e, kTemperature)),
        threshold_(method.realSetting(e, kThreshold)), decay_(method.realSetting(e, kEmaDecay)),
        perDomain_(e.model.perDomainBatchStats()) {}

  void check(NetworkImpl& net, RunContext& ctx) override {
    if (e_.model.initFrom.empty())
      return;
    const auto from = sourceNetworkOf(e_, false);
    try {
      checkCopyable(*from, net, net.layerNames());
    } catch (const InputError& error) {
      throw InputError(Message::text(TWB_TR("twb", "model.init_from: %1 cannot start a run on %2 -> %3: %4"),
                                     {e_.model.initFrom, ctx.source.name, ctx.target.name, error.message()}));
    }
  }

  // The student starts from model.init_from's weights when it names a run; the teacher
  // starts as the student's copy.
  void prepare(NetworkImpl& net, RunContext& ctx) override {
    torch::NoGradGuard noGrad;
    if (!e_.model.initFrom.empty()) {
      const auto from = sourceNetworkOf(e_, true);
      copyLayers(*from, net, net.layerNames());
      ctx.report(RunEventKind::Data, Message::text(TWB_TR("twb", "Student and teacher start from %1"), {e_.model.initFrom}));
    }
    teacher_ = makeNetwork(e_.model.backbone, ctx.shape);
    teacher_->to(ctx.device);
    copyLayers(net, *teacher_, teacher_->layerNames());
    teacher_->eval();
    for (auto& p : teacher_->parameters())
      p.set_requires_grad(false);
    student_ = &net;
  }

protected:
  torch::Tensor term(const AdaptationBatch& b, NamedValues& values) override {
    updateTeacher();
    torch::Tensor teacherLogits;
    {
      torch::NoGradGuard noGrad;
      // With model.batch_stats per_domain the student reads each target batch with
      // that batch's own statistics; the teacher does the same (its batch norm in
      // training mode, its dropout off), where its running averages would mix in the
      // source's. Its running statistics are the student's again at the next update.
      const auto norms = perDomain_ ? batchNorms(*teacher_) : std::vector<torch::nn::BatchNorm2dImpl*>{};
      for (auto* bn : norms)
        bn->train();
      teacherLogits = teacher_->forward(b.targetImages);
      for (auto* bn : norms)
        bn->eval();
    }
    const auto confidence = torch::softmax(teacherLogits, 1).amax(1);
    const auto mask = confidence.ge(threshold_).to(b.targetLogits.dtype());
    const auto soft = torch::softmax(teacherLogits / temperature_, 1);
    const auto ce = -(soft * torch::log_softmax(b.targetLogits, 1)).sum(1);
    values.emplace_back("pseudo/confident", mask.mean().item<double>());
    return (mask * ce).mean();
  }

public:
  // The teacher (its moving-average weights are state no other file holds), for resuming.
  void save(torch::serialize::OutputArchive& archive) override {
    torch::serialize::OutputArchive teacher;
    teacher_->save(teacher);
    archive.write("self_training_teacher", teacher);
  }
  bool resumable() const override { return true; }
  void load(torch::serialize::InputArchive& archive) override {
    torch::serialize::InputArchive teacher;
    archive.read("self_training_teacher", teacher);
    teacher_->load(teacher);
  }

public:
  // The student's accuracies as usual, then the teacher's pseudo-labels on the target's
  // test images: how many pass the threshold and how many of those are right.
  NamedValues measureTests(NetworkImpl& net, RunContext& ctx) override {
    NamedValues out = measureLabelPredictor(net, ctx, true);
    torch::NoGradGuard noGrad;
    const auto features = featuresOf(*teacher_, ctx.target.test, ctx.shape.channels, ctx.device);
    const auto probs = torch::softmax(teacher_->classify(features), 1).cpu();
    const auto [confidence, predicted] = probs.max(1);
    const auto labels = torch::tensor(ctx.target.test.labels, torch::kLong);
    const auto confident = confidence.ge(threshold_);
    const double share = confident.to(torch::kFloat64).mean().item<double>();
    const auto n = confident.sum().item<std::int64_t>();
    const double right =
        n > 0 ? predicted.eq(labels).logical_and(confident).sum().item<double>() / static_cast<double>(n) : 0.0;
    ctx.summary->extra["pseudo_label_acc"] = right;
    ctx.summary->extra["confident_fraction"] = share;
    out.emplace_back("acc/pseudo_label", right);
    out.emplace_back("acc/confident_test", share);
    return out;
  }

private:
  // teacher <- decay * teacher + (1 - decay) * student, from the student's weights as
  // the last optimiser step left them; buffers (batch-norm statistics) copied.
  void updateTeacher() {
    torch::NoGradGuard noGrad;
    const auto s = student_->named_parameters();
    for (auto& item : teacher_->named_parameters())
      item.value().mul_(decay_).add_(s[item.key()], 1.0 - decay_);
    const auto sb = student_->named_buffers();
    for (auto& item : teacher_->named_buffers())
      item.value().copy_(sb[item.key()]);
  }

  const Experiment e_;
  double temperature_, threshold_, decay_;
  bool perDomain_;
  std::shared_ptr<NetworkImpl> teacher_;
  NetworkImpl* student_ = nullptr;
};

class SelfTrainingMethod : public Method {
public:
  std::string name() const override { return "self_training"; }
  Message title() const override {
    return Message::text(TWB_TR("twb", "Self-training: learn from a mean teacher's soft labels on the target"));
  }
  MethodNeeds needs() const override { return adaptationTermNeeds(); }
  std::vector<SettingSpec> settings() const override {
    SettingSpec temperature{kTemperature, 1.0, Message::text(TWB_TR("twb", "Temperature")),
                            Message::text(TWB_TR("twb", "The teacher's logits are divided by it before the softmax: "
                                                      "above 1 softer targets, below 1 sharper, 1 its plain "
                                                      "probabilities"))};
    temperature.minimum = 0.05;
    temperature.maximum = 20.0;
    SettingSpec threshold{kThreshold, 0.9, Message::text(TWB_TR("twb", "Confidence threshold")),
                          Message::text(TWB_TR("twb", "Only target images the teacher gives at least this probability "
                                                    "teach the student (French et al. 2018: 0.968)"))};
    threshold.minimum = 0.0;
    threshold.maximum = 1.0;
    SettingSpec decay{kEmaDecay, 0.99, Message::text(TWB_TR("twb", "Teacher EMA decay")),
                      Message::text(TWB_TR("twb", "How slowly the teacher follows the student: each step it keeps "
                                                "this share of its weights (the mean teacher: 0.99 to 0.999)"))};
    decay.minimum = 0.0;
    decay.maximum = 1.0;
    return {tradeOffSetting(name(), 1.0,
                            Message::text(TWB_TR("twb", "Weight of the soft-label term against the source's label loss "
                                                      "(French et al. 2018: 1)"))),
            temperature, threshold, decay};
  }
  std::vector<MetricInfo> metrics() const override {
    auto m = adaptationTermMetrics(
        {"loss/soft_label", Message::text(TWB_TR("twb", "soft-label loss")), MetricPlot::Losses, true,
         Message::text(TWB_TR("twb", "Cross-entropy between the student's predictions and the teacher's soft labels "
                                     "on the confident target images of the batch."))});
    m.push_back({"pseudo/confident", Message::text(TWB_TR("twb", "confident share (training batches)")),
                 MetricPlot::Accuracies, true,
                 Message::text(TWB_TR("twb", "Share of each target batch the teacher is confident about (above the "
                                             "threshold): those teach the student. Needs no labels."))});
    m.push_back({"acc/pseudo_label", Message::text(TWB_TR("twb", "pseudo-label accuracy (test split)")),
                 MetricPlot::Accuracies, false,
                 Message::text(TWB_TR("twb", "How many of the teacher's confident labels on the target's test images "
                                             "are right. Uses target labels for monitoring only."))});
    m.push_back({"acc/confident_test", Message::text(TWB_TR("twb", "confident share (test split)")),
                 MetricPlot::Accuracies, false,
                 Message::text(TWB_TR("twb", "Share of the target's test images the teacher is confident about, at "
                                             "each evaluation."))});
    return m;
  }
  Experiment example() const override { return adaptationExample(name()); }
  std::unique_ptr<MethodRun> startRun(const Experiment& e) const override {
    return std::make_unique<SelfTrainingRun>(*this, e);
  }
};

} // namespace

const Method& selfTrainingMethod() {
  static const SelfTrainingMethod method;
  return method;
}

} // namespace twb
