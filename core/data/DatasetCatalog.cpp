#include "data/DatasetCatalog.h"

#include "data/AttributeTable.h"
#include "data/DigitsDataset.h"
#include "data/Builtins.h"
#ifdef TWB_HAVE_OPENCV
#include "data/SpeechSynth.h"
#endif

#include <filesystem>

namespace twb {

namespace {

DatasetInfo info(const char* name, const char* description, int classes, int train, int test, int channels,
                 std::string origin) {
  DatasetInfo d;
  d.name = name;
  d.description = description;
  d.classes = classes;
  d.trainCount = train;
  d.testCount = test;
  d.width = d.height = 28;
  d.channels = channels;
  d.origin = std::move(origin);
  return d;
}

// Marks `d` unavailable unless every file exists; names the package that has them.
void requireFiles(DatasetInfo& d, const std::vector<std::string>& files, const char* package) {
#ifndef TWB_HAVE_OPENCV
  if (d.name != "fashion") {
    d.available = false;
    d.problem = "this build has no OpenCV (TWB_WITH_OPENCV=OFF)";
    return;
  }
#endif
  for (const auto& f : files)
    if (!std::filesystem::exists(f)) {
      d.available = false;
      d.problem = f + " not found; install Debian's " + package + " package";
      return;
    }
}

std::vector<std::string> photoPaths() {
  std::vector<std::string> out{digitsSheetPath()};
  for (const auto* list : {&digitsMTrainPhotos(), &digitsMTestPhotos()})
    for (const auto& p : *list)
      out.push_back(opencvSampleDataDir() + "/" + p);
  return out;
}

} // namespace

std::vector<DatasetInfo> builtinDatasets() {
  std::vector<DatasetInfo> out;
  const std::string opencvDoc = " (Debian package opencv-doc)";

  out.push_back(info("digits", TWB_TR("twb", "handwritten digits, OpenCV's sample sheet, centred in 28x28 like MNIST"),
                     10, 4000, 1000, 1, digitsSheetPath() + opencvDoc));
  requireFiles(out.back(), {digitsSheetPath()}, "opencv-doc");

  out.push_back(info("digits-m", TWB_TR("twb", "the same digits blended on natural-photo patches (the MNIST-M recipe)"),
                     10, 4000, 1000, 3,
                     "generated from digits.png and photos in " + opencvSampleDataDir() + opencvDoc));
  requireFiles(out.back(), photoPaths(), "opencv-doc");

  out.push_back(
      info("syndigits",
           TWB_TR("twb", "digits rendered from Hershey fonts: random font, size, rotation, colours, blur, noise"), 10,
           10000, 2000, 3, "generated"));
  requireFiles(out.back(), {}, "");

  const std::string fashion = fashionMnistDir();
  out.push_back(info("fashion", TWB_TR("twb", "Fashion-MNIST: Zalando's article images, 10 classes"), 10, 60000, 10000,
                     1, fashion + " (Debian package dataset-fashion-mnist)"));
  requireFiles(out.back(), {fashion + "/train-images-idx3-ubyte.gz", fashion + "/t10k-images-idx3-ubyte.gz"},
               "dataset-fashion-mnist");

  const int shapeClasses = static_cast<int>(shapesAttributeTable().classes.size());
  out.push_back(
      info("shapes", TWB_TR("twb", "shapes whose class is colour x shape x fill, with attribute vectors (zero-shot)"),
           shapeClasses, shapeClasses * 200, shapeClasses * 50, 3, "generated from resources/attributes/shapes.csv"));
  requireFiles(out.back(), {}, "");

  // spoken-digits: every voice, and the default speaker pair (SpokenDigits.cpp).
#ifdef TWB_HAVE_OPENCV
  const std::vector<std::string> speechFiles{espeakEnglishDictionary()};
  const std::string speech = "synthesised with espeak-ng and Flite (Debian packages espeak-ng-data, flite)";
#else
  const std::vector<std::string> speechFiles;
  const std::string speech = "synthesised with espeak-ng and Flite";
#endif
  const int perVoiceTrain = 800, perVoiceTest = 200; // as SpokenDigits.cpp makes them (tst_speech checks)
  out.push_back(info("spoken-digits",
                     TWB_TR("twb", "the words zero to nine from 9 synthetic voices (espeak-ng, Flite) as log-mel "
                                   "spectrograms; speakers are domains"),
                     10, 9 * perVoiceTrain, 9 * perVoiceTest, 1, speech));
  requireFiles(out.back(), speechFiles, "espeak-ng-data");
  out.push_back(info("spoken-digits-a",
                     TWB_TR("twb", "spoken digits, source speakers: three espeak-ng voices (en-us+m3, en+f2, en+m1)"),
                     10, 3 * perVoiceTrain, 3 * perVoiceTest, 1, speech));
  requireFiles(out.back(), speechFiles, "espeak-ng-data");
  out.push_back(info("spoken-digits-b",
                     TWB_TR("twb", "spoken digits, target speakers: three recorded Flite voices (slt, awb, rms)"), 10,
                     3 * perVoiceTrain, 3 * perVoiceTest, 1, speech));
  requireFiles(out.back(), speechFiles, "espeak-ng-data");
  return out;
}

} // namespace twb
