#include "data/Builtins.h"

#include "base/Errors.h"
#include "data/Speech.h"
#include "data/Split.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

namespace twb {

namespace fs = std::filesystem;

namespace {

constexpr int kMinSide = 4;
constexpr int kMaxFolderImageSide = 16384;

struct FileEntry {
  std::string path;
  std::int64_t label = 0;
  bool test = false;
};

struct Decoded {
  cv::Mat image; // RGB, side x side
  std::string problem;
};

bool hidden(const fs::path& p) { return p.filename().string().rfind('.', 0) == 0; }

std::vector<fs::path> sortedEntries(const fs::path& dir, bool directories) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (!hidden(e.path()) && (directories ? e.is_directory() : e.is_regular_file()))
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

bool isWav(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".wav";
}

// A recording (issue #22): the same log-mel spectrogram as spoken-digits' utterances,
// after cutting the silence around the word (a recorder's take is rarely one second
// with the word in the middle), grey, as RGB for the image path below.
Decoded decodeWav(const std::string& path, int side) {
  Waveform w;
  if (std::string problem = readWav(path, w); !problem.empty())
    return {{}, problem};
  if (std::none_of(w.samples.begin(), w.samples.end(), [](std::int16_t x) { return x != 0; }))
    return {{}, "silent (every sample is zero)"};
  w = trimSilence(resampleWaveform(w, kSpeechRate));
  const std::vector<std::uint8_t> spectrogram = speechSpectrogram(w);
  cv::Mat grey(28, 28, CV_8UC1, const_cast<std::uint8_t*>(spectrogram.data())), img;
  cv::cvtColor(grey, img, cv::COLOR_GRAY2RGB);
  if (side > 0 && side != 28)
    cv::resize(img, img, cv::Size(side, side), 0, 0, side < 28 ? cv::INTER_AREA : cv::INTER_LINEAR);
  return {img, {}};
}

Decoded decode(const std::string& path, int side) {
  if (isWav(path))
    return decodeWav(path, side);
  std::ifstream in(path, std::ios::binary);
  std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof())
    return {{}, "cannot be read"};
  if (bytes.empty())
    return {{}, "empty file"};
  // libjpeg pads a truncated JPEG with grey and only warns: catch it by its missing
  // end-of-image marker instead of training on the grey.
  const bool jpeg = bytes.size() > 2 && bytes[0] == 0xFF && bytes[1] == 0xD8;
  if (jpeg) {
    auto end = bytes.end();
    while (end - bytes.begin() > 2 && *(end - 1) == 0)
      --end;
    if (!(*(end - 2) == 0xFF && *(end - 1) == 0xD9))
      return {{}, "truncated JPEG"};
  }
  cv::Mat img = cv::imdecode(bytes, cv::IMREAD_COLOR);
  if (img.empty())
    return {{}, "not a readable image"};
  if (img.cols < kMinSide || img.rows < kMinSide || img.cols > kMaxFolderImageSide || img.rows > kMaxFolderImageSide)
    return {{}, "odd size " + std::to_string(img.cols) + "x" + std::to_string(img.rows)};
  cv::cvtColor(img, img, cv::COLOR_BGR2RGB);
  if (side > 0 && (img.cols != side || img.rows != side)) {
    const bool shrink = img.cols > side || img.rows > side;
    cv::resize(img, img, cv::Size(side, side), 0, 0, shrink ? cv::INTER_AREA : cv::INTER_LINEAR);
  }
  return {img, {}};
}

// Class folders of `root`, and their files, into `files` (labels by class name).
void collect(const fs::path& root, std::vector<std::string>& classNames, std::vector<FileEntry>& files, bool test,
             const std::string& spec) {
  const auto classDirs = sortedEntries(root, true);
  if (classDirs.empty())
    throw InputError(Message::text(
        TWB_TR("twb", "%1: no class sub-folders in %2 (expected one sub-folder per class, the ImageFolder layout)"),
        {spec, root.string()}));
  for (const auto& dir : classDirs) {
    const std::string name = dir.filename().string();
    auto it = std::find(classNames.begin(), classNames.end(), name);
    if (it == classNames.end()) {
      classNames.push_back(name);
      it = classNames.end() - 1;
    }
    const auto label = static_cast<std::int64_t>(it - classNames.begin());
    const auto entries = sortedEntries(dir, false);
    if (entries.empty())
      throw InputError(Message::text(TWB_TR("twb", "%1: class '%2' (%3) has no files"), {spec, name, dir.string()}));
    for (const auto& f : entries)
      files.push_back({f.string(), label, test});
  }
}

} // namespace

