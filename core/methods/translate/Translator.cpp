#include "methods/translate/Translator.h"

#include "base/Errors.h"
#include "methods/translate/TranslationModules.h"

#include <torch/nn/modules/linear.h>

namespace twb {

namespace {

// The mean of z^2: the KL term of the UNIT re-release (trainer.py's __compute_kl),
// the divergence from N(0, I) of a Gaussian with mean z and unit variance, up to a
// constant. The encoder gives the mean; training decodes z = mean + N(0, I).
torch::Tensor latentKl(const torch::Tensor& mean) {
  return mean.pow(2).mean();
}

// UNIT, with the paper's weight sharing: the encoders' last residual block and the
// generators' first are one module each (E_shared, G_shared), the rest per domain.
class UnitTranslatorImpl : public TranslatorImpl {
public:
  explicit UnitTranslatorImpl(const TranslatorShape& s) {
    encA_ = register_module("encoder_a", Downsampling(s.channels, s.width));
    encB_ = register_module("encoder_b", Downsampling(s.channels, s.width));
    encShared_ = register_module("encoder_shared", ResBlock(2 * s.width, false));
    genShared_ = register_module("generator_shared", ResBlock(2 * s.width, false));
    genA_ = register_module("generator_a", Upsampling(s.width, s.channels));
    genB_ = register_module("generator_b", Upsampling(s.width, s.channels));
  }

  GeneratorPass trainingPass(const torch::Tensor& a, const torch::Tensor& b, const TranslationWeights& w,
                             NamedValues& values) override {
    const auto n = a.size(0);
    // Both domains go through the shared layers as one batch (instance norm keeps the
    // samples apart), and each generator decodes both codes at once: x_aa and x_ba
    // from G_a, x_ab and x_bb from G_b.
    const auto mean = encShared_->forward(torch::cat({encA_->forward(a), encB_->forward(b)}));
    const auto h = genShared_->forward(mean + torch::randn_like(mean));
    const auto outA = genA_->forward(h), outB = genB_->forward(h);
    GeneratorPass pass;
    pass.toSource = outA.narrow(0, n, b.size(0));
    pass.toTarget = outB.narrow(0, 0, n);
    const auto recon = l1Distance(outA.narrow(0, 0, n), a) + l1Distance(outB.narrow(0, n, b.size(0)), b);
    const auto kl = latentKl(mean.narrow(0, 0, n)) + latentKl(mean.narrow(0, n, b.size(0)));
    pass.loss = w.recon * recon + w.kl * kl;
    values.emplace_back(translate_metric::kRecon, recon.item<double>() / 2);
    values.emplace_back(translate_metric::kKl, kl.item<double>() / 2);
    if (w.cycle > 0 || w.cycleKl > 0) {
      // Cycle: x_ab coded again by E_b must decode through G_a to x_a, and x_ba back to x_b.
      const auto back = encShared_->forward(torch::cat({encB_->forward(pass.toTarget), encA_->forward(pass.toSource)}));
      const auto h2 = genShared_->forward(back + torch::randn_like(back));
      const auto aba = genA_->forward(h2.narrow(0, 0, n)), bab = genB_->forward(h2.narrow(0, n, b.size(0)));
      const auto cycle = l1Distance(aba, a) + l1Distance(bab, b);
      const auto cycleKl = latentKl(back.narrow(0, 0, n)) + latentKl(back.narrow(0, n, b.size(0)));
      pass.loss = pass.loss + w.cycle * cycle + w.cycleKl * cycleKl;
      values.emplace_back(translate_metric::kCycle, cycle.item<double>() / 2);
      values.emplace_back(translate_metric::kCycleKl, cycleKl.item<double>() / 2);
    }
    return pass;
  }

  torch::Tensor translate(const torch::Tensor& x, bool toTarget, const torch::Tensor&,
                          c10::optional<at::Generator>) override {
    return decode(encode(x, !toTarget), toTarget);
  }

