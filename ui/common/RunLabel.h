#pragma once
// How the window names a run in lists, legends and captions: short and unique.
#include "methods/Method.h"
#include "training/RunDirectory.h"

#include <QString>

namespace twb::ui {

// The lower or upper bound's method name ("Source only", "Target only"), as the
// legends and the results table name the baselines.
QString boundName(twb::MethodRole role);

// The run directory's name (date, time, method, seed).
QString runLabel(const twb::RunRecord& run);

// How the run ended, in words: "completed", "stopped at step 50 of 200",
// "diverged at step 812 of 3,000" (what the Status column and the run list say).
QString runEnding(const twb::RunRecord& run);

// The run for people, on one line: method, domains, seed, how it ended, its target
// accuracy ("DANN (reversal) · digits → digits-m · seed 1 · stopped at step 50 of 200 · 31.2 %").
QString runDescription(const twb::RunRecord& run);

} // namespace twb::ui
