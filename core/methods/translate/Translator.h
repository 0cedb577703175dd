#pragma once
// The two image-to-image translation models behind one interface: domain A is the
// experiment's source, B its target.
// - UNIT (Liu, Breuel & Kautz 2017, "Unsupervised image-to-image translation
//   networks"): a VAE per domain whose deepest encoder layer and first generator
//   layer are shared, so both domains are coded in one latent space with a Gaussian
//   prior; x_ab = G_b(E_a(x_a)).
// - MUNIT (Huang, Liu, Belongie & Kautz 2018, "Multimodal unsupervised
//   image-to-image translation"): a content code in a space both domains share and a
//   low-dimensional style code per domain, put back together by a decoder whose
//   AdaIN parameters an MLP makes from the style; x_ab = G_b(c_a, s_b), s_b drawn
//   from N(0, I) or taken from a B image, so one input has many translations.
// The adversarial part (discriminators, the GAN terms) is the run's
// (methods/translate/Translate.cpp); a model computes the rest of the generators'
// loss. Internal to core: includes torch.
#include "methods/MethodRun.h"

#include <torch/nn/module.h>
#include <torch/types.h>

#include <cstdint>
#include <memory>
#include <string>

namespace twb {

// The curves a translation run logs (declared with their meanings in Translate.cpp).
namespace translate_metric {
constexpr const char* kGanGenerator = "loss/gan_gen";
constexpr const char* kGanDiscriminator = "loss/gan_dis";
constexpr const char* kRecon = "loss/recon";
constexpr const char* kKl = "loss/kl";
constexpr const char* kCycle = "loss/cycle";
constexpr const char* kCycleKl = "loss/cycle_kl";
constexpr const char* kStyleRecon = "loss/style_recon";
constexpr const char* kContentRecon = "loss/content_recon";
constexpr const char* kSemantic = "loss/semantic";
constexpr const char* kTranslatedTrain = "acc/translated_train";
} // namespace translate_metric

struct TranslatorShape {
  std::string model = "unit"; // "unit" or "munit"
  std::int64_t channels = 3;  // both domains are read and written with this many
  std::int64_t width = 32;    // the first convolution's channels; the code has 2 x width
  std::int64_t styleDim = 8;  // MUNIT only
};

// The generators' loss weights (the releases' *_w), the paper's defaults in
// Translate.cpp's settings.
struct TranslationWeights {
  double recon = 10.0, kl = 0.01, cycle = 10.0, cycleKl = 0.01; // UNIT (cycle also MUNIT's)
  double style = 1.0, content = 1.0;                            // MUNIT
};

// One training pass of the generators over a source batch (A) and a target batch (B).
struct GeneratorPass {
  torch::Tensor loss;               // the weighted reconstruction, KL or code and cycle terms
  torch::Tensor toTarget, toSource; // x_ab and x_ba, in the graph, for the GAN terms
};

class TranslatorImpl : public torch::nn::Module {
public:
  // Both batches through the generators, with the noise (UNIT) or the prior styles
  // (MUNIT) of a training step; the losses' parts are logged in `values`.
  virtual GeneratorPass trainingPass(const torch::Tensor& a, const torch::Tensor& b, const TranslationWeights& w,
                                     NamedValues& values) = 0;
  // x from A into B (toTarget) or from B into A. UNIT decodes the latent mean. MUNIT
  // takes `style` [N, styleDim] for the output domain, or draws one per image from
  // N(0, I) with `generator` when it is undefined.
  virtual torch::Tensor translate(const torch::Tensor& x, bool toTarget, const torch::Tensor& style = {},
                                  c10::optional<at::Generator> generator = c10::nullopt) = 0;
  // x through its own domain's encoder and decoder.
  virtual torch::Tensor reconstruct(const torch::Tensor& x, bool target) = 0;
  // MUNIT: the style codes of images of one domain [N, styleDim]; UNIT: undefined.
  virtual torch::Tensor styleOf(const torch::Tensor&, bool /*target*/) { return {}; }
  virtual std::int64_t styleDim() const { return 0; }
  // The generators' parameters (everything a translator holds).
  std::vector<torch::Tensor> generatorParameters() { return parameters(); }
};

// InputError for a model name it does not know.
std::shared_ptr<TranslatorImpl> makeTranslator(const TranslatorShape& shape);

} // namespace twb
