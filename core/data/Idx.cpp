#include "data/Idx.h"

#include "base/Errors.h"
#include "data/Split.h"

#include <zlib.h>

#include <algorithm>
#include <filesystem>

namespace twb {

namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kMaxImages = 100'000'000; // beyond this a header is corrupt, not big
constexpr int kMaxIdxSide = 4096;

// gzread reads gzipped and plain files alike.
class GzFile {
public:
  explicit GzFile(const std::string& path) : path_(path), f_(gzopen(path.c_str(), "rb")) {
    if (!f_)
      throw InputError(Message::text(TWB_TR("twb", "%1: cannot be opened"), {path}));
  }
  ~GzFile() {
    if (f_)
      gzclose(f_);
  }
  GzFile(const GzFile&) = delete;
  GzFile& operator=(const GzFile&) = delete;

  // Reads up to n bytes; returns how many came.
  std::size_t read(void* into, std::size_t n) {
    std::size_t got = 0;
    auto* out = static_cast<unsigned char*>(into);
    while (got < n) {
      const unsigned chunk = static_cast<unsigned>(std::min<std::size_t>(n - got, 1u << 30));
      const int r = gzread(f_, out + got, chunk);
      if (r < 0)
        throw InputError(Message::text(TWB_TR("twb", "%1: corrupted compressed data"), {path_}));
      if (r == 0)
        break;
      got += static_cast<std::size_t>(r);
    }
    return got;
  }

private:
  std::string path_;
  gzFile f_;
};

std::uint32_t bigEndian(const unsigned char* b) {
  return (std::uint32_t(b[0]) << 24) | (std::uint32_t(b[1]) << 16) | (std::uint32_t(b[2]) << 8) | b[3];
}

void requireFile(const std::string& path) {
  if (!fs::exists(path))
    throw InputError(Message::text(TWB_TR("twb", "%1: no such file"), {path}));
  if (fs::is_directory(path))
    throw InputError(Message::text(TWB_TR("twb", "%1: is a folder, expected an IDX file"), {path}));
}

// Reads exactly `expected` payload bytes and checks that nothing follows them. The
// buffer grows with the bytes that arrive, a chunk at a time, not with what the header
// claims: a corrupted header announcing terabytes (fuzz_idx) gives the "truncated"
// error below, not a failed allocation, or gigabytes zero-filled before the first read.
std::vector<std::uint8_t> readPayload(GzFile& f, const std::string& path, std::size_t expected, const Message& what) {
  constexpr std::size_t kChunk = std::size_t(64) << 20;
  std::vector<std::uint8_t> bytes;
  while (bytes.size() < expected) {
    const std::size_t have = bytes.size();
    const std::size_t want = std::min(kChunk, expected - have);
    bytes.resize(have + want);
    const std::size_t got = f.read(bytes.data() + have, want);
    bytes.resize(have + got);
    if (got < want)
      break;
  }
  if (bytes.size() < expected)
    throw InputError(
        Message::text(TWB_TR("twb", "%1: truncated: the header announces %2 (%3 bytes) but the file holds %4"),
                    {path, what, std::to_string(expected), std::to_string(bytes.size())}));
  unsigned char extra = 0;
  if (f.read(&extra, 1) != 0)
    throw InputError(Message::text(TWB_TR("twb", "%1: holds more bytes than its header announces (%2)"), {path, what}));
  return bytes;
}

} // namespace

namespace {
// Checks an IDX file's magic number (unsigned bytes, `dims` dimensions) and returns
// its big-endian dimension sizes; `kind` names the file in the error.
std::vector<std::uint64_t> readHeader(GzFile& f, const std::string& path, int dims, const Message& kind) {
  const std::uint32_t expected = 0x00000800u + static_cast<std::uint32_t>(dims);
  unsigned char h[4];
  if (f.read(h, 4) < 4)
    throw InputError(Message::text(TWB_TR("twb", "%1: too short to be an IDX file"), {path}));
  const std::uint32_t magic = bigEndian(h);
  if (magic != expected)
    throw InputError(Message::text(dims == 1 ? TWB_TR("twb", "%1: wrong magic number %2 (an IDX %3 file starts with "
                                                           "%4: unsigned bytes, %5 dimension)")
                                           : TWB_TR("twb", "%1: wrong magic number %2 (an IDX %3 file starts with "
                                                           "%4: unsigned bytes, %5 dimensions)"),
                                 {path, std::to_string(magic), kind, std::to_string(expected), std::to_string(dims)}));
  std::vector<std::uint64_t> sizes;
  for (int d = 0; d < dims; ++d) {
    if (f.read(h, 4) < 4)
      throw InputError(Message::text(TWB_TR("twb", "%1: truncated header"), {path}));
    sizes.push_back(bigEndian(h));
  }
  return sizes;
}
} // namespace

