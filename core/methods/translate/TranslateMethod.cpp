// The translate method's declaration: its settings (the papers' loss weights as
// defaults), the curves it logs, its example, and its baselines (source_only,
// target_only and DANN, the feature-level alternative). The run is Translate.cpp's.
#include "methods/MethodRun.h"
#include "methods/StandardMetrics.h"
#include "methods/translate/TranslationParts.h"

#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"
#include "training/Metrics.h"

#include <map>
#include <mutex>

namespace twb {

std::unique_ptr<MethodRun> startTranslateRun(const Method& method, const Experiment& e); // Translate.cpp

namespace {

namespace tk = translate_key;
namespace tmetric = translate_metric;

SettingSpec weightSetting(const char* key, double value, Message title, Message help) {
  SettingSpec s{key, value, std::move(title), std::move(help)};
  s.minimum = 0.0;
  s.maximum = 1000.0;
  return s;
}

SettingSpec countSetting(const char* key, std::int64_t value, std::int64_t low, std::int64_t high, Message title,
                         Message help) {
  SettingSpec s{key, value, std::move(title), std::move(help)};
  s.minimum = static_cast<double>(low);
  s.maximum = static_cast<double>(high);
  return s;
}

// A translator's parameter count, each shape built once: building one draws its initial
// weights from torch's global generator, which a run training meanwhile also draws from.
std::int64_t translatorParameters(const TranslatorShape& shape) {
  static std::mutex mutex;
  static std::map<std::string, std::int64_t> counts;
  const std::string key = shape.model + "/" + std::to_string(shape.width) + "/" + std::to_string(shape.styleDim);
  std::lock_guard<std::mutex> lock(mutex);
  const auto it = counts.find(key);
  if (it != counts.end())
    return it->second;
  std::int64_t n = 0;
  for (const auto& p : makeTranslator(shape)->parameters())
    n += p.numel();
  counts[key] = n;
  return n;
}

MetricInfo lossCurve(const char* name, Message title, Message meaning) {
  return {name, std::move(title), MetricPlot::Losses, true, std::move(meaning)};
}

class TranslateMethod : public Method {
public:
  std::string name() const override { return "translate"; }
  Message title() const override {
    return Message::text(TWB_TR("twb", "Image translation (UNIT, MUNIT): redraw the source in the target's style"));
  }
  MethodNeeds needs() const override {
    MethodNeeds n;
    n.targetImages = true;
    n.translatesImages = true;
    return n;
  }

