// twb datasets: the built-in datasets, and one dataset's facts (twb datasets show).
#include "base/AtomicFolder.h"
#include "data/LoadDataset.h"
#include "cli/Args.h"
#include "cli/Commands.h"
#include "cli/Interrupt.h"

#include "data/DatasetCatalog.h"
#include "data/DatasetStats.h"
#include "data/Speech.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <system_error>

namespace twb::cli {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kDatasetsHelp = R"(usage: twb datasets [--json]
       twb datasets show SPEC [--grid OUT.png] [--wav DIR [--per-class N]] [--seed N] [--json]

Lists the built-in datasets: name, classes, train/test counts, image size,
channels, and the files each is made from, then the spec forms that take a
parameter (spoken-digits:lang=LANG and its languages).

'show' loads one dataset (a built-in name, folder:PATH or idx:PATH; for speech also
spoken-digits:lang=de, the ten digits in one language from three espeak-ng voices,
and spoken-digits:voices=espeak:en-us+m3,flite:slt, any espeak-ng voice and variant
or Flite's kal16, slt, awb and rms; a non-English espeak-ng voice says the digits in
its own language; a folder of WAV files) and prints its
statistics: counts per class, per-channel mean and standard deviation of pixel
values in [0, 1], and the load report (skipped files and why). --grid writes a PNG
of sample images, one row per class. --wav writes N utterances of each class of a
spoken-digits spec (default 3) as WAV files to hear, 16 kHz mono 16-bit, one
sub-folder per class (the folder: layout); DIR must be new or empty. --seed fixes the
split and generated images (default 1).
)";

namespace fs = std::filesystem;

// Ctrl+C during --wav: the files written so far are removed.
struct WavJob {
  std::atomic<bool> stop{false};
  void requestStop() { stop.store(true); }
};

// --wav DIR's folder, refused before anything is loaded: a spec without audio, or a
// DIR that holds something.
fs::path checkedWavDir(const std::string& spec, const std::string& dir) {
  if (!isSpokenDigitsSpec(spec))
    throw UsageError("twb datasets show: --wav needs a spoken-digits spec (spoken-digits, spoken-digits-a, "
                     "spoken-digits-b, spoken-digits:lang=LANG or spoken-digits:voices=...); '" +
                     spec + "' holds no audio");
  fs::path out(dir);
  if (out.filename().empty())
    out = out.parent_path(); // "DIR/"
  if (fs::exists(out) && !(fs::is_directory(out) && fs::is_empty(out)))
    throw UsageError("twb datasets show: --wav " + out.string() +
                     " exists and is not an empty folder; choose another (nothing was written)");
  return out;
}

// --wav DIR: `perClass` training utterances of each class of a spoken-digits spec, as
// DIR/<class>/train-<index>_<voice>.wav (the index in the training split, the voice as
// specs write it, ':' as '-'), written beside DIR and renamed into place at the end, so
// that DIR appears whole or not at all. Returns the number of files, or -1 when Ctrl+C
// stopped it.
long writeUtterances(const Dataset& d, const std::string& spec, std::uint64_t seed, const std::string& dir,
                     int perClass) {
  const fs::path out = checkedWavDir(spec, dir);
  AtomicFolder tmp(out);
  std::error_code ec;

  WavJob job;
  const InterruptStops<WavJob> interrupt(job);
  const std::vector<std::string> voices = spokenDigitsVoices(spec);
  const std::size_t perVoice = std::max<std::size_t>(1, d.train.size() / std::max<std::size_t>(1, voices.size()));
  long written = 0;
  for (const std::size_t i : fewShotIndices(d.train, d.classNames.size(), perClass, seed)) {
    if (job.stop.load())
      return -1;
    std::string voice = voices.at(std::min(i / perVoice, voices.size() - 1));
    std::replace(voice.begin(), voice.end(), ':', '-');
    char name[32];
    std::snprintf(name, sizeof name, "train-%05zu_", i);
    const fs::path classDir = tmp.path() / d.classNames[static_cast<std::size_t>(d.train.labels[i])];
    fs::create_directories(classDir, ec);
    writeWav((classDir / (name + voice + ".wav")).string(), spokenDigitsWaveform(spec, seed, false, i));
    ++written;
  }
  tmp.commit();
  return written;
}

