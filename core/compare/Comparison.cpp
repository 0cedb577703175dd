#include "compare/Comparison.h"

#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"

#include <algorithm>
#include <cmath>

namespace twb {

namespace {

const Method& methodOfRun(const RunRecord& run) {
  return methodOf(run.experiment);
}

std::optional<double> extra(const RunSummary& s, const char* key) {
  const auto it = s.extra.find(key);
  return it == s.extra.end() ? std::nullopt : std::optional<double>(it->second);
}

} // namespace

std::string comparisonKey(const RunRecord& run, bool ignoreSeed) {
  const Experiment& e = run.experiment;
  // A stopped run is compared at the steps it reached, not the steps it planned: a
  // 50-step run sits beside 50-step baselines or alone, never between 200-step ones.
  const std::int64_t steps = run.summary.status == "stopped" ? run.summary.steps : e.training.steps;
  return methodOfRun(run).comparisonKey(e) + "\n" + (ignoreSeed ? std::string("*") : std::to_string(e.seed)) + "\n" +
         std::to_string(steps) + "\n" + e.model.backbone;
}

int roleRank(const Experiment& e) {
  switch (methodOf(e).role()) {
  case MethodRole::LowerBound:
    return 0;
  case MethodRole::UpperBound:
    return 2;
  case MethodRole::Method:
    break;
  }
  return 1;
}

bool isBound(const Experiment& e) {
  return methodOf(e).role() != MethodRole::Method;
}

std::vector<RunPtr> withBaselines(const std::vector<RunPtr>& selected, const std::vector<RunPtr>& all) {
  std::vector<RunPtr> result = selected;
  const auto has = [&](const RunPtr& run) { return std::find(result.begin(), result.end(), run) != result.end(); };
  for (const RunPtr& run : selected) {
    if (isBound(run->experiment))
      continue;
    const std::string key = comparisonKey(*run);
    // The newest baseline of each kind: `all` is newest first, so the first found. A
    // kind is the baseline's recipe but for the seed's own name.
    for (const Experiment& baseline : methodOfRun(*run).baselines(run->experiment)) {
      const Method& m = methodOf(baseline);
      const std::string kind = m.name() + "\n" + m.variant(baseline);
      const auto sameKind = [&](const RunPtr& other) {
        const Method& om = methodOfRun(*other);
        return om.name() + "\n" + om.variant(other->experiment) == kind && comparisonKey(*other) == key;
      };
      if (std::any_of(result.begin(), result.end(), sameKind))
        continue; // the user picked one already
      for (const RunPtr& candidate : all)
        if (sameKind(candidate)) {
          if (!has(candidate))
            result.push_back(candidate);
          break;
        }
    }
  }
  return result;
}

std::string recipeKey(const RunRecord& run) {
  // The whole resolved recipe is the key, so only runs that differ in nothing else
  // are averaged: a changed learning rate or lambda is a different row. A method's
  // settings another method reads are not written (experimentToJson), so a baseline
  // queued after a method is the same recipe whatever settings it copied.
  Experiment e = run.experiment;
  e.seed = 0;
  e.name.clear();
  e.eval = EvalSpec{}; // how often a run is measured does not change its training
  return experimentToJson(e) + "\n" + run.summary.status + "\n" + std::to_string(run.summary.steps);
}

std::vector<std::vector<RunPtr>> groupOverSeeds(const std::vector<RunPtr>& runs) {
  return groupsInOrder(runs, [](const RunRecord& run) { return recipeKey(run); });
}

std::optional<double> measureOf(const RunRecord& run, Measure m) {
  const RunSummary& s = run.summary;
  switch (m) {
  case Measure::SourceAccuracy:
    return methodOfRun(run).measuresSource(run.experiment) ? std::optional<double>(s.sourceTestAcc) : std::nullopt;
  case Measure::TargetAccuracy:
    return s.targetTestAcc;
  case Measure::DomainAccuracy:
    return extra(s, "domain_acc");
  case Measure::ProxyADistance:
    return extra(s, "proxy_a_distance");
  case Measure::Speed:
    return s.imagesPerSecond;
  }
  return std::nullopt;
}

Spread spreadOf(const std::vector<double>& values) {
  Spread s;
  s.values = values;
  if (values.empty())
    return s;
  for (const double v : values)
    s.mean += v;
  s.mean /= static_cast<double>(values.size());
  if (values.size() > 1) {
    double squares = 0.0;
    for (const double v : values)
      squares += (v - s.mean) * (v - s.mean);
    s.sd = std::sqrt(squares / static_cast<double>(values.size() - 1));
  }
  return s;
}

const Spread* ComparisonRow::measure(Measure m) const {
  const auto it = measures.find(m);
  return it == measures.end() ? nullptr : &it->second;
}

std::vector<ComparisonRow> comparisonRows(const std::vector<RunPtr>& runs, bool overSeeds) {
  // A row is one run, or over seeds every run of one recipe, smallest seed first, so
  // that its per-seed values read in the order of its seeds.
  std::vector<std::vector<RunPtr>> repeats;
  if (overSeeds)
    repeats = groupOverSeeds(runs);
  else
    for (const RunPtr& run : runs)
      repeats.push_back({run});
  std::vector<RunPtr> leads;
  std::map<const RunRecord*, std::vector<RunPtr>> repeatsOf;
  for (auto& r : repeats) {
    std::stable_sort(r.begin(), r.end(),
                     [](const RunPtr& a, const RunPtr& b) { return a->experiment.seed < b->experiment.seed; });
    leads.push_back(r.front());
    repeatsOf[r.front().get()] = std::move(r);
  }
  // Comparisons in the order their first row appears; in each, the bounds around the methods.
  auto groups = groupsInOrder(leads, [&](const RunRecord& run) { return comparisonKey(run, overSeeds); });
  for (auto& g : groups)
    std::stable_sort(g.begin(), g.end(),
                     [](const RunPtr& a, const RunPtr& b) { return roleRank(a->experiment) < roleRank(b->experiment); });

  std::vector<ComparisonRow> rows;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const std::size_t first = rows.size();
    for (const RunPtr& lead : groups[g]) {
      ComparisonRow row;
      row.runs = repeatsOf.at(lead.get());
      row.group = g;
      row.role = methodOf(lead->experiment).role();
      for (const RunPtr& r : row.runs)
        row.seeds.push_back(r->experiment.seed);
      for (const Measure m : kMeasures) {
        std::vector<double> values;
        for (const RunPtr& r : row.runs)
          if (const auto v = measureOf(*r, m))
            values.push_back(*v);
        if (values.size() == row.runs.size())
          row.measures[m] = spreadOf(values);
      }
      rows.push_back(std::move(row));
    }
    // The gap a method closes between its group's bounds, on the target's accuracy.
    const auto boundMean = [&](MethodRole role) -> std::optional<double> {
      for (std::size_t i = first; i < rows.size(); ++i)
        if (rows[i].role == role)
          if (const Spread* s = rows[i].measure(Measure::TargetAccuracy))
            return s->mean;
      return std::nullopt;
    };
    const auto lower = boundMean(MethodRole::LowerBound), upper = boundMean(MethodRole::UpperBound);
    // Only an upper bound above the lower makes a gap: inverted bounds give no number
    // (compare/Cautions.h says why beside the table).
    if (lower && upper && *upper - *lower > 1e-12)
      for (std::size_t i = first; i < rows.size(); ++i)
        if (const Spread* s = rows[i].measure(Measure::TargetAccuracy))
          rows[i].gapClosed = (s->mean - *lower) / (*upper - *lower);
  }
  return rows;
}

} // namespace twb
