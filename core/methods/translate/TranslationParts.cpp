#include "methods/translate/TranslationParts.h"

#include "base/Errors.h"
#include "embed/Png.h"
#include "methods/Method.h"
#include "nn/Batches.h"

#include <cstdio>
#include <filesystem>

namespace twb {

const Method& translateMethod(); // Translate.cpp

namespace {

constexpr int kGridScale = 3; // each image drawn 3x, nearest neighbour
constexpr int kGridGap = 2;   // pixels between images
constexpr int kBlockGap = 10; // between the source's rows and the target's
constexpr std::uint8_t kGridBackground = 40;

bool isMunit(const Experiment& e) {
  return translateMethod().textSetting(e, translate_key::kModel) == "munit";
}

} // namespace

TranslatorShape translatorShapeOf(const Experiment& e, std::int64_t channels) {
  const Method& m = translateMethod();
  TranslatorShape s;
  s.model = m.textSetting(e, translate_key::kModel);
  s.channels = channels;
  s.width = m.integerSetting(e, translate_key::kWidth);
  s.styleDim = m.integerSetting(e, translate_key::kStyleDim);
  return s;
}

torch::Tensor imagesToTensor(const std::vector<TranslationImage>& images, int side, std::int64_t channels) {
  std::vector<torch::Tensor> parts;
  for (const TranslationImage& image : images) {
    if (image.width != side || image.height != side)
      throw InputError(
          Message::text(TWB_TR("twb", "an image of %1x%2 cannot be translated by a model of %3x%3 images"),
                        {std::to_string(image.width), std::to_string(image.height), std::to_string(side)}));
    if ((image.channels != 1 && image.channels != 3) ||
        image.pixels.size() != static_cast<std::size_t>(side) * side * image.channels)
      throw InputError(Message::text(TWB_TR("twb", "an image's %1 bytes are not %2x%2 pixels of 1 or 3 channels"),
                                     {std::to_string(image.pixels.size()), std::to_string(side)}));
    ImageSet one;
    one.width = one.height = side;
    one.channels = image.channels;
    one.pixels = image.pixels;
    one.labels = {0};
    parts.push_back(imageBatch(one, {0}, channels));
  }
  if (parts.empty())
    return torch::empty({0, channels, side, side});
  return torch::cat(parts).contiguous(); // the translator's layout (TranslationModules.h)
}

std::vector<TranslationImage> tensorToImages(const torch::Tensor& batch, int channels) {
  auto x = batch.detach().to(torch::kCPU, torch::kFloat32);
  if (channels == 1 && x.size(1) != 1)
    x = x.mean(1, true);
  else if (channels == 3 && x.size(1) == 1)
    x = x.expand({-1, 3, -1, -1});
  const auto bytes = ((x + 1.0) * 127.5).round().clamp(0, 255).to(torch::kUInt8).permute({0, 2, 3, 1}).contiguous();
  const auto n = bytes.size(0), h = bytes.size(1), w = bytes.size(2);
  const auto per = static_cast<std::size_t>(h * w * channels);
  std::vector<TranslationImage> out(static_cast<std::size_t>(n));
  const std::uint8_t* src = bytes.data_ptr<std::uint8_t>();
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].width = static_cast<int>(w);
    out[i].height = static_cast<int>(h);
    out[i].channels = channels;
    out[i].pixels.assign(src + i * per, src + (i + 1) * per);
  }
  return out;
}

SampleGridLayout sampleGridLayout(const Experiment& e, int columns, int side) {
  const Method& m = translateMethod();
  const bool munit = isMunit(e);
  const int styles = munit ? static_cast<int>(m.integerSetting(e, translate_key::kStyles)) : 0;
  SampleGridLayout g;
  g.cell = side * kGridScale;
  for (int c = 0; c < columns; ++c)
    g.columnLeft.push_back(kGridGap + c * (g.cell + kGridGap));
  int y = kGridGap;
  for (int block = 0; block < 2; ++block) {
    const std::string& from = block == 0 ? e.source.dataset : e.target.dataset;
    const std::string& to = block == 0 ? e.target.dataset : e.source.dataset;
    std::vector<Message> rows{Message(from)};
    const Message translated = Message::text(TWB_TR("twb", "%1 → %2"), {from, to});
    const Message reconstructed = Message::text(TWB_TR("twb", "%1 reconstructed"), {from});
    const Message cycle = Message::text(TWB_TR("twb", "%1 → %2 → %1"), {from, to});
    if (munit) {
      rows.push_back(reconstructed);
      for (int s = 1; s <= styles; ++s)
        rows.push_back(Message::text(TWB_TR("twb", "%1 → %2, style %3"), {from, to, std::to_string(s)}));
      rows.push_back(cycle);
    } else {
      rows.insert(rows.end(), {translated, reconstructed, cycle});
    }
    for (Message& row : rows) {
      g.rowTop.push_back(y);
      g.rows.push_back(std::move(row));
      y += g.cell + kGridGap;
    }
    y += kBlockGap;
  }
  return g;
}