  torch::Tensor reconstruct(const torch::Tensor& x, bool target) override { return decode(encode(x, target), target); }

private:
  torch::Tensor encode(const torch::Tensor& x, bool target) {
    return encShared_->forward((target ? encB_ : encA_)->forward(x));
  }
  torch::Tensor decode(const torch::Tensor& z, bool target) {
    return (target ? genB_ : genA_)->forward(genShared_->forward(z));
  }

  Downsampling encA_{nullptr}, encB_{nullptr};
  ResBlock encShared_{nullptr}, genShared_{nullptr};
  Upsampling genA_{nullptr}, genB_{nullptr};
};

// MUNIT's style encoder, small: three 3x3 convolutions (the last two of stride 2)
// with ReLU and no norm (a norm would wash out the style), global average pooling
// and a linear map to the style code.
class StyleEncoderImpl : public torch::nn::Module {
public:
  StyleEncoderImpl(std::int64_t channels, std::int64_t width, std::int64_t styleDim) {
    c1_ = register_module("conv1", ConvNorm(channels, width / 2, 1, BlockNorm::None));
    c2_ = register_module("conv2", ConvNorm(width / 2, width, 2, BlockNorm::None));
    c3_ = register_module("conv3", ConvNorm(width, 2 * width, 2, BlockNorm::None));
    out_ = register_module("out", torch::nn::Linear(2 * width, styleDim));
  }
  torch::Tensor forward(const torch::Tensor& x) {
    const auto h = torch::relu(c3_->forward(torch::relu(c2_->forward(torch::relu(c1_->forward(x.contiguous()))))));
    return out_->forward(h.mean({2, 3}));
  }

private:
  ConvNorm c1_{nullptr}, c2_{nullptr}, c3_{nullptr};
  torch::nn::Linear out_{nullptr};
};
TORCH_MODULE(StyleEncoder);

// One MUNIT domain: content encoder (downsampling and a residual block, instance
// norm), style encoder, and the decoder: two residual blocks with AdaIN whose scales
// and shifts a three-layer MLP makes from the style code, then upsampling.
class MunitDomainImpl : public torch::nn::Module {
public:
  MunitDomainImpl(const TranslatorShape& s) {
    down_ = register_module("content_down", Downsampling(s.channels, s.width));
    contentRes_ = register_module("content_res", ResBlock(2 * s.width, false));
    style_ = register_module("style", StyleEncoder(s.channels, s.width, s.styleDim));
    res1_ = register_module("decoder_res1", ResBlock(2 * s.width, true));
    res2_ = register_module("decoder_res2", ResBlock(2 * s.width, true));
    up_ = register_module("decoder_up", Upsampling(s.width, s.channels));
    const std::int64_t hidden = 4 * s.width;
    mlp1_ = register_module("mlp1", torch::nn::Linear(s.styleDim, hidden));
    mlp2_ = register_module("mlp2", torch::nn::Linear(hidden, hidden));
    mlp3_ =
        register_module("mlp3", torch::nn::Linear(hidden, res1_->adaptiveParameters() + res2_->adaptiveParameters()));
  }

  torch::Tensor content(const torch::Tensor& x) { return contentRes_->forward(down_->forward(x)); }
  torch::Tensor style(const torch::Tensor& x) { return style_->forward(x); }
  torch::Tensor decode(const torch::Tensor& content, const torch::Tensor& style) {
    const auto params = mlp3_->forward(torch::relu(mlp2_->forward(torch::relu(mlp1_->forward(style)))));
    const auto split = params.split(res1_->adaptiveParameters(), 1);
    return up_->forward(res2_->forward(res1_->forward(content, split[0]), split[1]));
  }

private:
  Downsampling down_{nullptr};
  ResBlock contentRes_{nullptr}, res1_{nullptr}, res2_{nullptr};
  StyleEncoder style_{nullptr};
  Upsampling up_{nullptr};
  torch::nn::Linear mlp1_{nullptr}, mlp2_{nullptr}, mlp3_{nullptr};
};
TORCH_MODULE(MunitDomain);

class MunitTranslatorImpl : public TranslatorImpl {
public:
  explicit MunitTranslatorImpl(const TranslatorShape& s) : styleDim_(s.styleDim) {
    a_ = register_module("domain_a", MunitDomain(s));
    b_ = register_module("domain_b", MunitDomain(s));
  }

