#pragma once
// The domain classifier the adversarial methods (dann, cdan, vada) train beside the
// network: its two settings (hidden layers, width) under a method's section, its
// size for the Model panel, its metrics, and how well it still tells the test splits
// apart. One place, so every adversarial method's head reads and reports the same.
// Internal to core: includes torch.
#include "methods/Method.h"
#include "methods/MethodRun.h"
#include "nn/DomainClassifier.h"

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace twb {

// The keys are `prefix` + "domain_classifier.hidden_layers" and ".width" (dann's
// prefix is empty: its files predate the per-method sections).
std::vector<SettingSpec> domainHeadSettings(const std::string& prefix, std::int64_t layers, std::int64_t width,
                                            Message layersHelp, Message widthHelp);

// The head `e` asks for, on `inputs` values an image.
DomainClassifier makeDomainHead(const Method& method, const Experiment& e, const std::string& prefix,
                                std::int64_t inputs);
ModuleSize domainHeadModule(const Method& method, const Experiment& e, const std::string& prefix,
                            std::int64_t inputs);
// "linear head", "head 2×500"; empty for the default shape.
Message domainHeadShape(const Method& method, const Experiment& e, const std::string& prefix,
                        std::int64_t defaultLayers, std::int64_t defaultWidth);

// loss/domain, acc/domain and acc/domain_test as StandardMetrics declares them.
std::vector<MetricInfo> domainHeadMetrics();

// Source 0 for the first `ns`, target 1 for the next `nt`.
torch::Tensor domainLabels(std::int64_t ns, std::int64_t nt, const torch::TensorOptions& options);
// The share of `logits` on the right side of 0.
double domainAccuracy(const torch::Tensor& logits, const torch::Tensor& labels);
// The head's accuracy on both test splits' inputs, balanced over the two domains:
// 0.5 is chance (domain-invariant features), 1.0 full separation. Written to the
// summary as domain_acc; returns acc/domain_test.
std::pair<std::string, double> domainTestAccuracy(DomainClassifier& head, const torch::Tensor& sourceInputs,
                                                  const torch::Tensor& targetInputs, std::map<std::string, double>& extra);

// The run of an adversarial method: the domain classifier built after the network
// (so a seed always gives the same initial weights), trained beside it and saved in
// model.pt's method part, and its accuracy on both test splits at each evaluation.
// A method adds its step; lambda(p) is method.lambda at the step's progress.
class AdversarialRun : public MethodRun {
public:
  AdversarialRun(const Method& method, const Experiment& e, std::string prefix);

  void prepare(NetworkImpl& net, RunContext& ctx) override;
  std::vector<torch::Tensor> parameters() override { return domain_->parameters(); }
  void to(const torch::Device& device) override { domain_->to(device); }
  void save(torch::serialize::OutputArchive& archive) override;
  bool resumable() const override { return true; }
  void load(torch::serialize::InputArchive& archive) override;
  bool wantsTestFeatures() const override { return true; }
  NamedValues measureFeatures(const torch::Tensor& sourceFeatures, const torch::Tensor& targetFeatures,
                              RunSummary& summary) override;

protected:
  // What the head reads: the features by default (CDAN: their map with the predictions).
  virtual std::int64_t headInputs(const NetworkImpl& net, const RunContext&) const { return net.featureDim(); }
  virtual torch::Tensor headInput(const torch::Tensor& features) const { return features; }
  double lambdaAt(double progress) const;

  DomainClassifier domain_{nullptr};

private:
  std::string prefix_;
  LambdaSpec lambda_;
  std::int64_t steps_;
};

} // namespace twb