IdxImages readIdxImages(const std::string& path) {
  requireFile(path);
  GzFile f(path);
  const auto sizes = readHeader(f, path, 3, Message::text(TWB_TR("twb", "images")));
  const std::uint64_t count = sizes[0], rows = sizes[1], cols = sizes[2];
  if (count == 0)
    throw InputError(Message::text(TWB_TR("twb", "%1: holds no images"), {path}));
  if (count > kMaxImages || rows == 0 || cols == 0 || rows > kMaxIdxSide || cols > kMaxIdxSide)
    throw InputError(Message::text(TWB_TR("twb", "%1: absurd header (%2 images of %3x%4); the file is corrupted"),
                                 {path, std::to_string(count), std::to_string(rows), std::to_string(cols)}));
  IdxImages out;
  out.count = count;
  out.rows = static_cast<int>(rows);
  out.cols = static_cast<int>(cols);
  out.pixels = readPayload(f, path, count * rows * cols,
                           Message::text(TWB_TR("twb", "%1 images of %2x%3"),
                                       {std::to_string(count), std::to_string(rows), std::to_string(cols)}));
  return out;
}

std::vector<std::int64_t> readIdxLabels(const std::string& path) {
  requireFile(path);
  GzFile f(path);
  const std::uint64_t count = readHeader(f, path, 1, Message::text(TWB_TR("twb", "labels")))[0];
  if (count == 0 || count > kMaxImages)
    throw InputError(
        Message::text(TWB_TR("twb", "%1: absurd label count %2; the file is corrupted"), {path, std::to_string(count)}));
  const std::vector<std::uint8_t> bytes =
      readPayload(f, path, count, Message::text(TWB_TR("twb", "%1 labels"), {std::to_string(count)}));
  return std::vector<std::int64_t>(bytes.begin(), bytes.end());
}

std::string idxLabelsPathFor(const std::string& imagesPath) {
  const auto pos = imagesPath.rfind("images-idx3");
  if (pos == std::string::npos)
    return {};
  std::string labels = imagesPath;
  labels.replace(pos, 11, "labels-idx1");
  return labels;
}

ImageSet readIdxPair(const std::string& imagesPath, const std::string& labelsPath) {
  IdxImages images = readIdxImages(imagesPath);
  std::vector<std::int64_t> labels = readIdxLabels(labelsPath);
  if (labels.size() != images.count)
    throw InputError(
        Message::text(TWB_TR("twb", "%1 holds %2 images but %3 holds %4 labels"),
                    {imagesPath, std::to_string(images.count), labelsPath, std::to_string(labels.size())}));
  ImageSet set;
  set.width = images.cols;
  set.height = images.rows;
  set.channels = 1;
  set.pixels = std::move(images.pixels);
  set.labels = std::move(labels);
  return set;
}

namespace {
// The first of `stem` + "-images-idx3-ubyte" with or without ".gz" in `dir`.
std::string findImages(const fs::path& dir, const std::string& stem) {
  for (const char* ext : {"", ".gz"}) {
    const fs::path p = dir / (stem + "-images-idx3-ubyte" + ext);
    if (fs::exists(p))
      return p.string();
  }
  return {};
}

std::vector<std::string> labelNames(std::int64_t maxLabel) {
  std::vector<std::string> names;
  for (std::int64_t c = 0; c <= maxLabel; ++c)
    names.push_back(std::to_string(c));
  return names;
}
} // namespace

Dataset loadIdxDataset(const std::string& path, std::uint64_t seed) {
  Dataset d;
  d.name = "idx:" + path;
  if (fs::is_directory(path)) {
    const std::string train = findImages(path, "train");
    std::string test = findImages(path, "t10k");
    if (test.empty())
      test = findImages(path, "test");
    if (train.empty())
      throw InputError(Message::text(TWB_TR("twb", "%1: no train-images-idx3-ubyte[.gz] in this folder"), {path}));
    d.train = readIdxPair(train, idxLabelsPathFor(train));
    if (!test.empty()) {
      d.test = readIdxPair(test, idxLabelsPathFor(test));
      if (d.test.width != d.train.width || d.test.height != d.train.height)
        throw InputError(Message::text(TWB_TR("twb", "%1: its images are %2x%3, the training images %4x%5"),
                                     {test, std::to_string(d.test.width), std::to_string(d.test.height),
                                      std::to_string(d.train.width), std::to_string(d.train.height)}));
      d.origin = train + " and " + test;
    } else {
      d.origin = train;
    }
  } else {
    const std::string labels = idxLabelsPathFor(path);
    if (labels.empty())
      throw InputError(Message::text(TWB_TR("twb", "%1: expected an IDX images file named *-images-idx3-ubyte[.gz] "
                                                 "(its labels beside it as *-labels-idx1-ubyte[.gz])"),
                                   {path}));
    d.train = readIdxPair(path, labels);
    d.origin = path;
  }
  std::int64_t maxLabel = 0;
  for (const ImageSet* s : {&d.train, &d.test})
    for (auto l : s->labels)
      maxLabel = std::max(maxLabel, l);
  d.classNames = labelNames(maxLabel);
  if (d.test.size() == 0)
    splitTrainTest(d, seed, 0.2);
  d.report.loaded = d.train.size() + d.test.size();
  return d;
}

} // namespace twb
