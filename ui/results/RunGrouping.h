#pragma once
// Which runs belong side by side. A method's number means little alone: it sits
// between source_only (the lower bound) and target_only (the upper bound) run on the
// same domains with the same seed and steps. These functions find those neighbours.
#include "training/RunDirectory.h"

#include <QString>

#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

namespace twb::ui {

using RunPtr = std::shared_ptr<const twb::RunRecord>;

// source_only and target_only: the two bounds every other method is read against.
bool isBaselineMethod(const std::string& method);

// Runs with equal keys are one comparison: same domains, seed, steps and backbone.
using GroupKey = std::tuple<std::string, std::string, std::uint64_t, std::int64_t, std::string>;
GroupKey groupKey(const twb::RunRecord& run);

// Lower bound first, upper bound last, the methods between.
int methodRank(const std::string& method);

// Groups in the order their first run appears; inside a group by methodRank (stable).
std::vector<RunPtr> orderInGroups(const std::vector<RunPtr>& runs);

// `selected` plus, from `all`, the baselines of each selected non-baseline run.
std::vector<RunPtr> withBaselines(const std::vector<RunPtr>& selected, const std::vector<RunPtr>& all);

// `runs` split by keyOf(run) into groups of equal keys, each group in the order its
// first run appears, and the runs inside a group in their given order.
template <typename KeyOf>
std::vector<std::vector<RunPtr>> groupsInOrder(const std::vector<RunPtr>& runs, KeyOf keyOf) {
  std::vector<std::vector<RunPtr>> groups;
  std::map<std::decay_t<std::invoke_result_t<KeyOf, const twb::RunRecord&>>, std::size_t> index;
  for (const RunPtr& run : runs) {
    const auto [it, added] = index.emplace(keyOf(*run), groups.size());
    if (added)
      groups.emplace_back();
    groups[it->second].push_back(run);
  }
  return groups;
}

// Runs that repeat one recipe with other seeds: equal experiments but for seed, name
// and evaluation interval, ended the same way (status, steps). In the order of their
// first run.
std::vector<std::vector<RunPtr>> groupOverSeeds(const std::vector<RunPtr>& runs);

// Short and unique: the run directory's name (date, time, method, seed).
QString runLabel(const twb::RunRecord& run);

} // namespace twb::ui
