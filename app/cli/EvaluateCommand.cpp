// twb evaluate: a trained run's accuracy on any dataset, overall and per class.
#include "cli/Args.h"
#include "cli/Commands.h"
#include "cli/Print.h"

#include "training/Confusion.h"
#include "training/Evaluate.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

namespace twb::cli {

namespace {

constexpr const char* kEvaluateHelp = R"(usage: twb evaluate RUN_DIR SPEC [--json]

A trained run's label predictor on a dataset: its accuracy overall and per class.
SPEC is a built-in name (its test split, drawn with the run's seed), or folder:PATH
or idx:PATH (every image). Classes are matched to the run's by name; images of
classes the run does not know are left out and named. Grey and colour images are
converted to what the network reads.

options:
  --json             print {"accuracy", "images", "correct", "classes": [...],
                     "confusion": [[...], ...]} as JSON; confusion[t][p] counts the
                     images of class t predicted as p, both in the "classes" order
)";

// The confusion matrix as a table (rows: true class, columns: predicted), when a row
// fits a terminal's width; --json always has it.
void printConfusion(const ConfusionMatrix& m) {
  std::size_t width = 3; // room between columns of small counts
  for (std::size_t t = 0; t < m.size(); ++t) {
    width = std::max(width, m.classes[t].size());
    for (const std::size_t count : m.counts[t])
      width = std::max(width, std::to_string(count).size());
  }
  const std::size_t nameWidth = std::max<std::size_t>(width, 4);
  if (nameWidth + (width + 1) * m.size() > 100)
    return;
  std::printf("\nconfusion (rows: true class, columns: predicted class)\n%-*s", static_cast<int>(nameWidth), "");
  for (const auto& name : m.classes)
    std::printf(" %*s", static_cast<int>(width), name.c_str());
  std::printf("\n");
  for (std::size_t t = 0; t < m.size(); ++t) {
    std::printf("%-*s", static_cast<int>(nameWidth), m.classes[t].c_str());
    for (const std::size_t count : m.counts[t])
      std::printf(" %*zu", static_cast<int>(width), count);
    std::printf("\n");
  }
}

} // namespace

int evaluateCommand(const Arguments& raw) {
  const Args args(raw, "twb evaluate", {"--json"}, {});
  if (args.help()) {
    std::cout << kEvaluateHelp;
    return 0;
  }
  args.expectPositionals({"run directory", "dataset spec"});
  // One set of predictions gives both the accuracies and the confusion matrix.
  const RunPredictions predictions = predictRun(args.positionals()[0], args.positionals()[1]);
  const Evaluation ev = evaluationOf(predictions);
  const ConfusionMatrix confusion = confusionOf(predictions);
  if (args.flag("--json")) {
    nlohmann::ordered_json j{{"run_dir", ev.runDir},      {"spec", ev.spec},     {"whole_dataset", ev.wholeDataset},
                             {"accuracy", ev.accuracy()}, {"images", ev.images}, {"correct", ev.correct}};
    j["classes"] = nlohmann::ordered_json::array();
    for (const ClassScore& c : ev.classes)
      j["classes"].push_back(
          {{"name", c.name}, {"images", c.images}, {"correct", c.correct}, {"accuracy", c.accuracy()}});
    j["unknown_classes"] = ev.unknownClasses;
    j["missing_classes"] = ev.missingClasses;
    j["confusion"] = confusion.counts;
    std::cout << j.dump(2) << "\n";
    return 0;
  }
  std::printf("%s on %s (%s): %s of %zu images\n\n", ev.runDir.c_str(), ev.spec.c_str(),
              ev.wholeDataset ? "every image" : "test split", percentText(ev.accuracy()).c_str(), ev.images);
  std::printf("%-20s %8s %8s %9s\n", "class", "images", "correct", "accuracy");
  for (const ClassScore& c : ev.classes)
    std::printf("%-20s %8zu %8zu %9s\n", c.name.c_str(), c.images, c.correct,
                c.images == 0 ? "—" : percentText(c.accuracy()).c_str());
  printConfusion(confusion);
  for (const auto& name : ev.unknownClasses)
    std::printf("left out: class '%s' of %s, which the run does not know\n", name.c_str(), ev.spec.c_str());
  return 0;
}

} // namespace twb::cli
