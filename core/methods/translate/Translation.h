#pragma once
// Using a translation run (method translate: UNIT or MUNIT) from outside the
// training: load its checkpoint, translate images in either direction, read back the
// sample grid it wrote at its last evaluation, translate a whole dataset into an
// image folder (`twb translate`). Plain C++ (no torch): the window's Translation
// tab calls it, from a worker thread.
//
//   TranslationModel model(runDir);                       // InputError names runDir
//   auto out = model.translate(images, TranslationDirection::SourceToTarget, 4, seed);
//   SampleGridLayout grid = latestSampleGrid(runDir);     // grid.path: a PNG to show
#include "base/Message.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace twb {

// An image as the datasets hold one: `height` rows of `width` pixels of `channels`
// bytes (1: grey; 3: red, green, blue), interleaved.
struct TranslationImage {
  int width = 0, height = 0, channels = 0;
  std::vector<std::uint8_t> pixels;
};

enum class TranslationDirection { SourceToTarget, TargetToSource };

// A translation run's trained generators, loaded from RUN_DIR/model.pt (written whole
// at each evaluation, so a run still training can be read). Every call may come from
// any thread; calls are serialised.
class TranslationModel {
public:
  // InputError naming `runDir` when it holds no translate run's model.pt. Building
  // the networks draws their initial weights (then replaced by the checkpoint's) from
  // torch's global generator: a run training meanwhile in the same process stays
  // valid, but is then not bit for bit the run its seed alone gives.
  explicit TranslationModel(const std::string& runDir);
  ~TranslationModel();
  TranslationModel(const TranslationModel&) = delete;
  TranslationModel& operator=(const TranslationModel&) = delete;

  const std::string& runDir() const;
  std::string model() const;  // "unit" or "munit"
  bool multimodal() const;    // MUNIT: one input has many translations, one per style
  std::string source() const; // the dataset specs it was trained between
  std::string target() const;
  int side() const;                // its images are side x side
  int channels(bool target) const; // each domain's channels (1 grey, 3 colour)
  std::int64_t step() const;       // training steps behind these weights
  std::uint64_t seed() const;      // the run's seed (it fixed the built-ins' test splits)

  // Each image into the other domain. Images must be side x side; grey and colour are
  // converted to what the model reads, and the outputs have the output domain's
  // channels. MUNIT gives `styles` translations of each image (image 0's first), with
  // styles drawn from N(0, I) by `seed`: the same seed, the same styles. Style k is
  // the same for every image (a row of a grid), or with `stylePerImage` each image
  // draws its own. UNIT gives one per image whatever `styles` says.
  // InputError for an image of another size.
  std::vector<TranslationImage> translate(const std::vector<TranslationImage>& images, TranslationDirection direction,
                                          int styles = 1, std::uint64_t seed = 1, bool stylePerImage = false) const;
  // MUNIT: each image with the style of `styleImage`, an image of the output domain.
  // InputError for a UNIT run.
  std::vector<TranslationImage> translateInStyleOf(const std::vector<TranslationImage>& images,
                                                   TranslationDirection direction,
                                                   const TranslationImage& styleImage) const;
  // Each image through its own domain's encoder and generator (`target`: the images
  // are the target's).
  std::vector<TranslationImage> reconstruct(const std::vector<TranslationImage>& images, bool target) const;

private:
  struct State;
  std::unique_ptr<State> state_;
};

// The sample grid a translation run writes at each evaluation: RUN_DIR/samples/
// latest.png (and step_NNNNNN.png beside it). Columns are fixed test images (the
// same in every grid of a run, chosen by its seed); rows are what the model made of
// them, first for source images, then for target images (`rows`).
struct SampleGridLayout {
  std::string path;            // latest.png; empty while the run has written none
  std::int64_t step = 0;       // the training step it shows
  int cell = 0;                // an image's side in the grid, in pixels
  std::vector<int> columnLeft; // the x of each column's images
  std::vector<int> rowTop;     // the y of each row's images
  std::vector<Message> rows;   // what each row shows ("source → target")
};

// InputError naming `runDir` when it is not a translate run.
SampleGridLayout latestSampleGrid(const std::string& runDir);

// `twb translate`: the images of `spec` (a built-in's test split, drawn with the run's
// seed, or every image of a folder:/idx: dataset) translated from the run's source
// (or target) into the other domain, as PNGs in one sub-folder per class under
// `outDir`: class/00000.png, or class/00000_s1.png ... with several MUNIT styles.
// The folder appears whole or not at all: written beside it and renamed at the end;
// an existing non-empty `outDir` is refused. InputError naming the run directory,
// the spec or the folder.
struct TranslatedFolder {
  std::size_t images = 0;  // PNG files written
  std::size_t classes = 0; // sub-folders
  int side = 0, channels = 0;
};
TranslatedFolder translateToFolder(const std::string& runDir, TranslationDirection direction, const std::string& spec,
                                   const std::string& outDir, int styles = 1,
                                   const std::atomic<bool>* cancel = nullptr);

} // namespace twb
