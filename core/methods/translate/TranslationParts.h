#pragma once
// What the translation run (Translate.cpp) and its readers (Translation.cpp: the
// window's API and `twb translate`) share: the setting keys, the model's shape as an
// experiment gives it, images to tensors and back, and the sample grid's layout and
// rendering. Internal to core: includes torch.
#include "experiment/Experiment.h"
#include "methods/translate/Translation.h"
#include "methods/translate/Translator.h"

#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace twb {

namespace translate_key {
constexpr const char* kModel = "translate.model";
constexpr const char* kWidth = "translate.width";
constexpr const char* kStyleDim = "translate.style_dim";
constexpr const char* kLr = "translate.lr";
constexpr const char* kGan = "translate.gan_weight";
constexpr const char* kRecon = "translate.recon_weight";
constexpr const char* kKl = "translate.kl_weight";
constexpr const char* kCycle = "translate.cycle_weight";
constexpr const char* kCycleKl = "translate.cycle_kl_weight";
constexpr const char* kStyle = "translate.style_weight";
constexpr const char* kContent = "translate.content_weight";
constexpr const char* kSemantic = "translate.semantic_weight";
constexpr const char* kSamples = "translate.samples";
constexpr const char* kStyles = "translate.styles";
} // namespace translate_key

// The translator an experiment of method translate trains, for images of `channels`.
TranslatorShape translatorShapeOf(const Experiment& e, std::int64_t channels);

// Images (each side x side, grey or colour) as a batch of `channels` in [-1, 1], the
// way nn/Batches.h's imageBatch reads a dataset. InputError for another size.
torch::Tensor imagesToTensor(const std::vector<TranslationImage>& images, int side, std::int64_t channels);
// A batch in [-1, 1] back to images of `channels` (1: the mean of the colours).
std::vector<TranslationImage> tensorToImages(const torch::Tensor& batch, int channels);

// The fixed test images and prior styles a run's sample grids show.
struct SampleGridInputs {
  torch::Tensor source, target;                 // [columns, C, side, side]
  torch::Tensor stylesToTarget, stylesToSource; // [styles, styleDim] (MUNIT)
  int sourceChannels = 3, targetChannels = 3;   // each domain's own, for the pictures
};

// Where each image of the grid goes, and what each row shows, for a run of `e` with
// `columns` images per row on images of `side`.
SampleGridLayout sampleGridLayout(const Experiment& e, int columns, int side);

// The columns of a grid `pngWidth` pixels wide, of images of `side`.
int sampleGridColumns(int pngWidth, int side);

// The grid as PNG bytes (no gradients; the translator in eval mode meanwhile).
std::string renderSampleGrid(TranslatorImpl& translator, const SampleGridInputs& in, const SampleGridLayout& layout);

// RUN_DIR/samples, and the name of step `step`'s grid in it.
std::string samplesDirectory(const std::string& runDir);
std::string sampleGridName(std::int64_t step);

} // namespace twb
