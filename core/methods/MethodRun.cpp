#include "data/LoadDataset.h"
#include "methods/MethodRun.h"

#include "base/Errors.h"
#include "base/Text.h"
#include "data/ClassSubset.h"
#include "data/DatasetStats.h"
#include "methods/Registry.h"
#include "nn/Accuracy.h"
#include "training/Metrics.h"

#include <algorithm>

namespace twb {

namespace {

// Matches the target's classes to the source's by name (never by position), says
// what did not match, and checks the images can share one network.
void alignDomains(const Dataset& source, Dataset& target, const RunContext& ctx) {
  const ClassMatch m = matchClasses(source, target);
  if (!m.identical) {
    if (m.common.empty())
      throw InputError(Message::text(TWB_TR("twb", "source '%1' and target '%2' share no class names, so the target "
                                                 "cannot be evaluated on the source's classes"),
                                   {source.name, target.name}));
    Message line = Message::text(TWB_TR("twb", "Classes matched by name: %1 in common"), {std::to_string(m.common.size())});
    if (!m.targetOnly.empty())
      line = Message::text(TWB_TR("twb", "%1; target-only classes left out: %2"), {line, listMessage(m.targetOnly)});
    if (!m.sourceOnly.empty())
      line = Message::text(TWB_TR("twb", "%1; source-only classes (never in the target): %2"),
                         {line, listMessage(m.sourceOnly)});
    ctx.report(RunEventKind::Data, line);
    alignToClasses(target, source.classNames);
  }
}

void checkSameImages(const Dataset& source, const Dataset& target) {
  if (source.train.width != target.train.width || source.train.height != target.train.height)
    throw InputError(Message::text(TWB_TR("twb", "source '%1' and target '%2' have different image sizes"),
                                 {source.name, target.name}));
  if (source.train.width != source.train.height)
    throw InputError(Message::text(TWB_TR("twb", "dataset '%1' has non-square images, which the backbones cannot take"),
                                 {source.name}));
}

} // namespace

void MethodRun::loadData(RunContext& ctx) {
  const Experiment& e = ctx.experiment;
  ctx.report(RunEventKind::Loading,
             e.target.dataset != e.source.dataset
                 ? Message::text(TWB_TR("twb", "Loading %1 and %2 ..."), {e.source.dataset, e.target.dataset})
                 : Message::text(TWB_TR("twb", "Loading %1 ..."), {e.source.dataset}));
  LoadOptions loading;
  loading.cancel = &ctx.stop; // Stop works while loading too
  ctx.source = loadDataset(e.source.dataset, e.seed, loading);
  ctx.target = isOneDomain(e) ? ctx.source : loadDataset(e.target.dataset, e.seed, loading);
  selectClasses(ctx.source, e.source.classes, "source.classes");
  selectClasses(ctx.target, e.target.classes, "target.classes");
  const MethodNeeds needs = method_.needs();
  if (!needs.sourceModel) // a source model's target is a new task: its own classes, no matching by name
    alignDomains(ctx.source, ctx.target, ctx);
  checkSameImages(ctx.source, ctx.target);
  ctx.train = &ctx.source.train;
  if (needs.targetLabels) {
    ctx.train = &ctx.target.train;
    if (e.target.labelsPerClass > 0) {
      ctx.fewShot = ctx.target.train.subset(
          fewShotIndices(ctx.target.train, ctx.target.classNames.size(), e.target.labelsPerClass, e.seed));
      ctx.train = &ctx.fewShot;
    }
  }
}

NetworkShape MethodRun::networkShape(const RunContext& ctx) const {
  const int data = std::max(ctx.source.train.channels, ctx.target.train.channels);
  const int wanted = ctx.experiment.model.inputChannels;
  if (wanted != 0 && wanted < data)
    throw InputError(Message::text(TWB_TR("twb", "model.input_channels is %1, but the images have %2 channels"),
                                 {std::to_string(wanted), std::to_string(data)}));
  const Dataset& answered = method_.needs().sourceModel ? ctx.target : ctx.source;
  return NetworkShape{wanted != 0 ? wanted : data, ctx.source.train.height,
                      static_cast<std::int64_t>(answered.classNames.size())};
}

Message MethodRun::trainingData(const RunContext& ctx) const {
  const Message labelled = Message::text(TWB_TR("twb", "%1 labelled images"), {std::to_string(ctx.train->size())});
  if (!method_.needs().targetImages)
    return labelled;
  return Message::text(TWB_TR("twb", "%1 and %2 unlabelled target images"),
                     {labelled, std::to_string(ctx.target.train.size())});
}

NamedValues MethodRun::measureTests(NetworkImpl& net, RunContext& ctx) {
  return measureLabelPredictor(net, ctx, true);
}

NamedValues MethodRun::measureLabelPredictor(NetworkImpl& net, RunContext& ctx, bool watchCollapse) {
  RunSummary& s = *ctx.summary;
  const auto testAccuracy = [&](const ImageSet& images, const torch::Tensor& features) {
    return features.defined() ? accuracyOfFeatures(net, features, images)
                              : accuracy(net, images, ctx.shape.channels, ctx.device);
  };
  s.sourceTestAcc = testAccuracy(ctx.source.test, ctx.sourceTestFeatures);
  s.targetTestAcc = testAccuracy(ctx.target.test, ctx.targetTestFeatures);
  if (watchCollapse) {
    if (!collapse_)
      collapse_.emplace(ctx.source.classNames.size());
    if (const Message warning = collapse_->observe(ctx.step, s.sourceTestAcc); !warning.empty())
      ctx.report(RunEventKind::Warning, warning);
  }
  return {{metric::kAccSourceTest, s.sourceTestAcc}, {metric::kAccTargetTest, s.targetTestAcc}};
}

torch::Tensor sourceAndTargetFeatures(NetworkImpl& net, const StepBatch& b) {
  if (b.perDomainBatchStats)
    return torch::cat({net.features(b.images), net.features(b.target)});
  return net.features(torch::cat({b.images, b.target}));
}

std::unique_ptr<MethodRun> startMethodRun(const Experiment& e) {
  return methodOf(e).startRun(e);
}

} // namespace twb
