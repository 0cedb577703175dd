// A small RIFF/WAVE reader and writer: 16-bit PCM only, which is what the speech
// synthesisers give and what most recorders write. The layout follows Microsoft's
// RIFF specification (a "RIFF" header, then chunks; "fmt " describes the samples,
// "data" holds them, little-endian, interleaved by channel). No OpenCV, no torch.
#include "data/Speech.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"

#include <cstring>
#include <fstream>
#include <iterator>

namespace twb {

namespace {

std::uint32_t u32(const unsigned char* p) {
  return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
         static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}
std::uint16_t u16(const unsigned char* p) { return static_cast<std::uint16_t>(p[0] | p[1] << 8); }

void put32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i)
    out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void put16(std::string& out, std::uint16_t v) {
  out.push_back(static_cast<char>(v & 0xFF));
  out.push_back(static_cast<char>(v >> 8));
}

constexpr std::uint16_t kFormatPcm = 1;
constexpr std::uint16_t kFormatExtensible = 0xFFFE; // WAVE_FORMAT_EXTENSIBLE: the sub-format GUID says PCM or not

} // namespace

std::string readWav(const std::string& path, Waveform& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return "cannot be read";
  const std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof())
    return "cannot be read";
  if (bytes.empty())
    return "empty file";
  if (bytes.size() < 12 || std::memcmp(bytes.data(), "RIFF", 4) != 0 || std::memcmp(bytes.data() + 8, "WAVE", 4) != 0)
    return "not a WAV file (no RIFF/WAVE header)";
  int channels = 0, rate = 0, bits = 0;
  std::uint16_t format = 0;
  bool haveFormat = false;
  const unsigned char* data = nullptr;
  std::size_t dataBytes = 0;
  for (std::size_t pos = 12; pos + 8 <= bytes.size();) {
    const unsigned char* chunk = bytes.data() + pos;
    const std::size_t size = u32(chunk + 4);
    const std::size_t available = bytes.size() - pos - 8;
    if (std::memcmp(chunk, "fmt ", 4) == 0 && size >= 16 && size <= available) {
      format = u16(chunk + 8);
      channels = u16(chunk + 10);
      rate = static_cast<int>(u32(chunk + 12));
      bits = u16(chunk + 22);
      if (format == kFormatExtensible && size >= 40)
        format = u16(chunk + 32); // the sub-format GUID's first two bytes
      haveFormat = true;
    } else if (std::memcmp(chunk, "data", 4) == 0) {
      data = chunk + 8;
      dataBytes = std::min(size, available); // a recorder killed mid-take leaves a short data chunk
      break;
    }
    pos += 8 + size + (size & 1); // chunks are padded to an even size
  }
  if (!haveFormat)
    return "WAV file without a format chunk";
  if (format != kFormatPcm || bits != 16)
    return "sample format is " + std::to_string(bits) + "-bit " + (format == kFormatPcm ? "PCM" : "non-PCM (code " +
                                                                                        std::to_string(format) + ")") +
           "; expected 16-bit PCM";
  if (channels != 1 && channels != 2)
    return std::to_string(channels) + " channels; expected mono or stereo";
  if (rate < 4000 || rate > 192000)
    return "sample rate " + std::to_string(rate) + " Hz is out of range (4,000 to 192,000)";
  if (!data)
    return "WAV file without a data chunk";
  const std::size_t frames = dataBytes / (2 * static_cast<std::size_t>(channels));
  if (frames == 0)
    return "no samples";
  out.sampleRate = rate;
  out.samples.resize(frames);
  for (std::size_t i = 0; i < frames; ++i) {
    int sum = 0;
    for (int c = 0; c < channels; ++c)
      sum += static_cast<std::int16_t>(u16(data + (i * channels + c) * 2));
    out.samples[i] = static_cast<std::int16_t>(sum / channels);
  }
  return {};
}

Waveform readWav(const std::string& path) {
  Waveform w;
  const std::string problem = readWav(path, w);
  if (!problem.empty())
    throw InputError(Message::text(TWB_TR("twb", "WAV file %1 cannot be used: %2"), {path, problem}));
  return w;
}

void writeWav(const std::string& path, const Waveform& w) {
  const auto dataBytes = static_cast<std::uint32_t>(w.samples.size() * 2);
  std::string out;
  out.reserve(44 + dataBytes);
  out += "RIFF";
  put32(out, 36 + dataBytes);
  out += "WAVEfmt ";
  put32(out, 16);
  put16(out, kFormatPcm);
  put16(out, 1); // mono
  put32(out, static_cast<std::uint32_t>(w.sampleRate));
  put32(out, static_cast<std::uint32_t>(w.sampleRate) * 2); // bytes per second
  put16(out, 2);                                            // bytes per frame
  put16(out, 16);
  out += "data";
  put32(out, dataBytes);
  for (const std::int16_t s : w.samples)
    put16(out, static_cast<std::uint16_t>(s));
  writeFileAtomic(path, out);
}

} // namespace twb
