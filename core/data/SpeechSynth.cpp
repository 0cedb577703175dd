// espeak-ng through its C API in synchronous mode (speak_lib.h: espeak_Initialize with
// AUDIO_OUTPUT_SYNCHRONOUS, a callback that collects the 16-bit samples, espeak_Synth),
// and Flite (flite.h: flite_init, a voice's register_cmu_us_* function,
// flite_text_to_wave). Both draw noise from the C library's rand(), so srand() runs
// before each call.
//
// espeak-ng also carries state from one utterance to the next that no call resets
// (wavegen.c's pitch-flutter phase, a function-local static, and the waveform
// phase): the same word with the same settings came out different after other words
// had been spoken, so an utterance could not be made again from its seed alone. Each
// espeak-ng utterance is therefore synthesised in a fork()ed copy of this process,
// which starts from the state after espeak_Initialize (this process never
// synthesises with espeak-ng itself, nor chooses a voice: espeakHasVoice) and sends
// the samples back through a pipe. The
// copies also run side by side. Flite has no such state (checked: the same call gives
// the same samples after any other), so it runs here, one call at a time.
#include "data/SpeechSynth.h"

#include "base/Errors.h"

#include <espeak-ng/speak_lib.h>
extern "C" {
#include <flite/flite.h>
#include <flite/flite_version.h>
cst_voice* register_cmu_us_kal16(const char* voxdir);
cst_voice* register_cmu_us_slt(const char* voxdir);
cst_voice* register_cmu_us_awb(const char* voxdir);
cst_voice* register_cmu_us_rms(const char* voxdir);
}

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>

