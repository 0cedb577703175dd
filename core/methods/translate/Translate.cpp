// Image-to-image translation between the source and the target domain, UNIT (Liu,
// Breuel & Kautz 2017) or MUNIT (Huang et al. 2018) (methods/translate/Translator.h),
// and pixel-level adaptation in the same run.
// Each step, as the releases' trainers (UNIT_Trainer, MUNIT_Trainer in trainer.py):
// the generators translate the source batch into the target's domain and the target
// batch into the source's; each domain's discriminator learns to tell its real images
// from the translations (least-squares GAN); then the generators learn to fool the
// updated discriminators, plus the model's reconstruction, KL or code and cycle
// terms. The session's network is the task classifier of pixel-level adaptation
// (Bousmalis et al. 2017, "Unsupervised pixel-level domain adaptation with GANs";
// the UNIT paper's digits experiment): it learns the source labels from the source
// batch and from its translation into the target's domain, and is tested on the
// target as every method is, so `twb compare` sets it beside source_only, DANN and
// target_only. With translate.semantic_weight > 0 the generators also learn to keep
// the class (the semantic consistency of CyCADA, Hoffman et al. 2018; PixelDA's task
// loss): the classifier, held still, must give a translation its source label.
// Every evaluation draws a sample grid into RUN_DIR/samples (TranslationParts.h).
#include "methods/MethodRun.h"
#include "methods/StandardMetrics.h"
#include "methods/translate/TranslationModules.h"
#include "methods/translate/TranslationParts.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"
#include "base/Random.h"
#include "data/ClassSubset.h"
#include "data/DatasetStats.h"
#include "data/LoadDataset.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"
#include "nn/Accuracy.h"
#include "nn/Batches.h"
#include "training/Metrics.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/nn/functional/loss.h>
#include <torch/optim/adam.h>
#include <torch/serialize/output-archive.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <numeric>
#include <set>