int sampleGridColumns(int pngWidth, int side) {
  return std::max(0, (pngWidth - kGridGap) / (side * kGridScale + kGridGap));
}

namespace {

// The rows of one block: images of one domain (`target`) and what the model made of
// them, each row [columns, C, side, side].
std::vector<std::pair<torch::Tensor, bool>> blockRows(TranslatorImpl& t, const torch::Tensor& x, bool target,
                                                      const torch::Tensor& styles) {
  std::vector<std::pair<torch::Tensor, bool>> rows{{x, target}};
  const bool toTarget = !target;
  if (t.styleDim() == 0) {
    const auto across = t.translate(x, toTarget);
    rows.insert(rows.end(),
                {{across, !target}, {t.reconstruct(x, target), target}, {t.translate(across, target), target}});
    return rows;
  }
  rows.emplace_back(t.reconstruct(x, target), target);
  for (std::int64_t s = 0; s < styles.size(0); ++s)
    rows.emplace_back(t.translate(x, toTarget, styles[s].unsqueeze(0).expand({x.size(0), -1})), !target);
  // The cycle: the first style's translation, back with each image's own style.
  const auto across = t.translate(x, toTarget, styles[0].unsqueeze(0).expand({x.size(0), -1}));
  rows.emplace_back(t.translate(across, target, t.styleOf(x, target)), target);
  return rows;
}

} // namespace

std::string renderSampleGrid(TranslatorImpl& translator, const SampleGridInputs& in, const SampleGridLayout& g) {
  torch::NoGradGuard noGrad;
  const bool wasTraining = translator.is_training();
  translator.eval();
  auto rows = blockRows(translator, in.source, false, in.stylesToTarget);
  const auto targetRows = blockRows(translator, in.target, true, in.stylesToSource);
  rows.insert(rows.end(), targetRows.begin(), targetRows.end());
  translator.train(wasTraining);

  const int columns = static_cast<int>(g.columnLeft.size());
  const int width = columns == 0 ? kGridGap : g.columnLeft.back() + g.cell + kGridGap;
  const int height = g.rowTop.empty() ? kGridGap : g.rowTop.back() + g.cell + kGridGap;
  std::vector<std::uint8_t> rgb(static_cast<std::size_t>(width) * height * 3, kGridBackground);
  for (std::size_t r = 0; r < rows.size() && r < g.rowTop.size(); ++r) {
    const auto images = tensorToImages(rows[r].first, rows[r].second ? in.targetChannels : in.sourceChannels);
    for (int c = 0; c < columns && c < static_cast<int>(images.size()); ++c) {
      const TranslationImage& im = images[static_cast<std::size_t>(c)];
      for (int y = 0; y < g.cell; ++y)
        for (int x = 0; x < g.cell; ++x) {
          const std::uint8_t* p =
              im.pixels.data() + (static_cast<std::size_t>(y / kGridScale) * im.width + x / kGridScale) * im.channels;
          std::uint8_t* q = rgb.data() + (static_cast<std::size_t>(g.rowTop[r] + y) * width + g.columnLeft[c] + x) * 3;
          for (int k = 0; k < 3; ++k)
            q[k] = p[im.channels == 1 ? 0 : k];
        }
    }
  }
  return encodePngRgb(rgb, width, height);
}

std::string samplesDirectory(const std::string& runDir) {
  return (std::filesystem::path(runDir) / "samples").string();
}

std::string sampleGridName(std::int64_t step) {
  char name[32];
  std::snprintf(name, sizeof name, "step_%06lld.png", static_cast<long long>(step));
  return name;
}

} // namespace twb
