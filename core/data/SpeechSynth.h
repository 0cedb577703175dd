#pragma once
// The two speech synthesisers Debian ships as libraries, behind one call: espeak-ng
// (libespeak-ng, formant synthesis; voices are languages plus variants such as
// "en-us+m3") and CMU Flite (flite1-dev; each voice is a different recorded speaker:
// kal16, slt, awb, rms). Internal to core's data layer.
#include "data/Speech.h"

#include <cstdint>
#include <string>

namespace twb {

struct SpeechVoice {
  enum class Engine { Espeak, Flite } engine = Engine::Espeak;
  std::string name; // "en-us+m3" for espeak, "slt" for flite
  // "espeak:en-us+m3", as specs write it.
  std::string spec() const { return (engine == Engine::Espeak ? "espeak:" : "flite:") + name; }
};

// "espeak:NAME" or "flite:NAME", checked against the installed voices; InputError
// naming the voice and what is installed otherwise.
SpeechVoice parseSpeechVoice(const std::string& text);

struct SynthSettings {
  double rate = 1.0;  // speaking rate, 1 = the voice's own
  double pitch = 1.0; // espeak only: pitch as a factor of its default (flite's
                      // clustergen voices take no pitch setting)
  std::uint32_t noiseSeed = 1; // both libraries draw excitation noise from rand()
};

// One utterance of `text`, at the synthesiser's own rate: the same settings give the
// same samples, whatever was synthesised before (SpeechSynth.cpp says how). Safe to
// call from several threads; Flite calls take turns.
Waveform synthesise(const SpeechVoice& voice, const std::string& text, const SynthSettings& settings);

// The English dictionary espeak-ng reads its voices with (in espeak-ng-data).
std::string espeakEnglishDictionary();

// The synthesisers' versions, for the cache key (another version speaks differently).
std::string speechSynthVersions();

} // namespace twb
