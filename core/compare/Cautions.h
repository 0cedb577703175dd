#pragma once
// When a number cannot be read as it looks: a short note for people beside it. A
// teaching tool that shows an inverted or meaningless comparison without a word
// teaches the wrong thing (issue #18). Three cases:
//   - the upper bound (target_only) is no better than the lower bound (source_only):
//     the gap is noise, and "gap closed" means nothing;
//   - a run's target accuracy is at chance (at most 1.5 / classes);
//   - a run far too short for its recipe (under a quarter of the steps its method's
//     example trains for).
// Plain C++: the window shows these notes and `twb compare` prints them.
#include "base/Message.h"
#include "compare/Comparison.h"

#include <vector>

namespace twb {

// The notes on one run, each a sentence naming the run's method.
std::vector<Message> cautionsForRun(const RunRecord& run);

// The notes on a table: its inverted comparisons, then each distinct note on its runs.
std::vector<Message> cautionsForRows(const std::vector<ComparisonRow>& rows);

} // namespace twb