  std::vector<SettingSpec> settings() const override {
    SettingSpec model{tk::kModel, std::string("unit"), Message::text(TWB_TR("twb", "Model")),
                      Message::text(TWB_TR("twb", "How an image is coded between the domains"))};
    model.choices = {
        {"unit", Message::text(TWB_TR("twb", "UNIT (Liu et al. 2017): one latent space both domains share, with a "
                                             "Gaussian prior; one translation per image"))},
        {"munit", Message::text(TWB_TR("twb", "MUNIT (Huang et al. 2018): a shared content code and a style code per "
                                              "domain; many translations per image, one per style"))}};
    SettingSpec lr{tk::kLr, 1e-4, Message::text(TWB_TR("twb", "Translator learning rate")),
                   Message::text(TWB_TR("twb", "Adam's step size for the encoders, generators and discriminators "
                                               "(both papers: 0.0001, beta1 0.5); training.lr is the classifier's"))};
    lr.minimum = 1e-7;
    lr.maximum = 0.01;
    return {
        model,
        countSetting(tk::kWidth, 32, 8, 128, Message::text(TWB_TR("twb", "Width")),
                     Message::text(TWB_TR("twb", "Channels of the first convolution; the code at a quarter of the "
                                                 "image's side has twice as many"))),
        countSetting(tk::kStyleDim, 8, 1, 64, Message::text(TWB_TR("twb", "Style dimension")),
                     Message::text(TWB_TR("twb", "Length of MUNIT's style code (the paper: 8); UNIT has none"))),
        lr,
        weightSetting(tk::kGan, 1.0, Message::text(TWB_TR("twb", "GAN weight")),
                      Message::text(TWB_TR("twb", "Weight of the least-squares GAN terms (both papers: 1)"))),
        weightSetting(tk::kRecon, 10.0, Message::text(TWB_TR("twb", "Reconstruction weight")),
                      Message::text(TWB_TR("twb", "Weight of each domain's image reconstruction, L1 (both papers: "
                                                  "10)"))),
        weightSetting(tk::kKl, 0.01, Message::text(TWB_TR("twb", "KL weight")),
                      Message::text(TWB_TR("twb", "UNIT: weight of the latent code's KL term to its N(0, I) prior "
                                                  "(the UNIT release: 0.01)"))),
        weightSetting(tk::kCycle, 10.0, Message::text(TWB_TR("twb", "Cycle weight")),
                      Message::text(TWB_TR("twb", "Weight of the cycle reconstruction: translated there and back, an "
                                                  "image must come back (UNIT: 10; MUNIT's style-augmented cycle)"))),
        weightSetting(tk::kCycleKl, 0.01, Message::text(TWB_TR("twb", "Cycle KL weight")),
                      Message::text(TWB_TR("twb", "UNIT: weight of the KL term of the translations' codes (0.01)"))),
        weightSetting(tk::kStyle, 1.0, Message::text(TWB_TR("twb", "Style reconstruction weight")),
                      Message::text(TWB_TR("twb", "MUNIT: weight of recovering the style a translation was given "
                                                  "(the paper: 1)"))),
        weightSetting(tk::kContent, 1.0, Message::text(TWB_TR("twb", "Content reconstruction weight")),
                      Message::text(TWB_TR("twb", "MUNIT: weight of recovering the content code of a translation "
                                                  "(the paper: 1)"))),
        // 5: on digits -> digits-m at 1,000 steps a target_only classifier read 78 % of
        // the translated source test images right, against 56 % with 0 (and 54 % with 1
        // at 1,750 steps).
        weightSetting(tk::kSemantic, 5.0, Message::text(TWB_TR("twb", "Semantic weight")),
                      Message::text(TWB_TR("twb", "Weight of keeping the class: the classifier must give a "
                                                  "translation its source label (CyCADA's semantic consistency); 0 "
                                                  "leaves it to the cycle"))),
        countSetting(tk::kSamples, 10, 1, 32, Message::text(TWB_TR("twb", "Sample images")),
                     Message::text(TWB_TR("twb", "Test images of each domain in the sample grid drawn at each "
                                                 "evaluation"))),
        countSetting(tk::kStyles, 4, 1, 8, Message::text(TWB_TR("twb", "Sample styles")),
                     Message::text(TWB_TR("twb", "MUNIT: styles drawn for each sample image in the grid")))};
  }

