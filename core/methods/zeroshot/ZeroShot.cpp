// zeroshot: scores s(x, y) = f(x).g(y) over the seen classes, trained with a hinge:
//   margin (the lecture's):  max(0, k - s(x, y) + max_{m != y} s(x, m))
//   devise (Frome et al.):   sum_{m != y} max(0, k - s(x, y) + s(x, m))
//   l2 (the naive loss):     ||f(x) - g(y)||^2, the squared distance to its own class
//                            alone. Nothing pushes other classes away, so mapping every
//                            image and every description to one point drives it to 0:
//                            the collapse the lecture warns of, kept to be run and seen.
// Unseen classes are never candidates in training and none of their images is used.
// At an evaluation every class is scored (zeroshot/ZeroShotScoring.h); at the end the
// ESZSL and ConSE baselines run on the same learned features (zeroshot.json).
#include "methods/MethodRun.h"
#include "methods/StandardMetrics.h"

#include "base/AtomicFile.h"
#include "base/Random.h"
#include "base/Text.h"
#include "embed/Embedding.h"
#include "experiment/ExperimentFile.h"
#include "methods/zeroshot/ZeroShotSpecJson.h"
#include "nn/Batches.h"
#include "training/Metrics.h"
#include "zeroshot/ZeroShotEmbeddings.h"
#include "zeroshot/ZeroShotSetup.h"
#include "zeroshot/ZeroShotBaselines.h"
#include "zeroshot/ZeroShotModel.h"
#include "zeroshot/ZeroShotScoring.h"

#include <torch/utils.h>

#include <filesystem>
#include <limits>

namespace twb {

namespace {

constexpr std::size_t kChunk = 500;
constexpr int kBaselineImagesPerClass = 200; // per seen class: plenty for a 100-d closed form, and quick

class ZeroShotRun : public MethodRun {
public:
  ZeroShotRun(const Method& method, const Experiment& e) : MethodRun(method), spec_(e.zeroshot), seed_(e.seed) {}

  // Training sees the images of the seen classes only.
  void loadData(RunContext& ctx) override {
    MethodRun::loadData(ctx);
    setup_ = prepareZeroShot(ctx.experiment, ctx.source);
    ctx.train = &setup_->seenTrain;
    ctx.report(RunEventKind::Data, Message::text(TWB_TR("twb", "Zero-shot: unseen classes %1; described by %2"),
                                               {listMessage(setup_->unseenNames(ctx.source.classNames)),
                                                setup_->descriptions.origin}));
  }

  void prepare(NetworkImpl& net, RunContext& ctx) override {
    channels_ = ctx.shape.channels;
    device_ = ctx.device;
    model_ = ZeroShotModel(net, ctx.shape, setup_->descriptions, ctx.experiment.zeroshot.embeddingDim);
    std::vector<std::int64_t> seen, position(setup_->unseen.size(), -1);
    for (std::size_t c = 0; c < setup_->unseen.size(); ++c)
      if (!setup_->unseen[c]) {
        position[c] = static_cast<std::int64_t>(seen.size());
        seen.push_back(static_cast<std::int64_t>(c));
      }
    seen_ = torch::tensor(seen, torch::kLong);
    position_ = torch::tensor(position, torch::kLong);
    model_->to(device_);
  }

  std::vector<torch::Tensor> parameters() override { return model_->parameters(); }
  void to(const torch::Device& device) override {
    model_->to(device);
    seen_ = seen_.to(device);
    position_ = position_.to(device);
    device_ = device;
  }
  // Its maps f and g are all the state it adds: the session's sampler draws its batches.
  void save(torch::serialize::OutputArchive& archive) override {
    torch::serialize::OutputArchive zs;
    model_->save(zs);
    archive.write("zeroshot", zs);
  }
  bool resumable() const override { return true; }
  void load(torch::serialize::InputArchive& archive) override {
    torch::serialize::InputArchive zs;
    archive.read("zeroshot", zs);
    model_->load(zs);
  }

  torch::Tensor step(NetworkImpl& net, const StepBatch& b, NamedValues& values) override {
    const auto images = model_->embedImages(net, b.images); // f(x)
    const auto classes = model_->classEmbeddings();         // g(y) of every class
    const auto scores = images.matmul(classes.index_select(0, seen_).t());
    const auto y = position_.index_select(0, b.labels).unsqueeze(1); // [B, 1] among the seen classes
    const auto truth = scores.gather(1, y);
    const auto isTruth = torch::zeros_like(scores, torch::kBool).scatter_(1, y, true);
    torch::Tensor loss;
    if (spec_.loss == "l2") {
      loss = (images - classes.index_select(0, b.labels)).pow(2).sum(1).mean();
    } else if (spec_.loss == "devise") {
      loss = (spec_.margin - truth + scores).clamp_min(0).masked_fill(isTruth, 0).sum(1).mean();
    } else {
      const auto rival = scores.masked_fill(isTruth, -std::numeric_limits<float>::infinity()).amax(1, true);
      loss = (spec_.margin - truth + rival).clamp_min(0).mean();
    }
    loss.backward();
    const double acc = scores.argmax(1, true).eq(y).to(torch::kFloat64).mean().item<double>();
    values = {{"loss/zeroshot", loss.item<double>()}, {"acc/seen_train", acc}};
    return loss;
  }

