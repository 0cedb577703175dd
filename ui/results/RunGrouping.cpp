#include "RunGrouping.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <map>

namespace twb::ui {

bool isBaselineMethod(const std::string& method) {
  return method == "source_only" || method == "target_only";
}

GroupKey groupKey(const twb::RunRecord& run) {
  const twb::Experiment& e = run.experiment;
  if (e.method.name == "multitask") // a multitask run and its single-task baselines share a task family
    return {"tasks:" + e.tasks.family + ":" + std::to_string(e.tasks.labelsPerClass), e.tasks.weighting, e.seed,
            e.training.steps, e.model.backbone};
  return {e.source.dataset, e.target.dataset, e.seed, e.training.steps, e.model.backbone};
}

int methodRank(const std::string& method) {
  if (method == "source_only")
    return 0;
  if (method == "target_only")
    return 2;
  return 1;
}

std::vector<RunPtr> orderInGroups(const std::vector<RunPtr>& runs) {
  std::map<GroupKey, std::size_t> firstSeen;
  for (const RunPtr& run : runs)
    firstSeen.emplace(groupKey(*run), firstSeen.size());
  std::vector<RunPtr> ordered = runs;
  std::stable_sort(ordered.begin(), ordered.end(), [&](const RunPtr& a, const RunPtr& b) {
    const std::size_t ga = firstSeen.at(groupKey(*a));
    const std::size_t gb = firstSeen.at(groupKey(*b));
    if (ga != gb)
      return ga < gb;
    return methodRank(a->experiment.method.name) < methodRank(b->experiment.method.name);
  });
  return ordered;
}

std::vector<RunPtr> withBaselines(const std::vector<RunPtr>& selected, const std::vector<RunPtr>& all) {
  std::vector<RunPtr> result = selected;
  const auto has = [&](const RunPtr& run) { return std::find(result.begin(), result.end(), run) != result.end(); };
  for (const RunPtr& run : selected) {
    if (isBaselineMethod(run->experiment.method.name))
      continue;
    const GroupKey key = groupKey(*run);
    // The newest baseline of each kind: `all` is newest first, so the first found.
    for (const char* baseline : {"source_only", "target_only"}) {
      const auto sameKind = [&](const RunPtr& other) {
        return other->experiment.method.name == baseline && groupKey(*other) == key;
      };
      if (std::any_of(result.begin(), result.end(), sameKind))
        continue; // the user picked one already
      for (const RunPtr& candidate : all) {
        if (candidate->experiment.method.name == baseline && groupKey(*candidate) == key) {
          if (!has(candidate))
            result.push_back(candidate);
          break;
        }
      }
    }
  }
  return result;
}

std::vector<std::vector<RunPtr>> groupOverSeeds(const std::vector<RunPtr>& runs) {
  // The whole resolved recipe is the key, so only runs that differ in nothing else
  // are averaged: a changed learning rate or lambda is a different row.
  const auto recipe = [](const twb::RunRecord& run) {
    twb::Experiment e = run.experiment;
    e.seed = 0;
    e.name.clear();
    e.eval = twb::EvalSpec{}; // how often a run is measured does not change its training
    // A baseline queued after a method copies that method's settings (adversary,
    // lambda), which it never reads: they do not make it another recipe.
    if (isBaselineMethod(e.method.name)) {
      twb::MethodSpec unused;
      unused.name = e.method.name;
      e.method = unused;
    }
    return twb::experimentToJson(e) + "\n" + run.summary.status + "\n" + std::to_string(run.summary.steps);
  };
  return groupsInOrder(runs, recipe);
}

QString runLabel(const twb::RunRecord& run) {
  const QString dir = QDir::cleanPath(QString::fromStdString(run.dir));
  const QString name = QFileInfo(dir).fileName();
  return name.isEmpty() ? QString::fromStdString(run.experiment.method.name) : name;
}

} // namespace twb::ui
