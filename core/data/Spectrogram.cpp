// Resampling and the log-mel spectrogram image (settings in data/Speech.h and
// docs/datasets.md). The features follow the usual speech front end (e.g. Davis &
// Mermelstein 1980; the HTK book's mel scale, mel = 2595 log10(1 + f/700)): short
// Hann-windowed frames, the power spectrum, triangular filters equally spaced in mel,
// the logarithm. Our own code over OpenCV's DFT, so the window, the filters and the
// scaling are ours to document.
#include "data/Speech.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace twb {

namespace {

double hzToMel(double hz) { return 2595.0 * std::log10(1.0 + hz / 700.0); }
double melToHz(double mel) { return 700.0 * (std::pow(10.0, mel / 2595.0) - 1.0); }

// [kSpeechMels x (kSpeechFft/2 + 1)] triangular weights, band 0 the lowest.
const cv::Mat& melFilterbank() {
  static const cv::Mat bank = [] {
    constexpr int bins = kSpeechFft / 2 + 1;
    cv::Mat m = cv::Mat::zeros(kSpeechMels, bins, CV_32F);
    const double lo = hzToMel(kSpeechMelLow), hi = hzToMel(kSpeechMelHigh);
    std::vector<double> edges(kSpeechMels + 2);
    for (int i = 0; i < kSpeechMels + 2; ++i)
      edges[static_cast<std::size_t>(i)] = melToHz(lo + (hi - lo) * i / (kSpeechMels + 1));
    for (int b = 0; b < kSpeechMels; ++b) {
      const double left = edges[static_cast<std::size_t>(b)], centre = edges[static_cast<std::size_t>(b) + 1],
                   right = edges[static_cast<std::size_t>(b) + 2];
      for (int k = 0; k < bins; ++k) {
        const double f = static_cast<double>(k) * kSpeechRate / kSpeechFft;
        const double w = f <= centre ? (f - left) / (centre - left) : (right - f) / (right - centre);
        if (w > 0)
          m.at<float>(b, k) = static_cast<float>(w);
      }
    }
    return m;
  }();
  return bank;
}

const std::vector<float>& hannWindow() {
  static const std::vector<float> window = [] {
    std::vector<float> w(kSpeechWindow);
    for (int i = 0; i < kSpeechWindow; ++i) // the periodic Hann window (as for spectral analysis)
      w[static_cast<std::size_t>(i)] = static_cast<float>(0.5 - 0.5 * std::cos(2.0 * M_PI * i / kSpeechWindow));
    return w;
  }();
  return window;
}

// Exactly kSpeechSamples at kSpeechRate: resampled, then centred (cut or zero-padded
// equally on both sides).
std::vector<float> oneSecond(const Waveform& w) {
  const Waveform at = w.sampleRate == kSpeechRate ? w : resampleWaveform(w, kSpeechRate);
  std::vector<float> out(kSpeechSamples, 0.0f);
  const auto n = static_cast<std::ptrdiff_t>(at.samples.size());
  const std::ptrdiff_t offset = (kSpeechSamples - n) / 2; // negative: cut
  for (std::ptrdiff_t i = 0; i < n; ++i) {
    const std::ptrdiff_t j = i + offset;
    if (j >= 0 && j < kSpeechSamples)
      out[static_cast<std::size_t>(j)] = at.samples[static_cast<std::size_t>(i)] / 32768.0f;
  }
  return out;
}

} // namespace

Waveform resampleWaveform(const Waveform& w, int rate) {
  if (w.sampleRate == rate || w.samples.empty() || w.sampleRate <= 0)
    return {w.samples, rate > 0 && !w.samples.empty() ? rate : w.sampleRate};
  // Windowed sinc (Smith, "Digital Audio Resampling"): output sample n sits at input
  // time t = n * in/out; it sums the inputs within kZeros zero-crossings of the
  // low-pass at `cutoff` (a fraction of the input Nyquist rate, below both rates'
  // Nyquist). The kernel comes from a table, interpolated linearly, so no sine is
  // computed per tap.
  constexpr int kZeros = 12;
  constexpr int kTableSteps = 256; // table entries per input sample
  const double ratio = static_cast<double>(rate) / w.sampleRate;
  const double cutoff = 0.95 * std::min(1.0, ratio);
  const double halfWidth = kZeros / cutoff; // in input samples
  const auto tableSize = static_cast<std::size_t>(std::ceil(halfWidth * kTableSteps)) + 2;
  std::vector<float> table(tableSize);
  for (std::size_t i = 0; i < tableSize; ++i) {
    const double x = static_cast<double>(i) / kTableSteps;
    const double sinc = x == 0 ? 1.0 : std::sin(M_PI * cutoff * x) / (M_PI * cutoff * x);
    const double window = x < halfWidth ? 0.5 + 0.5 * std::cos(M_PI * x / halfWidth) : 0.0; // Hann
    table[i] = static_cast<float>(cutoff * sinc * window);
  }
  const auto n = static_cast<std::ptrdiff_t>(w.samples.size());
  const auto outCount = static_cast<std::size_t>(std::llround(static_cast<double>(n) * ratio));
  Waveform out;
  out.sampleRate = rate;
  out.samples.resize(outCount);
  for (std::size_t k = 0; k < outCount; ++k) {
    const double t = static_cast<double>(k) / ratio;
    const auto first = std::max<std::ptrdiff_t>(0, static_cast<std::ptrdiff_t>(std::ceil(t - halfWidth)));
    const auto last = std::min<std::ptrdiff_t>(n - 1, static_cast<std::ptrdiff_t>(std::floor(t + halfWidth)));
    double sum = 0;
    for (std::ptrdiff_t i = first; i <= last; ++i) {
      const double pos = std::abs(t - static_cast<double>(i)) * kTableSteps;
      const auto j = static_cast<std::size_t>(pos);
      const double frac = pos - static_cast<double>(j);
      const double h = table[j] + frac * (table[j + 1] - table[j]);
      sum += h * w.samples[static_cast<std::size_t>(i)];
    }
    out.samples[k] = static_cast<std::int16_t>(std::clamp(std::lround(sum), -32768L, 32767L));
  }
  return out;
}