namespace twb {

namespace {

namespace tk = translate_key;
namespace tmetric = translate_metric;

// Both papers' optimiser: Adam with beta1 0.5, and the releases' weight decay.
constexpr double kGanBeta1 = 0.5, kGanBeta2 = 0.999, kGanWeightDecay = 1e-4;

std::unique_ptr<torch::optim::Adam> ganOptimizer(std::vector<torch::Tensor> params, double lr) {
  return std::make_unique<torch::optim::Adam>(
      std::move(params), torch::optim::AdamOptions(lr).betas({kGanBeta1, kGanBeta2}).weight_decay(kGanWeightDecay));
}

void setRequiresGrad(torch::nn::Module& m, bool on) {
  for (auto& p : m.parameters())
    p.set_requires_grad(on);
}

std::int64_t parameterCount(torch::nn::Module& m) {
  std::int64_t n = 0;
  for (const auto& p : m.parameters())
    n += p.numel();
  return n;
}

// Up to `n` images of `set` for the sample grid: a seeded draw that takes one image of
// each class before a second of any, in class order, so a digits grid reads 0 to 9.
std::vector<std::size_t> gridPicks(const ImageSet& set, std::size_t n, std::uint64_t seed) {
  std::vector<std::size_t> order(set.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  seededShuffle(order, seed);
  std::vector<std::size_t> first, rest;
  std::set<std::int64_t> seen;
  for (const std::size_t i : order)
    (seen.insert(set.labels[i]).second ? first : rest).push_back(i);
  std::stable_sort(first.begin(), first.end(), [&](auto x, auto y) { return set.labels[x] < set.labels[y]; });
  first.insert(first.end(), rest.begin(), rest.end());
  first.resize(std::min(n, first.size()));
  return first;
}

const ImageSet& gridSplit(const Dataset& d) {
  return d.test.size() > 0 ? d.test : d.train;
}

class TranslateRun : public MethodRun {
public:
  TranslateRun(const Method& method, const Experiment& e) : MethodRun(method), e_(e) {
    weights_.recon = method.realSetting(e, tk::kRecon);
    weights_.kl = method.realSetting(e, tk::kKl);
    weights_.cycle = method.realSetting(e, tk::kCycle);
    weights_.cycleKl = method.realSetting(e, tk::kCycleKl);
    weights_.style = method.realSetting(e, tk::kStyle);
    weights_.content = method.realSetting(e, tk::kContent);
    gan_ = method.realSetting(e, tk::kGan);
    semantic_ = method.realSetting(e, tk::kSemantic);
    lr_ = method.realSetting(e, tk::kLr);
  }

  // As every method loads its data, but two domains without a class name in common are
  // allowed: translation needs no labels. Only the classifier's target accuracy does,
  // and it is not measured then.
  void loadData(RunContext& ctx) override {
    ctx.report(RunEventKind::Loading,
               Message::text(TWB_TR("twb", "Loading %1 and %2 ..."), {e_.source.dataset, e_.target.dataset}));
    LoadOptions loading;
    loading.cancel = &ctx.stop;
    ctx.source = loadDataset(e_.source.dataset, e_.seed, loading);
    ctx.target = isOneDomain(e_) ? ctx.source : loadDataset(e_.target.dataset, e_.seed, loading);
    selectClasses(ctx.source, e_.source.classes, "source.classes");
    selectClasses(ctx.target, e_.target.classes, "target.classes");
    const ClassMatch m = matchClasses(ctx.source, ctx.target);
    labelledTarget_ = !m.common.empty();
    if (!labelledTarget_)
      ctx.report(RunEventKind::Warning,
                 Message::text(TWB_TR("twb", "%1 and %2 share no class name: the images are translated, but the "
                                             "classifier's target accuracy is not measured"),
                               {ctx.source.name, ctx.target.name}));
    else if (!m.identical)
      alignToClasses(ctx.target, ctx.source.classNames);
    if (ctx.source.train.width != ctx.target.train.width || ctx.source.train.height != ctx.target.train.height)
      throw InputError(Message::text(TWB_TR("twb", "source '%1' and target '%2' have different image sizes"),
                                     {ctx.source.name, ctx.target.name}));
    ctx.train = &ctx.source.train;
  }

  void check(NetworkImpl&, RunContext& ctx) override {
    const auto side = ctx.shape.side;
    if (side % 4 != 0 || ctx.source.train.width != ctx.source.train.height)
      throw InputError(Message::text(
          TWB_TR("twb", "translate needs square images whose side is a multiple of 4 "
                        "(two halvings); '%1' has %2x%3"),
          {ctx.source.name, std::to_string(ctx.source.train.width), std::to_string(ctx.source.train.height)}));
  }

  void prepare(NetworkImpl&, RunContext& ctx) override {
    const TranslatorShape shape = translatorShapeOf(e_, ctx.shape.channels);
    translator_ = makeTranslator(shape);
    disA_ = PatchDiscriminator(shape.channels, shape.width);
    disB_ = PatchDiscriminator(shape.channels, shape.width);
    genOpt_ = ganOptimizer(translator_->parameters(), lr_);
    auto disParams = disA_->parameters();
    const auto more = disB_->parameters();
    disParams.insert(disParams.end(), more.begin(), more.end());
    disOpt_ = ganOptimizer(disParams, lr_);

    // The grid's fixed images and prior styles, by their own seeds, so the training's
    // random stream is the same with or without a run directory.
    const auto columns = static_cast<std::size_t>(method().integerSetting(e_, tk::kSamples));
    const ImageSet& sourceImages = gridSplit(ctx.source);
    const ImageSet& targetImages = gridSplit(ctx.target);
    auto sourcePicks = gridPicks(sourceImages, columns, mixSeed(e_.seed, 5000));
    auto targetPicks = gridPicks(targetImages, columns, mixSeed(e_.seed, 5001));
    const std::size_t shown = std::min(sourcePicks.size(), targetPicks.size());
    sourcePicks.resize(shown);
    targetPicks.resize(shown);
    grid_.source = imageBatch(sourceImages, sourcePicks, ctx.shape.channels).contiguous();
    grid_.target = imageBatch(targetImages, targetPicks, ctx.shape.channels).contiguous();
    grid_.sourceChannels = ctx.source.train.channels;
    grid_.targetChannels = ctx.target.train.channels;
    if (translator_->styleDim() > 0) {
      const auto styles = method().integerSetting(e_, tk::kStyles);
      auto generator = at::detail::createCPUGenerator(mixSeed(e_.seed, 6000));
      grid_.stylesToTarget = torch::randn({styles, translator_->styleDim()}, generator);
      grid_.stylesToSource = torch::randn({styles, translator_->styleDim()}, generator);
    }
    layout_ = sampleGridLayout(e_, static_cast<int>(shown), static_cast<int>(ctx.shape.side));
    ctx.report(RunEventKind::Data,
               Message::text(TWB_TR("twb", "Translator %1: %2 parameters in its encoders and generators, %3 in its two "
                                           "discriminators"),
                             {shape.model == "munit" ? "MUNIT" : "UNIT", std::to_string(parameterCount(*translator_)),
                              std::to_string(parameterCount(*disA_) + parameterCount(*disB_))}));
  }

  void to(const torch::Device& device) override {
    translator_->to(device);
    disA_->to(device);
    disB_->to(device);
    grid_.source = grid_.source.to(device);
    grid_.target = grid_.target.to(device);
    if (grid_.stylesToTarget.defined()) {
      grid_.stylesToTarget = grid_.stylesToTarget.to(device);
      grid_.stylesToSource = grid_.stylesToSource.to(device);
    }
  }

  // model.pt keeps the generators (what the window and `twb translate` read), the
  // discriminators and the GAN's two Adam optimisers (their moments are what a resumed
  // run needs to step as the unbroken one; about 2 MB more for the shipped recipes).
  void save(torch::serialize::OutputArchive& root) override {
    torch::serialize::OutputArchive translator, disA, disB, genOpt, disOpt;
    translator_->save(translator);
    disA_->save(disA);
    disB_->save(disB);
    genOpt_->save(genOpt);
    disOpt_->save(disOpt);
    root.write("translator", translator);
    root.write("translate_source_channels", c10::IValue(static_cast<std::int64_t>(grid_.sourceChannels)));
    root.write("translate_target_channels", c10::IValue(static_cast<std::int64_t>(grid_.targetChannels)));
    root.write("discriminator_a", disA);
    root.write("discriminator_b", disB);
    root.write("translate_generator_optimizer", genOpt);
    root.write("translate_discriminator_optimizer", disOpt);
  }
  bool resumable() const override { return true; }
  void load(torch::serialize::InputArchive& root) override {
    torch::serialize::InputArchive translator, disA, disB, genOpt, disOpt;
    root.read("translator", translator);
    root.read("discriminator_a", disA);
    root.read("discriminator_b", disB);
    root.read("translate_generator_optimizer", genOpt);
    root.read("translate_discriminator_optimizer", disOpt);
    translator_->load(translator);
    disA_->load(disA);
    disB_->load(disB);
    genOpt_->load(genOpt);
    disOpt_->load(disOpt);
  }

  torch::Tensor step(NetworkImpl& net, const StepBatch& b, NamedValues& values) override {
    const auto n = b.images.size(0);
    // The translator's norms want contiguous tensors (TranslationModules.h).
    const auto source = b.images.contiguous(), target = b.target.contiguous();
    GeneratorPass pass = translator_->trainingPass(source, target, weights_, values);

    // The discriminators, on real images against the translations held fixed.
    const auto disLoss = lsganDiscriminatorLoss(disA_->forward(source), disA_->forward(pass.toSource.detach())) +
                         lsganDiscriminatorLoss(disB_->forward(target), disB_->forward(pass.toTarget.detach()));
    if (!std::isfinite(disLoss.item<double>()))
      return disLoss; // the session stops the run; nothing steps on a broken loss
    disOpt_->zero_grad();
    (gan_ * disLoss).backward();
    disOpt_->step();

    // The generators, against the updated discriminators (whose weights stay out of it).
    setRequiresGrad(*disA_, false);
    setRequiresGrad(*disB_, false);
    const auto ganLoss =
        lsganGeneratorLoss(disA_->forward(pass.toSource)) + lsganGeneratorLoss(disB_->forward(pass.toTarget));
    setRequiresGrad(*disA_, true);
    setRequiresGrad(*disB_, true);
    auto genLoss = pass.loss + gan_ * ganLoss;
    if (semantic_ > 0) {
      const auto semantic = torch::nn::functional::cross_entropy(classifierHeldStill(net, pass.toTarget), b.labels);
      genLoss = genLoss + semantic_ * semantic;
      values.emplace_back(tmetric::kSemantic, semantic.item<double>());
    }
    if (!std::isfinite(genLoss.item<double>()))
      return genLoss;
    genOpt_->zero_grad();
    genLoss.backward();
    genOpt_->step();

    // The classifier: the source batch and its translation, both with the source's
    // labels; the session's optimiser steps it. With model.batch_stats "per_domain" the
    // translations, images of the target's domain, are normalised with their own batch
    // statistics, as the target's test images are with the target's (TrainingSession).
    const auto translated = pass.toTarget.detach().contiguous(torch::MemoryFormat::ChannelsLast);
    const auto logits = b.perDomainBatchStats ? torch::cat({net.forward(b.images), net.forward(translated)})
                                              : net.forward(torch::cat({b.images, translated}));
    const auto sourceLoss = torch::nn::functional::cross_entropy(logits.narrow(0, 0, n), b.labels);
    const auto translatedLoss = torch::nn::functional::cross_entropy(logits.narrow(0, n, n), b.labels);
    const auto labelLoss = (sourceLoss + translatedLoss) / 2;
    labelLoss.backward();

    values.emplace_back(tmetric::kGanGenerator, ganLoss.item<double>() / 2);
    values.emplace_back(tmetric::kGanDiscriminator, disLoss.item<double>() / 2);
    values.emplace_back(metric::kLossLabel, sourceLoss.item<double>());
    values.emplace_back(metric::kAccSourceTrain, batchAccuracy(logits.narrow(0, 0, n), b.labels));
    values.emplace_back(tmetric::kTranslatedTrain, batchAccuracy(logits.narrow(0, n, n), b.labels));
    return genLoss.detach() + disLoss.detach() + labelLoss.detach();
  }

  NamedValues measureTests(NetworkImpl& net, RunContext& ctx) override {
    NamedValues out;
    if (labelledTarget_) {
      out = measureLabelPredictor(net, ctx, true);
    } else {
      ctx.summary->sourceTestAcc = accuracy(net, ctx.source.test, ctx.shape.channels, ctx.device);
      out = {{metric::kAccSourceTest, ctx.summary->sourceTestAcc}};
    }
    writeSampleGrid(ctx);
    return out;
  }

private:
  // The classifier's logits for `images`, its weights out of the graph and in eval
  // mode (no dropout, batch-norm statistics untouched): the gradient reaches the
  // generators only.
  torch::Tensor classifierHeldStill(NetworkImpl& net, const torch::Tensor& images) {
    const bool training = net.is_training();
    auto params = net.parameters();
    std::vector<bool> wanted; // frozen layers (model.freeze) stay frozen
    for (auto& p : params) {
      wanted.push_back(p.requires_grad());
      p.set_requires_grad(false);
    }
    net.eval();
    auto logits = net.forward(images);
    net.train(training);
    for (std::size_t i = 0; i < params.size(); ++i)
      params[i].set_requires_grad(wanted[i]);
    return logits;
  }

  void writeSampleGrid(const RunContext& ctx) {
    if (ctx.runDir.empty() || layout_.columnLeft.empty())
      return;
    const std::string png = renderSampleGrid(*translator_, grid_, layout_);
    const std::filesystem::path dir = samplesDirectory(ctx.runDir);
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
      throw RunError(Message::text(TWB_TR("twb", "cannot create %1: %2"), {dir.string(), ec.message()}));
    writeFileAtomic((dir / sampleGridName(ctx.step)).string(), png);
    writeFileAtomic((dir / "latest.png").string(), png);
  }

  const Experiment e_;
  TranslationWeights weights_;
  double gan_ = 1.0, semantic_ = 0.0, lr_ = 1e-4;
  bool labelledTarget_ = true;
  std::shared_ptr<TranslatorImpl> translator_;
  PatchDiscriminator disA_{nullptr}, disB_{nullptr};
  std::unique_ptr<torch::optim::Adam> genOpt_, disOpt_;
  SampleGridInputs grid_;
  SampleGridLayout layout_;
};

} // namespace

std::unique_ptr<MethodRun> startTranslateRun(const Method& method, const Experiment& e) {
  return std::make_unique<TranslateRun>(method, e);
}

} // namespace twb