Dataset loadFolder(const std::string& path, std::uint64_t seed, const LoadOptions& options) {
  const std::string spec = "folder:" + path;
  if (!fs::is_directory(path))
    throw InputError(Message::text(TWB_TR("twb", "%1: no such folder"), {spec}));

  Dataset d;
  d.name = spec;
  d.origin = fs::absolute(path).string();
  std::vector<FileEntry> files;
  // A folder with train/ and test/ (each one sub-folder per class) keeps its own split.
  const bool presplit = fs::is_directory(fs::path(path) / "train") && fs::is_directory(fs::path(path) / "test");
  if (presplit) {
    collect(fs::path(path) / "train", d.classNames, files, false, spec);
    collect(fs::path(path) / "test", d.classNames, files, true, spec);
  } else {
    collect(path, d.classNames, files, false, spec);
  }

  const int side = options.side;
  std::vector<Decoded> decoded(files.size());
  std::atomic<std::size_t> next{0}, done{0};
  std::atomic<bool> cancelled{false};
  auto worker = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      if (options.cancel && options.cancel->load()) {
        cancelled = true;
        return;
      }
      decoded[i] = decode(files[i].path, side);
      ++done;
    }
  };
  const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t)
    pool.emplace_back(worker);
  // The calling thread reports progress while the pool decodes.
  while (done.load() < files.size() && !cancelled.load()) {
    if (options.progress)
      options.progress(static_cast<double>(done.load()) / static_cast<double>(files.size()));
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (options.cancel && options.cancel->load())
      cancelled = true;
  }
  for (auto& t : pool)
    t.join();
  if (cancelled)
    throw Cancelled();

  // Sizes are only known after decoding when side == 0: all must then agree.
  int w = 0, h = 0;
  std::vector<std::size_t> perClass(d.classNames.size(), 0);
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!decoded[i].problem.empty()) {
      d.report.skipped.emplace_back(files[i].path, decoded[i].problem);
      continue;
    }
    const cv::Mat& m = decoded[i].image;
    if (w == 0) {
      w = m.cols;
      h = m.rows;
    } else if (m.cols != w || m.rows != h) {
      d.report.skipped.emplace_back(files[i].path, "size " + std::to_string(m.cols) + "x" + std::to_string(m.rows) +
                                                       " differs from the first image's " + std::to_string(w) +
                                                       "x" + std::to_string(h));
      decoded[i].problem = "size";
      continue;
    }
    ++perClass[static_cast<std::size_t>(files[i].label)];
  }
  for (std::size_t c = 0; c < perClass.size(); ++c)
    if (perClass[c] == 0) {
      const auto first = std::find_if(files.begin(), files.end(),
                                      [&](const FileEntry& f) { return f.label == static_cast<std::int64_t>(c); });
      throw InputError(Message::text(TWB_TR("twb", "%1: class '%2' (%3) has no readable images or recordings"),
                                     {spec, d.classNames[c], fs::path(first->path).parent_path().string()}));
    }

  // Grey if every image is grey, so a folder of scans is not stored three times.
  bool grey = true;
  for (std::size_t i = 0; i < files.size() && grey; ++i)
    if (decoded[i].problem.empty()) {
      const cv::Mat& m = decoded[i].image;
      for (int p = 0; p < m.rows * m.cols && grey; ++p) {
        const auto* px = m.ptr<cv::Vec3b>(0) + p;
        grey = (*px)[0] == (*px)[1] && (*px)[1] == (*px)[2];
      }
    }
  for (ImageSet* s : {&d.train, &d.test}) {
    s->width = w;
    s->height = h;
    s->channels = grey ? 1 : 3;
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!decoded[i].problem.empty())
      continue;
    ImageSet& s = files[i].test ? d.test : d.train;
    cv::Mat m = decoded[i].image;
    if (grey)
      cv::extractChannel(m, m, 0);
    s.pixels.insert(s.pixels.end(), m.datastart, m.dataend);
    s.labels.push_back(files[i].label);
  }
  d.report.loaded = d.train.size() + d.test.size();
  if (side > 0)
    d.report.notes.push_back("images resized to " + std::to_string(side) + "x" + std::to_string(side));
  if (grey)
    d.report.notes.push_back("every image is grey: stored with one channel");
  if (!presplit)
    splitTrainTest(d, seed, 0.2);
  if (options.progress)
    options.progress(1.0);
  return d;
}

void resizeImages(ImageSet& set, int side) {
  if (side <= 0 || (set.width == side && set.height == side))
    return;
  const int type = set.channels == 1 ? CV_8UC1 : CV_8UC3;
  std::vector<std::uint8_t> out;
  out.reserve(set.size() * static_cast<std::size_t>(side * side * set.channels));
  for (std::size_t i = 0; i < set.size(); ++i) {
    const cv::Mat src(set.height, set.width, type, const_cast<std::uint8_t*>(set.image(i)));
    cv::Mat dst;
    cv::resize(src, dst, cv::Size(side, side), 0, 0, set.width > side ? cv::INTER_AREA : cv::INTER_LINEAR);
    out.insert(out.end(), dst.datastart, dst.dataend);
  }
  set.pixels = std::move(out);
  set.width = side;
  set.height = side;
}

} // namespace twb
