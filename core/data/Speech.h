#pragma once
// Speech for the `spoken-digits` domain and for `folder:` of WAV files (issue #22):
// waveforms, WAV files, and the log-mel spectrogram image every utterance becomes.
// Plain C++ (no torch, no Qt), so that the window can fetch an utterance's audio and
// play it (the Datasets panel), and `twb` can write it to a file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace twb {

// Mono 16-bit PCM.
struct Waveform {
  std::vector<std::int16_t> samples;
  int sampleRate = 0;
  double seconds() const { return sampleRate > 0 ? static_cast<double>(samples.size()) / sampleRate : 0.0; }
};

// The spectrogram settings (docs/datasets.md "spoken-digits"): every waveform is
// resampled to kSpeechRate and cut or padded to kSpeechSamples (one second), then a
// 25 ms Hann window every 10 ms, zero-padded to a 512-point DFT; 28 mel bands from 50
// to 7,600 Hz; the power of each band averaged over groups of frames into 28 columns;
// 10*log10, and the top 80 dB mapped onto 0..255 (quieter is 0). Low frequencies are
// at the bottom row, time runs left to right, as spectrograms are usually drawn.
constexpr int kSpeechRate = 16000;
constexpr int kSpeechSamples = kSpeechRate;
constexpr int kSpeechWindow = 400;
constexpr int kSpeechHop = 160;
constexpr int kSpeechFft = 512;
constexpr int kSpeechMels = 28;
constexpr double kSpeechMelLow = 50.0;
constexpr double kSpeechMelHigh = 7600.0;
constexpr double kSpeechDynamicRangeDb = 80.0;

// The 28x28 grey spectrogram image (row-major, 784 bytes) of `w`, at any rate.
std::vector<std::uint8_t> speechSpectrogram(const Waveform& w);

// `w` at `rate` (a windowed-sinc resampler that low-passes below both Nyquist rates).
Waveform resampleWaveform(const Waveform& w, int rate);

// `w` without its leading and trailing silence: samples below 5% of the peak (and
// below 100) are cut, keeping 20 ms on each side for the soft onset and release.
Waveform trimSilence(const Waveform& w);

// Reads a RIFF/WAVE file of 16-bit PCM, mono or stereo (averaged to mono), any rate.
// Throws InputError naming `path` and its problem (unreadable, empty, not WAV, a sample
// format other than 16-bit PCM).
Waveform readWav(const std::string& path);
// The same, returning the problem in English instead of throwing ("" when read).
std::string readWav(const std::string& path, Waveform& out);

// Writes `w` as a mono 16-bit PCM WAV file, whole or not at all (temporary file, then
// rename). Throws RunError naming `path`.
void writeWav(const std::string& path, const Waveform& w);

// The waveform behind item `index` of `spec`'s train (or test) split, as loadDataset(
// spec, seed) orders it: what the window plays when a spectrogram is clicked. It is
// synthesised again from the seed (a few milliseconds), at kSpeechRate and exactly
// one second long, so it is the audio the spectrogram was computed from. `spec` is a
// spoken-digits spec; InputError for any other, or an index past the split's end.
Waveform spokenDigitsWaveform(const std::string& spec, std::uint64_t seed, bool test, std::size_t index);

// The voices of a spoken-digits spec, as "espeak:en-us+m3" or "flite:slt", in dataset
// order (each voice's utterances are one block of each split).
std::vector<std::string> spokenDigitsVoices(const std::string& spec);

// The languages spoken-digits:lang=LANG takes ("de", "fi", ...): those whose number
// words an espeak-ng voice of the language says instead of "zero".."nine".
std::vector<std::string> spokenDigitsLanguages();

// Whether `spec` names the spoken-digits domain (spoken-digits, spoken-digits-a/-b,
// spoken-digits:voices=..., spoken-digits:lang=LANG or spoken-digits:speakers=a|b).
bool isSpokenDigitsSpec(const std::string& spec);

} // namespace twb
