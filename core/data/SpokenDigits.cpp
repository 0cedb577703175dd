// spoken-digits: the words "zero" to "nine" synthesised by espeak-ng and Flite, each
// utterance a log-mel spectrogram (data/Speech.h). Speakers are domains: a spec picks
// the voices, so source and target can be different speakers of the same ten words.
// An espeak-ng voice of a language with number words below says them, so that
// spoken-digits:lang=LANG is the same ten classes in another language (a task each in
// the multitask family spoken_languages).
//
// Per voice and word: kBases synthesiser calls with seeded rate and pitch, each
// varied kVariations times by seeded speed (resampling, which moves pitch too, the
// "speed perturbation" of Ko et al. 2015), level, a time shift and low white noise.
// The split is by synthesiser call: the variations of one call are all in train or
// all in test, so the test split holds no near-copy of a training utterance. Each
// voice is generated and cached on its own, so specs sharing a voice share its cache.
#include "data/Builtins.h"
#include "data/Speech.h"

#include "base/EmbeddedResources.h"
#include "base/Errors.h"
#include "base/Random.h"
#include "data/DatasetCache.h"
#include "data/SpeechSynth.h"
#include "data/SynthRandom.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cmath>
#include <chrono>
#include <cstdio>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

namespace twb {

namespace {

constexpr int kWords = 10;
constexpr int kBases = 25;     // synthesiser calls per voice and word
constexpr int kTestBases = 5;  // of which this many are the test split's (20%)
constexpr int kVariations = 4; // utterances per call
constexpr int kTrainPerVoice = kWords * (kBases - kTestBases) * kVariations; // 800
constexpr int kTestPerVoice = kWords * kTestBases * kVariations;             // 200


// Every voice of the built-in, and the default speaker pair: a source of espeak-ng's
// formant voices and a target of Flite's recorded speakers (docs/datasets.md).
const std::vector<std::string> kAllVoices{"espeak:en-us+m3", "espeak:en+f2",  "espeak:en+m1",
                                          "espeak:en-us+f4", "espeak:en+m7",  "flite:kal16",
                                          "flite:slt",       "flite:awb",     "flite:rms"};
const std::vector<std::string> kSpeakersA{"espeak:en-us+m3", "espeak:en+f2", "espeak:en+m1"};
const std::vector<std::string> kSpeakersB{"flite:slt", "flite:awb", "flite:rms"};

// spoken-digits:lang=LANG: the ten digits in one language, for the multilingual
// multitask family (Huang et al. 2013, "Cross-language knowledge transfer using
// multilingual deep neural network with shared hidden layers", ICASSP: one trunk,
// a head per language). Each language's number words, written out: espeak-ng reads
// them with the language's own dictionary (checked with espeak_TextToPhonemes: de
// nUl aIns tsvaI ..., fi nolla yksI ... kahdeksan). Not the numerals "0".."9", which
// espeak-ng also reads in the voice's language: its number reading came out
// different in one process than in another (German 0 and 9, "null" and "neun", in a
// test that had synthesised other voices first), so an utterance was not made again
// from its seed alone; the written words were. cmn and ja are left out: their
// voices read neither numerals nor words as number words here.
const std::map<std::string, std::array<const char*, 10>> kNumberWords{
    {"de", {"null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"}},
    {"en", {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}},
    {"es", {"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"}},
    {"fi", {"nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"}},
    {"fr", {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"}},
    {"hu", {"nulla", "egy", "kettő", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc"}},
    {"it", {"zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"}},
    {"sw", {"sifuri", "moja", "mbili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa"}},
    {"tr", {"sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"}}};
// Each language is spoken by three variants, the same three as spoken-digits-a, so
// every language has some speaker variety and no language has a voice the others lack.
const std::vector<std::string> kLanguageVariants{"m3", "f2", "m1"};

std::uint64_t fnv1a(const std::string& s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (const unsigned char c : s)
    h = (h ^ c) * 1099511628211ULL;
  return h;
}

// One utterance's place: which call of which word, and which variation of it.
struct UtteranceKey {
  int word = 0;
  int base = 0;
  int variation = 0;
};

// The utterances of one voice's train (or test) split, in dataset order.
std::vector<UtteranceKey> voicePlan(const std::string& voice, std::uint64_t seed, bool test) {
  std::vector<UtteranceKey> plan;
  for (int word = 0; word < kWords; ++word) {
    std::vector<std::size_t> bases(kBases);
    for (std::size_t b = 0; b < bases.size(); ++b)
      bases[b] = b;
    seededShuffle(bases, mixSeed(seed ^ fnv1a(voice), 700 + static_cast<std::uint64_t>(word)));
    std::vector<bool> inTest(kBases, false);
    for (int k = 0; k < kTestBases; ++k)
      inTest[bases[static_cast<std::size_t>(k)]] = true;
    for (int b = 0; b < kBases; ++b)
      if (inTest[static_cast<std::size_t>(b)] == test)
        for (int v = 0; v < kVariations; ++v)
          plan.push_back({word, b, v});
  }
  return plan;
}

// What a voice says for `word`: an espeak-ng voice of a language in kNumberWords that
// language's word; every other voice (Flite, English only, and espeak-ng's other
// languages) the English word, as all voices did before languages came.
std::string wordText(const SpeechVoice& voice, int word) {
  const std::string language = voice.name.substr(0, voice.name.find('+'));
  const auto words = kNumberWords.find(language);
  const bool own = voice.engine == SpeechVoice::Engine::Espeak && words != kNumberWords.end();
  return (own ? words->second : kNumberWords.at("en"))[static_cast<std::size_t>(word)];
}

// The synthesiser's output for one call, at kSpeechRate, without its leading and
// trailing silence (Flite leaves about 0.2 s on each side).
Waveform baseUtterance(const SpeechVoice& voice, int word, int base, std::uint64_t seed) {
  SynthRandom r(mixSeed(seed ^ fnv1a(voice.spec()), static_cast<std::uint64_t>(word * 1000 + base)));
  SynthSettings s;
  s.rate = r.uniform(0.8, 1.25);
  s.pitch = r.uniform(0.7, 1.3);
  s.noiseSeed = static_cast<std::uint32_t>(r.integer(1, 1 << 30));
  return trimSilence(resampleWaveform(synthesise(voice, wordText(voice, word), s), kSpeechRate));
}

// One second at kSpeechRate: `base` sped up or slowed down, scaled, shifted, noised.
Waveform variation(const Waveform& base, const std::string& voice, const UtteranceKey& k, std::uint64_t seed) {
  SynthRandom r(mixSeed(seed ^ fnv1a(voice),
                        static_cast<std::uint64_t>(100000 + k.word * 1000 + k.base * 10 + k.variation)));
  const double speed = r.uniform(0.92, 1.08);
  const double level = r.uniform(0.2, 0.9);      // peak, as a fraction of full scale
  const double shift = r.uniform(-0.08, 0.08);   // seconds from the centre
  const double noise = r.uniform(0.001, 0.006);  // white noise sd, fraction of full scale (-60 to -44 dBFS)
  Waveform fast = resampleWaveform({base.samples, static_cast<int>(std::lround(kSpeechRate * speed))}, kSpeechRate);
  int peak = 1;
  for (const auto x : fast.samples)
    peak = std::max(peak, std::abs(static_cast<int>(x)));
  const double gain = level * 32767.0 / peak;
  const auto n = static_cast<std::ptrdiff_t>(fast.samples.size());
  std::ptrdiff_t start = (kSpeechSamples - n) / 2 + static_cast<std::ptrdiff_t>(std::lround(shift * kSpeechRate));
  if (n <= kSpeechSamples)
    start = std::clamp<std::ptrdiff_t>(start, 0, kSpeechSamples - n);
  else
    start = (kSpeechSamples - n) / 2; // longer than a second (rare, slow speech): keep the middle
  Waveform out;
  out.sampleRate = kSpeechRate;
  out.samples.resize(kSpeechSamples);
  for (std::ptrdiff_t i = 0; i < kSpeechSamples; ++i) {
    double v = r.normal(noise * 32767.0);
    const std::ptrdiff_t j = i - start;
    if (j >= 0 && j < n)
      v += gain * fast.samples[static_cast<std::size_t>(j)];
    out.samples[static_cast<std::size_t>(i)] = static_cast<std::int16_t>(std::clamp(std::lround(v), -32768L, 32767L));
  }
  return out;
}

std::vector<std::string> splitList(const std::string& s) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from <= s.size()) {
    const auto comma = s.find(',', from);
    const std::string item = s.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
    if (!item.empty())
      out.push_back(item);
    if (comma == std::string::npos)
      break;
    from = comma + 1;
  }
  return out;
}

// The voices a spoken-digits spec names (checked: InputError naming what is wrong).
std::vector<SpeechVoice> specVoices(const std::string& spec) {
  std::vector<std::string> names;
  if (spec == "spoken-digits")
    names = kAllVoices;
  else if (spec == "spoken-digits-a" || spec == "spoken-digits:speakers=a")
    names = kSpeakersA;
  else if (spec == "spoken-digits-b" || spec == "spoken-digits:speakers=b")
    names = kSpeakersB;
  else if (spec.rfind("spoken-digits:voices=", 0) == 0)
    names = splitList(spec.substr(21));
  else if (spec.rfind("spoken-digits:lang=", 0) == 0) {
    const std::string language = spec.substr(19);
    if (!kNumberWords.count(language))
      throw InputError(Message::text(
          TWB_TR("twb", "%1: no language '%2'; spoken-digits:lang= takes one of %3 (languages whose espeak-ng "
                        "voices say the ten digits as number words)"),
          {spec, language, listMessage(spokenDigitsLanguages())}));
    for (const auto& variant : kLanguageVariants)
      names.push_back("espeak:" + language + "+" + variant);
  } else
    throw InputError(Message::text(
        TWB_TR("twb", "'%1' is not a spoken-digits spec; expected spoken-digits, spoken-digits-a, spoken-digits-b, "
                      "spoken-digits:speakers=a|b, spoken-digits:lang=LANG (e.g. %2) or "
                      "spoken-digits:voices=VOICE,VOICE (e.g. %3)"),
        {spec, "spoken-digits:lang=de", "spoken-digits:voices=espeak:en-us+m3,flite:slt"}));
  if (names.empty())
    throw InputError(Message::text(TWB_TR("twb", "%1: names no voice"), {spec}));
  std::vector<SpeechVoice> voices;
  for (const auto& n : names) {
    voices.push_back(parseSpeechVoice(n));
    for (std::size_t i = 0; i + 1 < voices.size(); ++i)
      if (voices[i].spec() == voices.back().spec())
        throw InputError(Message::text(TWB_TR("twb", "%1: voice %2 is named twice"), {spec, n}));
  }
  return voices;
}

std::vector<std::string> classNames() {
  std::vector<std::string> names;
  for (int c = 0; c < kWords; ++c)
    names.push_back(std::to_string(c)); // the same names, in the same order, as `digits`
  return names;
}

// One voice's utterances, on all cores: each job is one synthesiser call and its
// variations (espeak-ng's calls run side by side in their own processes, Flite's take
// turns, see SpeechSynth.cpp; resampling and spectrograms run side by side).
Dataset generateVoice(const SpeechVoice& voice, std::uint64_t seed, const LoadOptions& options, double from,
                      double to) {
  const std::string name = voice.spec();
  const std::vector<UtteranceKey> plans[2] = {voicePlan(name, seed, false), voicePlan(name, seed, true)};
  Dataset d;
  d.name = "spoken-digits:voices=" + name;
  d.classNames = classNames();
  for (ImageSet* s : {&d.train, &d.test}) {
    s->width = s->height = 28;
    s->channels = 1;
  }
  d.train.pixels.resize(plans[0].size() * 28 * 28);
  d.test.pixels.resize(plans[1].size() * 28 * 28);
  for (int split = 0; split < 2; ++split)
    for (const auto& k : plans[split])
      (split ? d.test : d.train).labels.push_back(k.word);

  // Where each (word, base)'s variations go: split and position.
  struct Slot {
    int split = 0;
    std::size_t index = 0;
  };
  std::vector<std::vector<Slot>> slots(kWords * kBases);
  for (int split = 0; split < 2; ++split)
    for (std::size_t i = 0; i < plans[split].size(); ++i) {
      const auto& k = plans[split][i];
      slots[static_cast<std::size_t>(k.word * kBases + k.base)].push_back({split, i});
    }
  std::atomic<std::size_t> next{0}, done{0};
  std::atomic<bool> stop{false};
  std::exception_ptr failure;
  std::mutex failureMutex;
  auto worker = [&] {
    try {
      for (std::size_t job = next++; job < slots.size() && !stop; job = next++) {
        const int word = static_cast<int>(job) / kBases, base = static_cast<int>(job) % kBases;
        const Waveform b = baseUtterance(voice, word, base, seed);
        for (const Slot& slot : slots[job]) {
          const UtteranceKey& k = plans[slot.split][slot.index];
          const auto image = speechSpectrogram(variation(b, name, k, seed));
          ImageSet& s = slot.split ? d.test : d.train;
          std::copy(image.begin(), image.end(), s.pixels.begin() + static_cast<std::ptrdiff_t>(slot.index * 28 * 28));
        }
        ++done;
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(failureMutex);
      failure = std::current_exception();
      stop = true;
    }
  };
  const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t)
    pool.emplace_back(worker);
  // The calling thread reports progress and watches for cancelling, as Folder.cpp does.
  while (done.load() < slots.size() && !stop.load()) {
    if (options.progress)
      options.progress(from + (to - from) * static_cast<double>(done.load()) / static_cast<double>(slots.size()));
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (options.cancel && options.cancel->load())
      stop = true;
  }
  for (auto& t : pool)
    t.join();
  if (failure)
    std::rethrow_exception(failure);
  if (options.cancel && options.cancel->load())
    throw Cancelled();
  d.origin = "synthesised with " + speechSynthVersions();
  d.report.loaded = d.train.size() + d.test.size();
  return d;
}

// Cache entries are per voice and seed; their name carries the speech generator's own
// fingerprint (the code above, cmake/EmbedResources.cmake) and the synthesisers'
// versions, so a new generator or a new espeak-ng or Flite makes a new entry.
std::string voiceCacheName(const SpeechVoice& voice) {
  std::string id;
  for (const char c : voice.spec())
    id += (std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-') ? c : '_';
  const auto version = fnv1a(std::string(embedded::kSpeechGeneratorHash) + speechSynthVersions());
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(version));
  return "spoken-digits_" + id + "_" + std::string(hex, 8);
}

void appendSet(ImageSet& to, const ImageSet& from) {
  to.width = from.width;
  to.height = from.height;
  to.channels = from.channels;
  to.pixels.insert(to.pixels.end(), from.pixels.begin(), from.pixels.end());
  to.labels.insert(to.labels.end(), from.labels.begin(), from.labels.end());
}

} // namespace

bool isSpokenDigitsSpec(const std::string& spec) {
  return spec == "spoken-digits" || spec == "spoken-digits-a" || spec == "spoken-digits-b" ||
         spec.rfind("spoken-digits:", 0) == 0;
}

Dataset generateSpokenDigits(const std::string& spec, std::uint64_t seed, const LoadOptions& options) {
  const std::vector<SpeechVoice> voices = specVoices(spec);
  Dataset d;
  d.name = spec;
  d.classNames = classNames();
  std::string names;
  std::size_t fromCache = 0;
  for (std::size_t v = 0; v < voices.size(); ++v) {
    const double from = static_cast<double>(v) / voices.size(), to = static_cast<double>(v + 1) / voices.size();
    const Dataset one = cachedOrGenerated(voiceCacheName(voices[v]), seed,
                                          [&] { return generateVoice(voices[v], seed, options, from, to); });
    appendSet(d.train, one.train);
    appendSet(d.test, one.test);
    for (const auto& note : one.report.notes)
      fromCache += note.rfind("from the cache", 0) == 0;
    if (options.progress)
      options.progress(to);
    names += (names.empty() ? "" : ", ") + voices[v].spec();
  }
  d.origin = "synthesised with " + speechSynthVersions() + " (Debian packages libespeak-ng1, espeak-ng-data, " +
             "flite); voices " + names;
  d.report.loaded = d.train.size() + d.test.size();
  d.report.notes.push_back(std::to_string(voices.size()) + " voices (" + names + "), " + std::to_string(fromCache) +
                           " from the cache in " + datasetCacheDir());
  return d;
}

std::vector<std::string> spokenDigitsLanguages() {
  std::vector<std::string> out;
  for (const auto& [language, words] : kNumberWords)
    out.push_back(language);
  return out;
}

std::vector<std::string> spokenDigitsVoices(const std::string& spec) {
  std::vector<std::string> out;
  for (const auto& v : specVoices(spec))
    out.push_back(v.spec());
  return out;
}

Waveform spokenDigitsWaveform(const std::string& spec, std::uint64_t seed, bool test, std::size_t index) {
  const std::vector<SpeechVoice> voices = specVoices(spec);
  const std::size_t perVoice = test ? kTestPerVoice : kTrainPerVoice;
  if (index >= perVoice * voices.size())
    throw InputError(Message::text(TWB_TR("twb", "%1: no item %2 in its %3 split, which has %4"),
                                   {spec, std::to_string(index), test ? "test" : "train",
                                    std::to_string(perVoice * voices.size())}));
  const SpeechVoice& voice = voices[index / perVoice];
  const UtteranceKey k = voicePlan(voice.spec(), seed, test)[index % perVoice];
  return variation(baseUtterance(voice, k.word, k.base, seed), voice.spec(), k, seed);
}

int spokenDigitsPerVoice(bool test) { return test ? kTestPerVoice : kTrainPerVoice; }

} // namespace twb