  NamedValues measureTests(NetworkImpl& net, RunContext& ctx) override {
    const Dataset& source = ctx.source;
    RunSummary& s = *ctx.summary;
    source_ = &source;
    torch::Tensor features;
    const auto embeddings = embedAll(net, source.test, &features);
    const auto classes = classEmbeddings();
    const auto scores = embeddings.matmul(classes.t());
    // How far apart the class descriptions sit in the joint space: the naive l2 loss
    // shrinks the whole space towards one point, which no map shows (t-SNE rescales
    // whatever it is given), so it is measured: the mean distance between two classes'
    // g(y). [C, C] distances, the diagonal's zeros left out of the mean.
    const auto c = static_cast<double>(classes.size(0));
    const double spread = c > 1 ? torch::cdist(classes, classes).sum().item<double>() / (c * (c - 1)) : 0.0;
    last_ = scoreZeroShot(method().name(), scores, labelsOf(source.test), setup_->unseen);
    s.sourceTestAcc = last_.seenOnlyAcc;
    s.targetTestAcc = last_.unseenAcc;
    s.extra["unseen_acc"] = last_.unseenAcc;
    s.extra["seen_acc"] = last_.seenAcc;
    s.extra["harmonic_mean"] = last_.harmonicMean;
    s.extra["gzsl_unseen_acc"] = last_.gzslUnseenAcc;
    s.extra["class_spread"] = spread;
    testFeatures_ = features;
    return NamedValues{{metric::kAccSourceTest, last_.seenOnlyAcc},
                       {metric::kAccTargetTest, last_.unseenAcc},
                       {"acc/unseen", last_.unseenAcc},
                       {"acc/seen", last_.seenAcc},
                       {"acc/gzsl_unseen", last_.gzslUnseenAcc},
                       {"acc/harmonic_mean", last_.harmonicMean},
                       {"joint/class_spread", spread}};
  }

  void finishRun(NetworkImpl& net, RunSummary& s, const std::string& runDir) override {
    if (!testFeatures_.defined())
      return; // stopped before the first evaluation: nothing measured, nothing to compare
    const auto idx =
        fewShotIndices(setup_->seenTrain, setup_->unseen.size(), kBaselineImagesPerClass, mixSeed(seed_, 77));
    const ImageSet train = setup_->seenTrain.subset(idx);
    torch::Tensor trainFeatures;
    embedAll(net, train, &trainFeatures);
    BaselineData d{trainFeatures.cpu(), labelsOf(train), testFeatures_.cpu(), model_->descriptions().cpu(),
                   setup_->unseen};
    const auto testLabels = labelsOf(source_->test);
    ZeroShotResults r;
    r.unseen = setup_->unseen;
    r.descriptions = setup_->descriptions.origin;
    r.scores = {last_,
                scoreZeroShot("eszsl", eszslScores(d, spec_.eszslGamma, spec_.eszslLambda), testLabels, setup_->unseen),
                scoreZeroShot("conse", conseScores(d, spec_.conseTop, seed_), testLabels, setup_->unseen)};
    for (const auto& b : {r.scores[1], r.scores[2]}) {
      s.extra[b.method + "_unseen_acc"] = b.unseenAcc;
      s.extra[b.method + "_seen_acc"] = b.seenAcc;
      s.extra[b.method + "_gzsl_unseen_acc"] = b.gzslUnseenAcc;
      s.extra[b.method + "_harmonic_mean"] = b.harmonicMean;
    }
    r.classes = source_->classNames;
    if (!runDir.empty())
      writeFileAtomic((std::filesystem::path(runDir) / "zeroshot.json").string(), zeroShotResultsToJson(r));
  }

private:
  torch::Tensor classEmbeddings() {
    torch::NoGradGuard noGrad;
    return model_->classEmbeddings();
  }

  // f(x) of every image (eval mode, no gradients); `features` gets the layer f reads.
  torch::Tensor embedAll(NetworkImpl& net, const ImageSet& images, torch::Tensor* features) {
    torch::NoGradGuard noGrad;
    const bool wasTraining = net.is_training();
    net.eval();
    std::vector<torch::Tensor> emb, feat;
    std::vector<std::size_t> idx;
    for (std::size_t start = 0; start < images.size(); start += kChunk) {
      idx.clear();
      for (std::size_t i = start; i < std::min(images.size(), start + kChunk); ++i)
        idx.push_back(i);
      feat.push_back(model_->imageFeatures(net, imageBatch(images, idx, channels_).to(device_)));
      emb.push_back(model_->project(feat.back()));
    }
    net.train(wasTraining);
    *features = torch::cat(feat);
    return torch::cat(emb);
  }

  static torch::Tensor labelsOf(const ImageSet& set) { return torch::tensor(set.labels, torch::kLong); }