  GeneratorPass trainingPass(const torch::Tensor& a, const torch::Tensor& b, const TranslationWeights& w,
                             NamedValues& values) override {
    const auto n = a.size(0), m = b.size(0);
    const auto ca = a_->content(a), cb = b_->content(b);
    const auto sa = a_->style(a), sb = b_->style(b);
    // Styles drawn from the prior: the translations' (MUNIT's s_a, s_b).
    const auto priorA = torch::randn({m, styleDim_}, a.options()), priorB = torch::randn({n, styleDim_}, a.options());
    // Each decoder makes its domain's reconstruction and translation in one batch.
    const auto contents = torch::cat({ca, cb});
    const auto outA = a_->decode(contents, torch::cat({sa, priorA}));
    const auto outB = b_->decode(contents, torch::cat({priorB, sb}));
    GeneratorPass pass;
    pass.toSource = outA.narrow(0, n, m);
    pass.toTarget = outB.narrow(0, 0, n);
    // Coded again, a translation gives back its content and the style it was given.
    const auto caBack = b_->content(pass.toTarget), cbBack = a_->content(pass.toSource);
    const auto sbBack = b_->style(pass.toTarget), saBack = a_->style(pass.toSource);
    const auto recon = l1Distance(outA.narrow(0, 0, n), a) + l1Distance(outB.narrow(0, n, m), b);
    const auto styleRecon = l1Distance(saBack, priorA) + l1Distance(sbBack, priorB);
    const auto contentRecon = l1Distance(caBack, ca) + l1Distance(cbBack, cb);
    pass.loss = w.recon * recon + w.style * styleRecon + w.content * contentRecon;
    values.emplace_back(translate_metric::kRecon, recon.item<double>() / 2);
    values.emplace_back(translate_metric::kStyleRecon, styleRecon.item<double>() / 2);
    values.emplace_back(translate_metric::kContentRecon, contentRecon.item<double>() / 2);
    if (w.cycle > 0) {
      // MUNIT's explicit style-augmented cycle: the recovered content decoded with the
      // image's own style.
      const auto cycle = l1Distance(a_->decode(caBack, sa), a) + l1Distance(b_->decode(cbBack, sb), b);
      pass.loss = pass.loss + w.cycle * cycle;
      values.emplace_back(translate_metric::kCycle, cycle.item<double>() / 2);
    }
    return pass;
  }

  torch::Tensor translate(const torch::Tensor& x, bool toTarget, const torch::Tensor& style,
                          c10::optional<at::Generator> generator) override {
    const auto content = (toTarget ? a_ : b_)->content(x);
    const auto s = style.defined() ? style : torch::randn({x.size(0), styleDim_}, generator, x.options());
    return (toTarget ? b_ : a_)->decode(content, s);
  }

  torch::Tensor reconstruct(const torch::Tensor& x, bool target) override {
    MunitDomainImpl& d = *(target ? b_ : a_);
    return d.decode(d.content(x), d.style(x));
  }

  torch::Tensor styleOf(const torch::Tensor& x, bool target) override { return (target ? b_ : a_)->style(x); }
  std::int64_t styleDim() const override { return styleDim_; }

private:
  std::int64_t styleDim_;
  MunitDomain a_{nullptr}, b_{nullptr};
};

} // namespace

std::shared_ptr<TranslatorImpl> makeTranslator(const TranslatorShape& shape) {
  if (shape.model == "unit")
    return std::make_shared<UnitTranslatorImpl>(shape);
  if (shape.model == "munit")
    return std::make_shared<MunitTranslatorImpl>(shape);
  throw InputError(Message::text(TWB_TR("twb", "translate.model is '%1'; expected unit or munit"), {shape.model}));
}

} // namespace twb