namespace twb {

namespace {

std::mutex& synthMutex() {
  static std::mutex m;
  return m;
}

// Flite's voices, each a recorded speaker: kal16 (diphone, male), slt (female, US),
// awb (male, Scottish), rms (male, US); the last three are clustergen voices.
using FliteRegister = cst_voice* (*)(const char*);
const std::map<std::string, FliteRegister>& fliteVoices() {
  static const std::map<std::string, FliteRegister> voices{{"kal16", register_cmu_us_kal16},
                                                           {"slt", register_cmu_us_slt},
                                                           {"awb", register_cmu_us_awb},
                                                           {"rms", register_cmu_us_rms}};
  return voices;
}

// The collecting callback: espeak calls it from espeak_Synth, on the caller's thread.
std::vector<std::int16_t>* espeakSink = nullptr;
int collectSamples(short* wav, int count, espeak_EVENT*) {
  if (wav && count > 0 && espeakSink)
    espeakSink->insert(espeakSink->end(), wav, wav + count);
  return 0; // continue
}

// Holds synthMutex(). The sample rate espeak-ng synthesises at (22,050 Hz).
int espeakRate() {
  static int rate = 0;
  if (rate == 0) {
    rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, 0);
    if (rate <= 0)
      throw InputError(Message::text(
          TWB_TR("twb", "spoken-digits: espeak-ng cannot start; its voices come with Debian's espeak-ng-data package")));
    espeak_SetSynthCallback(collectSamples);
  }
  return rate;
}

// Holds synthMutex(). Registered once: a Flite voice is a large constant table.
cst_voice* fliteVoice(const std::string& name) {
  static std::map<std::string, cst_voice*> registered;
  if (registered.empty())
    flite_init();
  auto& voice = registered[name];
  if (!voice)
    voice = fliteVoices().at(name)(nullptr);
  return voice;
}

bool espeakHasVariant(const std::string& variant) {
  espeak_VOICE select{};
  select.languages = "variant";
  for (const espeak_VOICE** v = espeak_ListVoices(&select); v && *v; ++v)
    if ((*v)->identifier && std::string((*v)->identifier) == "!v/" + variant)
      return true;
  return false;
}

// Whether espeak-ng has `name` ("de+m3"), asked in a fork()ed copy as synthesis is:
// this process keeps espeak-ng as espeak_Initialize left it. Choosing voices here
// (espeak_SetVoiceByName, espeak_ListVoices) left state that the synthesising copies
// inherited: German words ("null", "neun") came out different after a test had
// checked other voices (tst_speech's aLanguageIsADataset). Answers are kept.
bool espeakHasVoice(const std::string& name) {
  static std::map<std::string, bool> known;
  std::lock_guard<std::mutex> lock(synthMutex());
  espeakRate();
  if (const auto it = known.find(name); it != known.end())
    return it->second;
  // Forked with the lock held, for the reason espeakInFreshState gives.
  const pid_t pid = ::fork();
  if (pid == 0) {
    const auto plus = name.find('+');
    // espeak accepts an unknown variant silently and speaks the plain voice: check it.
    const bool ok = espeak_SetVoiceByName(name.substr(0, plus).c_str()) == EE_OK &&
                    (plus == std::string::npos || espeakHasVariant(name.substr(plus + 1)));
    ::_exit(ok ? 0 : 1);
  }
  int status = 0;
  while (pid > 0 && ::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  const bool ok = pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
  if (pid > 0)
    known[name] = ok; // a failed fork is not an answer
  return ok;
}

std::vector<std::string> fliteNames() {
  std::vector<std::string> names;
  for (const auto& [name, reg] : fliteVoices())
    names.push_back(name);
  return names;
}


// In the forked child: speak, write the sample count and the samples to `fd`, and
// leave without running this process's exit handlers.
[[noreturn]] void speakInChild(int fd, const std::string& voice, const std::string& text, const SynthSettings& s) {
  std::vector<std::int16_t> samples;
  std::srand(s.noiseSeed);
  bool ok = espeak_SetVoiceByName(voice.c_str()) == EE_OK;
  espeak_SetParameter(espeakRATE, static_cast<int>(std::lround(espeakRATE_NORMAL * s.rate)), 0);
  espeak_SetParameter(espeakPITCH, std::clamp(static_cast<int>(std::lround(50 * s.pitch)), 0, 100), 0);
  espeak_SetParameter(espeakVOLUME, 100, 0);
  espeakSink = &samples;
  ok = ok && espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr) ==
                 EE_OK;
  const auto count = static_cast<std::uint64_t>(samples.size());
  const char* p = reinterpret_cast<const char*>(&count);
  std::string out(p, p + sizeof count);
  out.append(reinterpret_cast<const char*>(samples.data()), samples.size() * sizeof(std::int16_t));
  for (std::size_t done = 0; ok && done < out.size();) {
    const ssize_t n = ::write(fd, out.data() + done, out.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    ok = n > 0;
    done += n > 0 ? static_cast<std::size_t>(n) : 0;
  }
  ::_exit(ok ? 0 : 1);
}

Waveform espeakInFreshState(const SpeechVoice& voice, const std::string& text, const SynthSettings& settings) {
  int rate = 0;
  {
    std::lock_guard<std::mutex> lock(synthMutex());
    rate = espeakRate(); // initialised here once, so every copy starts initialised
  }
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0)
    throw RunError(Message::text(TWB_TR("twb", "spoken-digits: cannot start espeak-ng (no pipe: %1)"),
                                 {std::string(std::strerror(errno))}));
  pid_t pid = -1;
  {
    // Forked with the synthesisers' lock held, so that no Flite call (each holds it) is
    // inside the C library's random() at that moment: the copy would inherit random()'s
    // lock held by a thread it does not have and wait for it in srand() forever (the
    // window hung so, loading espeak-ng and Flite voices side by side).
    std::lock_guard<std::mutex> lock(synthMutex());
    pid = ::fork();
  }
  if (pid == 0) {
    ::close(fds[0]);
    speakInChild(fds[1], voice.name, text, settings);
  }
  ::close(fds[1]);
  std::string in;
  char buffer[65536];
  for (;;) {
    const ssize_t n = pid > 0 ? ::read(fds[0], buffer, sizeof buffer) : 0;
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    in.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  int status = 0;
  while (pid > 0 && ::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  std::uint64_t count = 0;
  if (in.size() >= sizeof count)
    std::memcpy(&count, in.data(), sizeof count);
  if (pid <= 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0 || count == 0 ||
      in.size() != sizeof count + count * sizeof(std::int16_t))
    throw RunError(Message::text(TWB_TR("twb", "spoken-digits: espeak-ng could not speak '%1' with voice '%2'"),
                                 {text, voice.name}));
  Waveform w;
  w.sampleRate = rate;
  w.samples.resize(static_cast<std::size_t>(count));
  std::memcpy(w.samples.data(), in.data() + sizeof count, w.samples.size() * sizeof(std::int16_t));
  return w;
}

} // namespace

SpeechVoice parseSpeechVoice(const std::string& text) {
  SpeechVoice v;
  const auto colon = text.find(':');
  const std::string engine = colon == std::string::npos ? "" : text.substr(0, colon);
  v.name = colon == std::string::npos ? text : text.substr(colon + 1);
  if (engine == "flite") {
    v.engine = SpeechVoice::Engine::Flite;
    if (!fliteVoices().count(v.name))
      throw InputError(Message::text(TWB_TR("twb", "spoken-digits: no Flite voice '%1'; Flite has %2"),
                                     {v.name, listMessage(fliteNames())}));
    return v;
  }
  if (engine != "espeak" || v.name.empty())
    throw InputError(Message::text(
        TWB_TR("twb", "spoken-digits: voice '%1' should be espeak:VOICE (e.g. %2) or flite:VOICE (e.g. %3)"),
        {text, "espeak:en-us+m3", "flite:slt"}));
  if (!espeakHasVoice(v.name))
    throw InputError(Message::text(
        TWB_TR("twb", "spoken-digits: espeak-ng has no voice '%1' (`espeak-ng --voices=en` lists them; variants "
                      "such as +m3 or +f2 follow the language)"),
        {v.name}));
  return v;
}

Waveform synthesise(const SpeechVoice& voice, const std::string& text, const SynthSettings& settings) {
  if (voice.engine == SpeechVoice::Engine::Espeak)
    return espeakInFreshState(voice, text, settings);
  std::lock_guard<std::mutex> lock(synthMutex());
  std::srand(settings.noiseSeed);
  Waveform w;
  cst_voice* v = fliteVoice(voice.name);
  // duration_stretch scales every segment's duration: > 1 is slower.
  feat_set_float(v->features, "duration_stretch", static_cast<float>(1.0 / settings.rate));
  cst_wave* wave = flite_text_to_wave(text.c_str(), v);
  if (!wave || wave->num_samples <= 0) {
    if (wave)
      delete_wave(wave);
    throw RunError(Message::text(TWB_TR("twb", "spoken-digits: Flite could not speak '%1' with voice '%2'"),
                                 {text, voice.name}));
  }
  w.sampleRate = wave->sample_rate;
  const int channels = std::max(1, wave->num_channels);
  w.samples.resize(static_cast<std::size_t>(wave->num_samples));
  for (int i = 0; i < wave->num_samples; ++i)
    w.samples[static_cast<std::size_t>(i)] = wave->samples[i * channels];
  delete_wave(wave);
  return w;
}

std::string espeakEnglishDictionary() {
  std::lock_guard<std::mutex> lock(synthMutex());
  const char* path = nullptr;
  try {
    espeakRate(); // the data path is known once initialised
  } catch (const InputError&) {
    return "/usr/lib/x86_64-linux-gnu/espeak-ng-data/en_dict"; // where Debian puts it, to name what is missing
  }
  espeak_Info(&path);
  return std::string(path ? path : "/usr/lib/x86_64-linux-gnu/espeak-ng-data") + "/en_dict";
}

std::string speechSynthVersions() {
  const char* path = nullptr;
  const char* espeakVersion = espeak_Info(&path);
  return std::string("espeak-ng ") + (espeakVersion ? espeakVersion : "?") + ", flite " + FLITE_PROJECT_VERSION;
}

} // namespace twb