  ZeroShotSpec spec_;
  std::uint64_t seed_;
  std::int64_t channels_ = 1;
  std::optional<ZeroShotSetup> setup_;
  torch::Device device_{torch::kCPU};
  ZeroShotModel model_{nullptr};
  torch::Tensor seen_, position_, testFeatures_;
  ZeroShotScore last_;
  const Dataset* source_ = nullptr; // the session's dataset, alive for the whole run
};


class ZeroShotMethod : public Method {
public:
  std::string name() const override { return "zeroshot"; }
  Message title() const override { return Message::text(TWB_TR("twb", "Zero-shot learning from attributes")); }
  MethodNeeds needs() const override {
    MethodNeeds n;
    n.classDescriptions = true;
    return n;
  }
  std::vector<MetricInfo> metrics() const override {
    return {{"loss/zeroshot", Message::text(TWB_TR("twb", "zero-shot loss")), MetricPlot::Losses, true,
             Message::text(TWB_TR("twb", "The loss of zeroshot.loss. margin: an image must score its own class's "
                                         "description higher than every other seen class's by the margin; devise: "
                                         "the same hinge summed over every other class; l2: only the squared "
                                         "distance to its own class's description, which falls to 0 when "
                                         "everything collapses to one point."))},
            {"joint/class_spread", Message::text(TWB_TR("twb", "spread of the class descriptions")), MetricPlot::Losses,
             false,
             Message::text(TWB_TR("twb", "Mean distance between two classes' descriptions g(y) in the joint space, at each "
                                         "evaluation. The naive l2 loss shrinks it towards 0: the collapse, which a map "
                                         "cannot show because t-SNE rescales what it is given."))},
            {"acc/seen_train", Message::text(TWB_TR("twb", "seen-class training accuracy")), MetricPlot::Accuracies, true,
             Message::text(TWB_TR("twb", "Share of the training batch (seen classes only) whose nearest "
                                         "description is its own class's."))},
            {"acc/unseen", Message::text(TWB_TR("twb", "unseen-class accuracy (zero-shot)")), MetricPlot::Accuracies,
             false,
             Message::text(TWB_TR("twb", "Test images of classes never trained on, matched among the unseen "
                                         "classes' descriptions only: the zero-shot number."))},
            {"acc/seen", Message::text(TWB_TR("twb", "seen-class accuracy (all classes candidates)")),
             MetricPlot::Accuracies, false,
             Message::text(TWB_TR("twb", "Test images of trained classes, with every class (seen and unseen) a "
                                         "candidate: generalised zero-shot."))},
            {"acc/gzsl_unseen", Message::text(TWB_TR("twb", "unseen-class accuracy (all classes candidates)")),
             MetricPlot::Accuracies, false,
             Message::text(TWB_TR("twb", "Test images of unseen classes, with every class a candidate; usually far "
                                         "below the zero-shot number, since seen classes pull them."))},
            {"acc/harmonic_mean", Message::text(TWB_TR("twb", "harmonic mean of seen and unseen")),
             MetricPlot::Accuracies, false,
             Message::text(TWB_TR("twb", "2·seen·unseen / (seen + unseen) with all classes candidates: high only "
                                         "when both are."))}};
  }

  Experiment example() const override {
    Experiment e = defaultExperiment();
    e.name = "Zero-shot: shapes, 8 unseen colour-shape-fill combinations";
    e.method.name = name();
    e.source.dataset = e.target.dataset = "shapes";
    e.training.steps = 300;
    e.training.optimizer = "adam";
    e.training.lr = 0.001;
    e.training.lrSchedule = "constant";
    e.eval.every = 100;
    return e;
  }

  // Its baselines (ESZSL, ConSE) run inside the run, on the same learned features.
  std::vector<Experiment> baselines(const Experiment&) const override { return {}; }
  Message recipe(const Experiment& e) const override {
    return Message::text(TWB_TR("twb", "%1 loss, margin %2"), {e.zeroshot.loss, fixed(e.zeroshot.margin, 2)});
  }
  // It has no target split and no label loss: its unseen classes and its own loss.
  Headline headline(const Experiment&) const override {
    return {"acc/unseen", "loss/zeroshot", Message::text(TWB_TR("twb", "unseen classes"))};
  }

  std::vector<std::string> extraLayers() const override { return {kJointLayer}; }
  EmbeddingData embedExtraLayer(const EmbeddingRequest& request) const override {
    if (request.layer != kJointLayer)
      return Method::embedExtraLayer(request);
    return extractJointEmbedding(request);
  }

  void readSections(JsonReader& root, Experiment& e) const override { readZeroShot(root.object("zeroshot"), e.zeroshot); }
  void writeSections(const Experiment& e, Json& root) const override { root["zeroshot"] = zeroShotToJson(e.zeroshot); }

  std::unique_ptr<MethodRun> startRun(const Experiment& e) const override {
    return std::make_unique<ZeroShotRun>(*this, e);
  }
};

} // namespace

const Method& zeroShotMethod() {
  static const ZeroShotMethod method;
  return method;
}

} // namespace twb