int list(const Args& args) {
  const auto all = builtinDatasets();
  if (args.flag("--json")) {
    Json out = Json::array();
    for (const auto& d : all)
      out.push_back({{"name", d.name}, {"description", d.description}, {"classes", d.classes},
                     {"train", d.trainCount}, {"test", d.testCount}, {"width", d.width},
                     {"height", d.height}, {"channels", d.channels}, {"origin", d.origin},
                     {"available", d.available}, {"problem", d.problem}});
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  int nameWidth = 10; // as wide as the longest name (spoken-digits-a), so the columns line up
  for (const auto& d : all)
    nameWidth = std::max(nameWidth, static_cast<int>(d.name.size()));
  std::printf("%-*s %7s %7s %7s %8s  %s\n", nameWidth, "name", "classes", "train", "test", "size", "origin");
  for (const auto& d : all) {
    const std::string size = std::to_string(d.width) + "x" + std::to_string(d.height) + "x" + std::to_string(d.channels);
    const std::string missing = d.available ? "" : "  [missing: " + d.problem + "]";
    std::printf("%-*s %7d %7d %7d %8s  %s%s\n", nameWidth, d.name.c_str(), d.classes, d.trainCount, d.testCount,
                size.c_str(), d.origin.c_str(), missing.c_str());
  }
  // The parameterised forms, not rows of their own: each language is a dataset.
  const auto languages = spokenDigitsLanguages();
  std::string joined;
  for (const auto& l : languages)
    joined += (joined.empty() ? "" : ", ") + l;
  const int voices = static_cast<int>(spokenDigitsVoices("spoken-digits:lang=" + languages.front()).size());
  std::printf("\nspoken-digits:lang=LANG  the ten digits in one language, %d espeak-ng voices, %d train / %d test "
              "(LANG: %s)\nspoken-digits:voices=VOICE,...  any espeak-ng or Flite voices, 800 train / 200 test each\n",
              voices, voices * 800, voices * 200, joined.c_str());
  return 0;
}

int show(const Args& args) {
  if (args.positionals().size() < 2)
    throw UsageError("twb datasets show: no dataset given (a built-in name, folder:PATH or idx:PATH)");
  args.expectPositionals({"subcommand", "dataset"});
  const std::string spec = args.positionals()[1];
  const double seed = args.number("--seed", 1);
  if (seed < 0)
    throw UsageError("twb datasets show: --seed must be a non-negative integer");
  const std::string grid = args.value("--grid");
  const std::string wavDir = args.value("--wav");
  const double perClass = args.number("--per-class", 3);
  if (perClass < 1 || perClass > 100 || perClass != static_cast<double>(static_cast<int>(perClass)))
    throw UsageError("twb datasets show: --per-class must be a whole number from 1 to 100");
  if (!wavDir.empty())
    checkedWavDir(spec, wavDir); // before loading, which can take a while
  const Dataset d = loadDataset(spec, static_cast<std::uint64_t>(seed));
  const DatasetStats s = computeStats(d);
  if (!grid.empty())
    writeSampleGrid(d, grid, 8, 2, static_cast<std::uint64_t>(seed));
  long wavFiles = 0;
  if (!wavDir.empty()) {
    wavFiles = writeUtterances(d, spec, static_cast<std::uint64_t>(seed), wavDir, static_cast<int>(perClass));
    if (wavFiles < 0) {
      std::fprintf(stderr, "twb datasets show: stopped; no WAV file was written\n");
      return 1;
    }
  }

  if (args.flag("--json")) {
    Json classes = Json::array();
    for (std::size_t c = 0; c < d.classNames.size(); ++c)
      classes.push_back({{"name", d.classNames[c]}, {"train", s.train.classCounts[c]}, {"test", s.test.classCounts[c]}});
    Json skipped = Json::array();
    for (const auto& [file, why] : d.report.skipped)
      skipped.push_back({{"file", file}, {"reason", why}});
    Json out{{"name", d.name},        {"origin", d.origin},        {"width", s.width},
             {"height", s.height},    {"channels", s.channels},    {"train", s.train.size},
             {"test", s.test.size},   {"classes", classes},        {"mean", s.train.mean},
             {"std", s.train.std},    {"loaded", d.report.loaded}, {"skipped", skipped},
             {"notes", d.report.notes}};
    if (!d.attributeNames.empty())
      out["attributes"] = d.attributeNames;
    if (!grid.empty())
      out["grid"] = grid;
    if (!wavDir.empty())
      out["wav"] = {{"dir", wavDir}, {"files", wavFiles}, {"sample_rate", kSpeechRate}};
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  std::printf("%s\n  from      %s\n  images    %dx%d, %d channel%s\n  split     %zu train, %zu test\n", d.name.c_str(),
              d.origin.c_str(), s.width, s.height, s.channels, s.channels == 1 ? "" : "s", s.train.size, s.test.size);
  std::printf("  mean/std ");
  for (int c = 0; c < s.channels; ++c)
    std::printf(" %.3f/%.3f", s.train.mean[static_cast<std::size_t>(c)], s.train.std[static_cast<std::size_t>(c)]);
  std::printf("  (train, pixel values in [0, 1])\n  classes   %zu\n", d.classNames.size());
  for (std::size_t c = 0; c < d.classNames.size(); ++c)
    std::printf("    %-24s %6zu train %6zu test\n", d.classNames[c].c_str(), s.train.classCounts[c], s.test.classCounts[c]);
  for (const auto& note : d.report.notes)
    std::printf("  note      %s\n", note.c_str());
  std::printf("  skipped   %zu file%s\n", d.report.skipped.size(), d.report.skipped.size() == 1 ? "" : "s");
  for (const auto& [file, why] : d.report.skipped)
    std::printf("    %s: %s\n", file.c_str(), why.c_str());
  if (!grid.empty())
    std::printf("  grid      %s\n", grid.c_str());
  if (!wavDir.empty())
    std::printf("  wav       %ld files in %s (%d per class, 16 kHz mono 16-bit)\n", wavFiles, wavDir.c_str(),
                static_cast<int>(perClass));
  return 0;
}

} // namespace

int datasetsCommand(const Arguments& raw) {
  const Args args(raw, "twb datasets", {"--json"}, {"--grid", "--seed", "--wav", "--per-class"});
  if (args.help()) {
    std::cout << kDatasetsHelp;
    return 0;
  }
  if (!args.positionals().empty() && args.positionals()[0] == "show")
    return show(args);
  args.expectPositionals({});
  return list(args);
}

} // namespace twb::cli