Waveform trimSilence(const Waveform& w) {
  int peak = 0;
  for (const auto x : w.samples)
    peak = std::max(peak, std::abs(static_cast<int>(x)));
  const int threshold = std::max(100, peak / 20);
  std::size_t first = 0, last = w.samples.size();
  while (first < last && std::abs(static_cast<int>(w.samples[first])) < threshold)
    ++first;
  while (last > first && std::abs(static_cast<int>(w.samples[last - 1])) < threshold)
    --last;
  if (first == last) // all below the threshold: nothing to cut around
    return w;
  const auto margin = static_cast<std::size_t>(w.sampleRate / 50);
  first = first > margin ? first - margin : 0;
  last = std::min(w.samples.size(), last + margin);
  return {std::vector<std::int16_t>(w.samples.begin() + static_cast<std::ptrdiff_t>(first),
                                    w.samples.begin() + static_cast<std::ptrdiff_t>(last)),
          w.sampleRate};
}

std::vector<std::uint8_t> speechSpectrogram(const Waveform& w) {
  const std::vector<float> x = oneSecond(w);
  constexpr int frames = 1 + (kSpeechSamples - kSpeechWindow) / kSpeechHop; // 98
  cv::Mat windowed = cv::Mat::zeros(frames, kSpeechFft, CV_32F);
  const auto& hann = hannWindow();
  for (int f = 0; f < frames; ++f) {
    float* row = windowed.ptr<float>(f);
    for (int i = 0; i < kSpeechWindow; ++i)
      row[i] = x[static_cast<std::size_t>(f * kSpeechHop + i)] * hann[static_cast<std::size_t>(i)];
  }
  cv::Mat spectrum;
  cv::dft(windowed, spectrum, cv::DFT_ROWS | cv::DFT_COMPLEX_OUTPUT);
  constexpr int bins = kSpeechFft / 2 + 1;
  cv::Mat power(frames, bins, CV_32F);
  for (int f = 0; f < frames; ++f) {
    const auto* c = spectrum.ptr<cv::Vec2f>(f);
    float* p = power.ptr<float>(f);
    for (int k = 0; k < bins; ++k)
      p[k] = c[k][0] * c[k][0] + c[k][1] * c[k][1];
  }
  cv::Mat mel; // [frames x mels]
  cv::gemm(power, melFilterbank(), 1.0, cv::noArray(), 0.0, mel, cv::GEMM_2_T);
  // 98 frames into 28 columns: area averaging pools the power of 3.5 frames each.
  cv::Mat pooled;
  cv::resize(mel, pooled, cv::Size(kSpeechMels, 28), 0, 0, cv::INTER_AREA);
  cv::Mat db(pooled.size(), CV_32F);
  double top = -1e30;
  for (int r = 0; r < db.rows; ++r)
    for (int c = 0; c < db.cols; ++c) {
      const float v = 10.0f * std::log10(pooled.at<float>(r, c) + 1e-10f);
      db.at<float>(r, c) = v;
      top = std::max(top, static_cast<double>(v));
    }
  // Image row 0 is the highest band; column t is time.
  std::vector<std::uint8_t> image(28 * 28);
  for (int t = 0; t < 28; ++t)
    for (int b = 0; b < kSpeechMels; ++b) {
      const double level = (db.at<float>(t, b) - (top - kSpeechDynamicRangeDb)) / kSpeechDynamicRangeDb;
      image[static_cast<std::size_t>((kSpeechMels - 1 - b) * 28 + t)] =
          static_cast<std::uint8_t>(std::clamp(std::lround(level * 255.0), 0L, 255L));
    }
  return image;
}

} // namespace twb
