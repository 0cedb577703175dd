// TensorBoard projector files (https://www.tensorflow.org/tensorboard/tensorboard_projector_plugin):
// vectors.tsv, metadata.tsv, sprite.png and projector_config.pbtxt, plus embedding.json
// with the counts and the numbers, written whole into a temporary directory and renamed.
#include "embed/Embedding.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"
#include "embed/Png.h"
#include "tsne/VectorsTsv.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <random>

namespace twb {

namespace fs = std::filesystem;

namespace {

// TensorBoard reads sprites up to 8192 pixels a side.
constexpr int kMaxSpriteSide = 8192;

// Metadata cells cannot hold tabs or line breaks.
std::string cell(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r')
      c = ' ';
  return s;
}

std::string metadataTsv(const EmbeddingData& d) {
  std::string out = "label\tdomain\tprediction\n";
  for (std::size_t i = 0; i < d.n; ++i) {
    out += cell(d.classNames.at(static_cast<std::size_t>(d.labels[i]))) + "\t";
    out += d.domains[i] == EmbeddingDomain::Source   ? "source\t"
           : d.domains[i] == EmbeddingDomain::Target ? "target\t"
                                                     : "class embedding\t";
    out += cell(d.classNames.at(static_cast<std::size_t>(d.predictions[i]))) + "\n";
  }
  return out;
}

int spriteColumns(std::size_t n) {
  return static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n))));
}

// Thumbnails in a square grid, row by row in point order, as the projector expects.
std::string spritePng(const EmbeddingData& d) {
  const int cols = spriteColumns(d.n);
  const int side = d.thumbSide;
  const int px = cols * side;
  std::vector<std::uint8_t> rgb(static_cast<std::size_t>(px) * px * 3, 255);
  for (std::size_t i = 0; i < d.n; ++i) {
    const int x0 = static_cast<int>(i % static_cast<std::size_t>(cols)) * side;
    const int y0 = static_cast<int>(i / static_cast<std::size_t>(cols)) * side;
    const std::uint8_t* t = d.thumbnail(i);
    for (int y = 0; y < side; ++y)
      std::copy(t + static_cast<std::size_t>(y) * side * 3, t + static_cast<std::size_t>(y + 1) * side * 3,
                rgb.begin() + (static_cast<std::ptrdiff_t>(y0 + y) * px + x0) * 3);
  }
  return encodePngRgb(rgb, px, px);
}

std::string projectorConfig(const EmbeddingData& d) {
  const std::string side = std::to_string(d.thumbSide);
  const std::string name = fs::path(d.runDir).filename().string() + ":" + d.layer;
  std::string quoted;
  for (char c : name)
    quoted += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
  return "embeddings {\n"
         "  tensor_name: \"" +
         quoted +
         "\"\n"
         "  tensor_path: \"vectors.tsv\"\n"
         "  metadata_path: \"metadata.tsv\"\n"
         "  sprite {\n"
         "    image_path: \"sprite.png\"\n"
         "    single_image_dim: " +
         side +
         "\n"
         "    single_image_dim: " +
         side +
         "\n"
         "  }\n"
         "}\n";
}

} // namespace

std::string embeddingSummaryJson(const EmbeddingData& d) {
  nlohmann::ordered_json j;
  j["run"] = d.runDir;
  j["layer"] = d.layer;
  j["split"] = d.split;
  j["n"] = d.n;
  j["dim"] = d.dim;
  j["source"] = {{"dataset", d.source.dataset}, {"available", d.source.available}, {"used", d.source.used}};
  j["target"] = {{"dataset", d.target.dataset}, {"available", d.target.available}, {"used", d.target.used}};
  j["neighbours"] = d.k;
  j["domain_mixing"] = domainMixing(d);
  j["class_separation"] = classSeparation(d);
  j["class_separation_target"] = classSeparation(d, EmbeddingDomain::Target);
  if (d.domainProbe.perDomain > 0) {
    j["proxy_a_distance"] = d.domainProbe.proxyADistance;
    j["domain_probe_acc"] = d.domainProbe.accuracy;
  }
  if (d.isZeroShot()) {
    j["class_embeddings"] = d.classPoints;
    std::vector<std::string> unseen;
    for (std::size_t c = 0; c < d.unseen.size(); ++c)
      if (d.unseen[c])
        unseen.push_back(d.classNames[c]);
    j["unseen_classes"] = unseen;
  }
  j["method"] = d.experiment.method.name;
  j["seed"] = d.experiment.seed;
  j["steps"] = d.experiment.training.steps;
  return j.dump(2) + "\n";
}

void writeProjector(const EmbeddingData& d, const std::string& outDir) {
  const fs::path out(outDir);
  if (fs::exists(out) && !(fs::is_directory(out) && fs::is_empty(out)))
    throw InputError(Message::text(TWB_TR("twb", "%1: already exists and is not an empty directory; choose another "
                                               "--out (nothing was overwritten)"),
                                 {outDir}));
  const int spritePx = spriteColumns(d.n) * d.thumbSide;
  if (spritePx > kMaxSpriteSide)
    throw InputError(Message::text(TWB_TR("twb", "%1 points make a sprite of %2 pixels a side, more than the "
                                               "projector's %3; embed fewer points"),
                                 {std::to_string(d.n), std::to_string(spritePx), std::to_string(kMaxSpriteSide)}));
  std::error_code ec;
  const fs::path parent = out.has_parent_path() ? out.parent_path() : fs::path(".");
  fs::create_directories(parent, ec);
  std::random_device rd;
  const fs::path tmp = parent / ("." + out.filename().string() + ".tmp-" + std::to_string(rd()));
  if (!fs::create_directory(tmp, ec))
    throw RunError(
        Message::text(TWB_TR("twb", "%1: cannot create a temporary directory beside it (%2)"), {outDir, ec.message()}));
  try {
    writeFileAtomic((tmp / "vectors.tsv").string(), formatTsv(d.features, d.dim));
    writeFileAtomic((tmp / "metadata.tsv").string(), metadataTsv(d));
    writeFileAtomic((tmp / "sprite.png").string(), spritePng(d));
    writeFileAtomic((tmp / "projector_config.pbtxt").string(), projectorConfig(d));
    writeFileAtomic((tmp / "embedding.json").string(), embeddingSummaryJson(d));
    fs::rename(tmp, out, ec);
    if (ec)
      throw RunError(
          Message::text(TWB_TR("twb", "%1: cannot move the finished files into place (%2)"), {outDir, ec.message()}));
  } catch (...) {
    fs::remove_all(tmp, ec);
    throw;
  }
}

} // namespace twb
