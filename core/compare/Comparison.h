#pragma once
// Which runs belong side by side, and the table they make. A method's number means
// little alone: it sits between source_only (the lower bound) and target_only (the
// upper bound) run on the same domains with the same seed and steps, or beside the
// baselines its method names (methods/Method.h). Runs that repeat one recipe with
// other seeds fold into one row: each number as mean ± sample sd. The window's
// results table and `twb compare` both show exactly these rows. Plain C++.
#include "base/Message.h"
#include "methods/Method.h"
#include "training/RunDirectory.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace twb {

using RunPtr = std::shared_ptr<const RunRecord>;

// Runs with equal keys are one comparison: the same data (the method's comparison
// key), seed (unless ignored: over seeds a row stands for every seed), steps (a
// stopped run's: those it reached) and backbone.
std::string comparisonKey(const RunRecord& run, bool ignoreSeed = false);

// Lower bound first, upper bound last, the methods between.
int roleRank(const Experiment& e);
bool isBound(const Experiment& e);

// `selected` plus, from `all` (newest first), the newest baseline of each kind of
// each selected run that is no bound.
std::vector<RunPtr> withBaselines(const std::vector<RunPtr>& selected, const std::vector<RunPtr>& all);

// `runs` split by keyOf(run) into groups of equal keys, each group in the order its
// first run appears, and the runs inside a group in their given order.
template <typename KeyOf>
std::vector<std::vector<RunPtr>> groupsInOrder(const std::vector<RunPtr>& runs, KeyOf keyOf) {
  std::vector<std::vector<RunPtr>> groups;
  std::map<std::decay_t<std::invoke_result_t<KeyOf, const RunRecord&>>, std::size_t> index;
  for (const RunPtr& run : runs) {
    const auto [it, added] = index.emplace(keyOf(*run), groups.size());
    if (added)
      groups.emplace_back();
    groups[it->second].push_back(run);
  }
  return groups;
}

// The recipe of a run: its resolved experiment but for seed, name and evaluation
// interval (which does not change training), and how it ended (status, steps).
std::string recipeKey(const RunRecord& run);
// Runs that repeat one recipe with other seeds, in the order of their first run.
std::vector<std::vector<RunPtr>> groupOverSeeds(const std::vector<RunPtr>& runs);

// The measured numbers of a row.
enum class Measure { SourceAccuracy, TargetAccuracy, DomainAccuracy, ProxyADistance, Speed };
inline constexpr Measure kMeasures[] = {Measure::SourceAccuracy, Measure::TargetAccuracy, Measure::DomainAccuracy,
                                        Measure::ProxyADistance, Measure::Speed};

// One run's number, or nothing where its kind of run has none (a baseline's domain
// accuracy, a fine-tuning from scratch's source accuracy).
std::optional<double> measureOf(const RunRecord& run, Measure m);

struct Spread {
  double mean = 0.0;
  double sd = 0.0;             // sample standard deviation (n - 1); 0 for one value
  std::vector<double> values;  // per run, in the row's order
};
Spread spreadOf(const std::vector<double>& values);

// One row of the table: a run, or over seeds every run of one recipe.
struct ComparisonRow {
  std::vector<RunPtr> runs;          // the repeats, smallest seed first; the first stands for the row
  std::size_t group = 0;             // rows of one comparison share it, in table order
  MethodRole role = MethodRole::Method;
  std::vector<std::uint64_t> seeds;  // of its runs, in their order
  // Each measure over the row's runs; empty when one of them has none.
  std::map<Measure, Spread> measures;
  // (target - lower bound) / (upper bound - lower bound), from the means of the group's
  // bound rows: 0 for the lower bound, 1 for the upper; empty without both bounds, or
  // when the upper is no better than the lower (there is no gap to close).
  std::optional<double> gapClosed;

  const RunRecord& lead() const { return *runs.front(); }
  const Spread* measure(Measure m) const;
};

// The rows of `runs`, grouped into comparisons (groups in the order of their first
// run, bounds around the methods: stable by roleRank), over seeds folded into one row
// per recipe.
std::vector<ComparisonRow> comparisonRows(const std::vector<RunPtr>& runs, bool overSeeds);

} // namespace twb
