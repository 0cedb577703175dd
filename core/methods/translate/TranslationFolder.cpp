// `twb translate`: a dataset translated by a translation run into an image folder of
// one sub-folder per class (the folder: layout, docs/datasets.md), so `twb evaluate`
// can score the translations with any classifier.
#include "methods/translate/Translation.h"

#include "base/AtomicFolder.h"
#include "base/Errors.h"
#include "base/Random.h"
#include "data/LoadDataset.h"
#include "embed/Png.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace twb {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kTranslationChunk = 256;

// A class's name as a folder's: no path separators, not hidden, not empty.
std::string classFolderName(const std::string& className) {
  std::string name = className;
  std::replace(name.begin(), name.end(), '/', '_');
  std::replace(name.begin(), name.end(), '\\', '_');
  if (name.empty() || name[0] == '.')
    name = "_" + name;
  return name;
}

// Every image of a user's folder:/idx: dataset; a built-in's test split.
ImageSet imagesOf(const Dataset& d, const std::string& spec) {
  if (spec.rfind("folder:", 0) != 0 && spec.rfind("idx:", 0) != 0)
    return d.test;
  ImageSet all = d.train;
  all.pixels.insert(all.pixels.end(), d.test.pixels.begin(), d.test.pixels.end());
  all.labels.insert(all.labels.end(), d.test.labels.begin(), d.test.labels.end());
  return all;
}

void writePng(const fs::path& file, const TranslationImage& image) {
  std::vector<std::uint8_t> rgb(static_cast<std::size_t>(image.width) * image.height * 3);
  for (std::size_t p = 0; p < rgb.size() / 3; ++p)
    for (std::size_t c = 0; c < 3; ++c)
      rgb[p * 3 + c] = image.pixels[p * image.channels + (image.channels == 1 ? 0 : c)];
  const std::string png = encodePngRgb(rgb, image.width, image.height);
  std::ofstream out(file, std::ios::binary);
  out.write(png.data(), static_cast<std::streamsize>(png.size()));
  if (!out.good())
    throw RunError(Message::text(TWB_TR("twb", "cannot write %1"), {file.string()}));
}

std::string imageFileName(std::size_t index, int style, int styles) {
  char name[48];
  if (styles > 1)
    std::snprintf(name, sizeof name, "%05zu_s%d.png", index, style + 1);
  else
    std::snprintf(name, sizeof name, "%05zu.png", index);
  return name;
}

} // namespace

TranslatedFolder translateToFolder(const std::string& runDir, TranslationDirection direction, const std::string& spec,
                                   const std::string& outDir, int styles, const std::atomic<bool>* cancel) {
  const TranslationModel model(runDir);
  if (styles < 1)
    throw InputError(Message::text(TWB_TR("twb", "--styles is %1; it must be at least 1"), {std::to_string(styles)}));
  if (styles > 1 && !model.multimodal())
    throw InputError(Message::text(TWB_TR("twb", "%1: a UNIT run gives one translation per image; --styles needs a "
                                                 "MUNIT run"),
                                   {runDir}));
  fs::path out(outDir);
  if (out.filename().empty())
    out = out.parent_path(); // "DIR/"
  if (fs::exists(out) && !fs::is_directory(out))
    throw InputError(Message::text(TWB_TR("twb", "%1: exists and is not a directory"), {out.string()}));
  if (fs::exists(out) && !fs::is_empty(out))
    throw InputError(Message::text(TWB_TR("twb", "%1: exists and is not empty; choose another --out (nothing was "
                                                 "written)"),
                                   {out.string()}));

  LoadOptions loading;
  loading.cancel = cancel;
  loading.side = model.side();
  const Dataset data = loadDataset(spec, model.seed(), loading);
  const ImageSet images = imagesOf(data, spec);
  if (images.size() == 0)
    throw InputError(Message::text(TWB_TR("twb", "%1 has no images to translate"), {spec}));
  if (images.width != model.side() || images.height != model.side())
    throw InputError(Message::text(
        TWB_TR("twb", "%1: its images are %2x%3, the model reads %4x%4"),
        {spec, std::to_string(images.width), std::to_string(images.height), std::to_string(model.side())}));

  // Everything is written beside the folder and renamed into place at the end.
  AtomicFolder tmp(out);
  std::error_code ec;

  TranslatedFolder result;
  result.side = model.side();
  std::vector<std::size_t> perClass(data.classNames.size(), 0);
  for (std::size_t start = 0, chunk = 0; start < images.size(); start += kTranslationChunk, ++chunk) {
    if (cancel && cancel->load())
      throw Cancelled();
    std::vector<TranslationImage> batch;
    const std::size_t end = std::min(images.size(), start + kTranslationChunk);
    for (std::size_t i = start; i < end; ++i)
      batch.push_back({images.width, images.height, images.channels,
                       std::vector<std::uint8_t>(images.image(i), images.image(i) + images.imageBytes())});
    // Each image draws its own styles, by a seed per chunk.
    const auto translated =
        model.translate(batch, direction, styles, mixSeed(model.seed(), 7000 + chunk), /*stylePerImage=*/true);
    const std::size_t per = model.multimodal() ? static_cast<std::size_t>(styles) : 1;
    for (std::size_t i = start; i < end; ++i) {
      const auto label = static_cast<std::size_t>(images.labels[i]);
      const fs::path classDir = tmp.path() / classFolderName(data.classNames[label]);
      if (perClass[label] == 0) {
        fs::create_directories(classDir, ec);
        ++result.classes;
      }
      for (std::size_t s = 0; s < per; ++s) {
        const TranslationImage& image = translated[(i - start) * per + s];
        writePng(classDir / imageFileName(perClass[label], static_cast<int>(s), static_cast<int>(per)), image);
        result.channels = image.channels;
        ++result.images;
      }
      ++perClass[label];
    }
  }
  tmp.commit();
  return result;
}

} // namespace twb
