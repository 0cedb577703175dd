#include "compare/Cautions.h"

#include "base/Text.h"
#include "data/DatasetCatalog.h"
#include "methods/Registry.h"

#include <algorithm>
#include <map>
#include <vector>

namespace twb {
namespace {

// The target's class count, when the catalogue or the experiment knows it (0 if not).
int targetClasses(const Experiment& e) {
  if (!e.target.classes.empty())
    return static_cast<int>(e.target.classes.size());
  // Read once: builtinDatasets() checks its files on disk, and class counts never change.
  static const std::vector<DatasetInfo> catalogue = builtinDatasets();
  for (const DatasetInfo& info : catalogue)
    if (info.name == e.target.dataset)
      return info.classes;
  return 0;
}

void addOnce(std::vector<Message>& notes, Message note) {
  if (std::find(notes.begin(), notes.end(), note) == notes.end())
    notes.push_back(std::move(note));
}

} // namespace

std::vector<Message> cautionsForRun(const RunRecord& run) {
  std::vector<Message> notes;
  const Experiment& e = run.experiment;
  const Method& method = methodOf(e);
  const std::int64_t recipeSteps = method.example().training.steps;
  if (run.summary.steps > 0 && run.summary.steps * 4 < recipeSteps)
    notes.push_back(Message::text(TWB_TR("twb", "%1 ran %2 steps, under a quarter of the %3 its recipe trains for: "
                                              "its numbers show where training started, not what the method does."),
                                  {method.name(), std::to_string(run.summary.steps), std::to_string(recipeSteps)}));
  const int classes = targetClasses(e);
  if (classes > 1 && !method.needs().tasks && !method.needs().classDescriptions && run.summary.targetTestAcc <= 1.5 / classes)
    notes.push_back(Message::text(TWB_TR("twb", "%1's target accuracy %2 is at chance (%3 for %4 classes): the model "
                                              "has learned nothing that shows on the target yet."),
                                  {method.name(), fixed(run.summary.targetTestAcc, 3), fixed(1.0 / classes, 3),
                                   std::to_string(classes)}));
  return notes;
}

std::vector<Message> cautionsForRows(const std::vector<ComparisonRow>& rows) {
  std::vector<Message> notes;
  // Each group's bounds: the upper must be above the lower for the gap to mean anything.
  std::map<std::size_t, std::pair<const ComparisonRow*, const ComparisonRow*>> bounds;
  for (const ComparisonRow& row : rows) {
    if (row.role == MethodRole::LowerBound)
      bounds[row.group].first = &row;
    if (row.role == MethodRole::UpperBound)
      bounds[row.group].second = &row;
  }
  for (const auto& [group, pair] : bounds) {
    const auto [lower, upper] = pair;
    if (!lower || !upper)
      continue;
    const Spread* lo = lower->measure(Measure::TargetAccuracy);
    const Spread* up = upper->measure(Measure::TargetAccuracy);
    if (lo && up && up->mean <= lo->mean)
      addOnce(notes, Message::text(TWB_TR("twb", "On %1 the upper bound %2 (%3) is no better than the lower bound %4 "
                                               "(%5): the gap is noise, so no method can be said to close it. "
                                               "Train longer or on more target labels."),
                                   {methodOf(upper->lead().experiment).datasets(upper->lead().experiment),
                                    upper->lead().experiment.method.name, fixed(up->mean, 3),
                                    lower->lead().experiment.method.name, fixed(lo->mean, 3)}));
  }
  for (const ComparisonRow& row : rows)
    for (const RunPtr& run : row.runs)
      for (Message& note : cautionsForRun(*run))
        addOnce(notes, std::move(note));
  return notes;
}

} // namespace twb
