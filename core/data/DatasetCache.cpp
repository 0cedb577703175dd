#include "data/DatasetCache.h"

#include "base/AtomicFile.h"
#include "base/EmbeddedResources.h"
#include "base/Errors.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace twb {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

constexpr const char* kMagic = "TWBDS 1\n";

void appendSet(std::string& out, const ImageSet& s) {
  out.append(reinterpret_cast<const char*>(s.pixels.data()), s.pixels.size());
  for (auto l : s.labels) {
    const auto v = static_cast<std::int32_t>(l);
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
}

bool readSet(std::istream& in, ImageSet& s, std::size_t n, int w, int h, int c) {
  s.width = w;
  s.height = h;
  s.channels = c;
  s.pixels.resize(n * static_cast<std::size_t>(w * h * c));
  s.labels.resize(n);
  if (!in.read(reinterpret_cast<char*>(s.pixels.data()), static_cast<std::streamsize>(s.pixels.size())))
    return false;
  std::vector<std::int32_t> labels(n);
  if (!in.read(reinterpret_cast<char*>(labels.data()), static_cast<std::streamsize>(n * sizeof(std::int32_t))))
    return false;
  for (std::size_t i = 0; i < n; ++i)
    s.labels[i] = labels[i];
  return true;
}

bool readCache(const std::string& path, Dataset& d) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return false;
  char magic[8];
  if (!in.read(magic, 8) || std::memcmp(magic, kMagic, 8) != 0)
    return false;
  std::string headerLine;
  if (!std::getline(in, headerLine))
    return false;
  try {
    const Json h = Json::parse(headerLine);
    d.name = h.at("name").get<std::string>();
    d.origin = h.at("origin").get<std::string>();
    d.classNames = h.at("classes").get<std::vector<std::string>>();
    d.attributeNames = h.at("attributes").get<std::vector<std::string>>();
    d.classAttributes = h.at("class_attributes").get<std::vector<std::vector<float>>>();
    const int w = h.at("width").get<int>(), ht = h.at("height").get<int>(), c = h.at("channels").get<int>();
    if (!readSet(in, d.train, h.at("train").get<std::size_t>(), w, ht, c) ||
        !readSet(in, d.test, h.at("test").get<std::size_t>(), w, ht, c))
      return false;
  } catch (const nlohmann::json::exception&) {
    return false;
  }
  char extra;
  return !in.read(&extra, 1); // exactly the announced bytes
}

void writeCache(const std::string& path, const Dataset& d) {
  const Json header{{"name", d.name},
                    {"origin", d.origin},
                    {"classes", d.classNames},
                    {"attributes", d.attributeNames},
                    {"class_attributes", d.classAttributes},
                    {"width", d.train.width},
                    {"height", d.train.height},
                    {"channels", d.train.channels},
                    {"train", d.train.size()},
                    {"test", d.test.size()}};
  std::string out = kMagic;
  out += header.dump() + "\n";
  appendSet(out, d.train);
  appendSet(out, d.test);
  writeFileAtomic(path, out);
}

} // namespace

std::string datasetCacheDir() {
  if (const char* dir = std::getenv("TWB_CACHE_DIR"); dir && *dir)
    return dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
    return std::string(xdg) + "/transfer-workbench";
  const char* home = std::getenv("HOME");
  return std::string(home && *home ? home : "/tmp") + "/.cache/transfer-workbench";
}

Dataset cachedOrGenerated(const std::string& name, std::uint64_t seed, const std::function<Dataset()>& generate) {
  const std::string dir = datasetCacheDir();
  const std::string path = dir + "/" + name + "-s" + std::to_string(seed) + "-" + embedded::kGeneratorHash + ".twbds";
  Dataset d;
  if (readCache(path, d)) {
    d.report.loaded = d.train.size() + d.test.size();
    d.report.notes.push_back("from the cache " + path);
    return d;
  }
  d = generate();
  try {
    std::error_code ec;
    fs::create_directories(dir, ec);
    writeCache(path, d);
    d.report.notes.push_back("generated and cached in " + path);
  } catch (const RunError& e) {
    d.report.notes.push_back(std::string("generated; not cached (") + e.what() + ")");
  }
  return d;
}

} // namespace twb