  std::vector<MetricInfo> metrics() const override {
    return {
        lossCurve(tmetric::kGanGenerator, Message::text(TWB_TR("twb", "GAN loss (generators)")),
                  Message::text(TWB_TR("twb", "How far the discriminators are from taking the translations for real "
                                              "images (least squares, per domain); it stays near 0.5 when the two "
                                              "sides are even."))),
        lossCurve(tmetric::kGanDiscriminator, Message::text(TWB_TR("twb", "GAN loss (discriminators)")),
                  Message::text(TWB_TR("twb", "How badly the discriminators tell real images from translations (least "
                                              "squares, per domain); about 0.5 when they cannot tell."))),
        lossCurve(tmetric::kRecon, Message::text(TWB_TR("twb", "reconstruction loss")),
                  Message::text(TWB_TR("twb", "Mean absolute pixel difference between an image and its encoding "
                                              "decoded in its own domain (pixels in [-1, 1]); it falls first."))),
        lossCurve(tmetric::kKl, Message::text(TWB_TR("twb", "KL loss")),
                  Message::text(TWB_TR("twb", "UNIT: the mean squared latent code, its divergence from the N(0, I) "
                                              "prior both domains share."))),
        lossCurve(tmetric::kCycle, Message::text(TWB_TR("twb", "cycle loss")),
                  Message::text(TWB_TR("twb", "Mean absolute pixel difference between an image and its translation "
                                              "translated back."))),
        lossCurve(tmetric::kCycleKl, Message::text(TWB_TR("twb", "cycle KL loss")),
                  Message::text(TWB_TR("twb", "UNIT: the KL term of the translations' codes when coded again."))),
        lossCurve(tmetric::kStyleRecon, Message::text(TWB_TR("twb", "style reconstruction loss")),
                  Message::text(TWB_TR("twb", "MUNIT: how far the style read back from a translation is from the "
                                              "style it was given (mean absolute difference)."))),
        lossCurve(tmetric::kContentRecon, Message::text(TWB_TR("twb", "content reconstruction loss")),
                  Message::text(TWB_TR("twb", "MUNIT: how far the content code read back from a translation is from "
                                              "the original's."))),
        lossCurve(tmetric::kSemantic, Message::text(TWB_TR("twb", "semantic loss")),
                  Message::text(TWB_TR("twb", "How wrong the classifier is about the translated source images' "
                                              "labels (cross-entropy), which the generators learn to keep."))),
        standardMetric(metric::kLossLabel),
        standardMetric(metric::kAccSourceTrain),
        {tmetric::kTranslatedTrain, Message::text(TWB_TR("twb", "translated source accuracy (training batches)")),
         MetricPlot::Accuracies, true,
         Message::text(TWB_TR("twb", "Share of the translated source batch the classifier labels correctly; it "
                                     "learns from these translations too (pixel-level adaptation)."))}};
  }

  // The UNIT paper's digits experiment on our pair, sized for two cores.
  Experiment example() const override {
    Experiment e = defaultExperiment();
    e.name = "translate (UNIT): digits -> digits-m";
    e.method.name = name();
    e.training.steps = 5000;
    e.training.batchSize = 32;
    e.training.optimizer = "adam";
    e.training.lr = 0.001;
    e.training.lrSchedule = "constant";
    e.eval.every = 250;
    return e;
  }

  // DANN beside the bounds: the feature-level adaptation this pixel-level one is
  // read against.
  std::vector<Experiment> baselines(const Experiment& e) const override {
    std::vector<Experiment> out = Method::baselines(e);
    if (const Method* adversarial = findMethod("dann")) {
      Experiment dann = e;
      dann.method.name = adversarial->name();
      dann.name = adversarial->name() + " baseline of \"" + e.name + "\"";
      out.push_back(std::move(dann));
    }
    return out;
  }

  Message label(const Experiment& e) const override {
    return Message::text(TWB_TR("twb", "%1 (%2)"), {name(), modelTitle(e)});
  }
  std::string variant(const Experiment& e) const override {
    const std::string model = textSetting(e, tk::kModel);
    return model == "unit" ? std::string() : model;
  }
  Message recipe(const Experiment& e) const override {
    Experiment others = e; // the model is named first, whether it is the default or not
    others.method.settings.erase(tk::kModel);
    const Message rest = Method::recipe(others);
    return rest.empty() ? modelTitle(e) : Message::text(TWB_TR("twb", "%1, %2"), {modelTitle(e), rest});
  }
  std::vector<ModuleSize> ownModules(const Experiment& e, std::int64_t) const override {
    const TranslatorShape shape = translatorShapeOf(e, 3);
    return {{Message::text(TWB_TR("twb", "translator (encoders and generators)")),
             modelTitle(e).english() + " " + std::to_string(shape.width) + "-" + std::to_string(2 * shape.width),
             translatorParameters(shape)}};
  }

  std::unique_ptr<MethodRun> startRun(const Experiment& e) const override { return startTranslateRun(*this, e); }

private:
  Message modelTitle(const Experiment& e) const { return textSetting(e, tk::kModel) == "munit" ? "MUNIT" : "UNIT"; }
};

} // namespace

const Method& translateMethod() {
  static const TranslateMethod method;
  return method;
}

} // namespace twb
