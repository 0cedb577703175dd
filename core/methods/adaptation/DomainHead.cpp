#include "methods/adaptation/DomainHead.h"

#include "methods/StandardMetrics.h"
#include "nn/ModelInfo.h"
#include "training/Metrics.h"
#include "training/Schedules.h"

#include <utility>

namespace twb {

namespace {

std::string layersKey(const std::string& prefix) {
  return prefix + "domain_classifier.hidden_layers";
}
std::string widthKey(const std::string& prefix) {
  return prefix + "domain_classifier.width";
}

} // namespace

std::vector<SettingSpec> domainHeadSettings(const std::string& prefix, std::int64_t layers, std::int64_t width,
                                            Message layersHelp, Message widthHelp) {
  SettingSpec l{layersKey(prefix), layers, Message::text(TWB_TR("twb", "Domain head layers")), std::move(layersHelp)};
  l.minimum = 0;
  l.maximum = 8;
  SettingSpec w{widthKey(prefix), width, Message::text(TWB_TR("twb", "Domain head width")), std::move(widthHelp)};
  w.minimum = 1;
  w.maximum = 8192;
  w.unusedWhenZero = l.key;
  return {l, w};
}

DomainClassifier makeDomainHead(const Method& method, const Experiment& e, const std::string& prefix,
                                std::int64_t inputs) {
  return DomainClassifier(inputs, static_cast<int>(method.integerSetting(e, layersKey(prefix))),
                          static_cast<int>(method.integerSetting(e, widthKey(prefix))));
}

ModuleSize domainHeadModule(const Method& method, const Experiment& e, const std::string& prefix,
                            std::int64_t inputs) {
  const auto layers = static_cast<int>(method.integerSetting(e, layersKey(prefix)));
  const auto width = static_cast<int>(method.integerSetting(e, widthKey(prefix)));
  std::string shape = std::to_string(inputs);
  for (int i = 0; i < layers; ++i)
    shape += " → " + std::to_string(width);
  shape += " → 1";
  return {Message::text(TWB_TR("twb", "domain classifier")), shape,
          domainClassifierParameters(inputs, layers, width)};
}

Message domainHeadShape(const Method& method, const Experiment& e, const std::string& prefix,
                        std::int64_t defaultLayers, std::int64_t defaultWidth) {
  const std::int64_t layers = method.integerSetting(e, layersKey(prefix));
  const std::int64_t width = method.integerSetting(e, widthKey(prefix));
  if (layers == defaultLayers && (layers == 0 || width == defaultWidth))
    return {};
  if (layers == 0)
    return Message::text(TWB_TR("twb", "linear head"));
  return Message::text(TWB_TR("twb", "head %1×%2"), {std::to_string(layers), std::to_string(width)});
}

std::vector<MetricInfo> domainHeadMetrics() {
  return {standardMetric(metric::kLossDomain), standardMetric(metric::kAccDomain), standardMetric("acc/domain_test")};
}

torch::Tensor domainLabels(std::int64_t ns, std::int64_t nt, const torch::TensorOptions& options) {
  return torch::cat({torch::zeros({ns}, options), torch::ones({nt}, options)});
}

double domainAccuracy(const torch::Tensor& logits, const torch::Tensor& labels) {
  return logits.gt(0).eq(labels.gt(0.5)).to(torch::kFloat64).mean().item<double>();
}

std::pair<std::string, double> domainTestAccuracy(DomainClassifier& head, const torch::Tensor& sourceInputs,
                                                  const torch::Tensor& targetInputs,
                                                  std::map<std::string, double>& extra) {
  const bool wasTraining = head->is_training();
  head->eval();
  const double src = head->forward(sourceInputs).le(0).to(torch::kFloat64).mean().item<double>();
  const double tgt = head->forward(targetInputs).gt(0).to(torch::kFloat64).mean().item<double>();
  head->train(wasTraining);
  const double balanced = 0.5 * (src + tgt);
  extra["domain_acc"] = balanced;
  return {"acc/domain_test", balanced};
}

AdversarialRun::AdversarialRun(const Method& method, const Experiment& e, std::string prefix)
    : MethodRun(method), prefix_(std::move(prefix)), lambda_(e.method.lambda), steps_(e.training.steps) {}

void AdversarialRun::prepare(NetworkImpl& net, RunContext& ctx) {
  domain_ = makeDomainHead(method(), ctx.experiment, prefix_, headInputs(net, ctx));
}

void AdversarialRun::save(torch::serialize::OutputArchive& archive) {
  torch::serialize::OutputArchive domain;
  domain_->save(domain);
  archive.write("domain_classifier", domain);
}

void AdversarialRun::load(torch::serialize::InputArchive& archive) {
  torch::serialize::InputArchive domain;
  archive.read("domain_classifier", domain);
  domain_->load(domain);
}

NamedValues AdversarialRun::measureFeatures(const torch::Tensor& sourceFeatures, const torch::Tensor& targetFeatures,
                                            RunSummary& summary) {
  return {domainTestAccuracy(domain_, headInput(sourceFeatures), headInput(targetFeatures), summary.extra)};
}

double AdversarialRun::lambdaAt(double progress) const {
  return scheduledLambda(lambda_, progress, steps_);
}

} // namespace twb
