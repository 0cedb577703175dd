#pragma once
// The comparison table's cells as text, as the window's results table writes them:
// `twb compare` prints them and the report (report/) shows them, so the numbers read
// the same everywhere. Plain C++.
#include "compare/Comparison.h"

#include <string>

namespace twb {

// "81.20%" (two decimals) or, with a spread, "81.2 ± 1.4%".
std::string percentText(double fraction);
std::string spreadText(double mean, double sd, bool percent, int decimals);

// A row's number: a single run's with two decimals, several runs' mean ± sd with one
// (accuracies in %; the proxy A-distance with two); "—" where the row has none.
std::string measureText(const ComparisonRow& row, Measure m);
// The target accuracy of each seed in %, one decimal, space-separated ("84.1 86.0").
std::string perSeedText(const ComparisonRow& row);
// The gap closed in % ("57%"), or "—".
std::string gapClosedText(const ComparisonRow& row);
// The row's method settings, or "—" where there is nothing to say.
std::string settingsText(const ComparisonRow& row);
// The row's method as a table names it ("finetune (from scratch)").
std::string methodText(const ComparisonRow& row);
// "1, 2, 3".
std::string seedsText(const ComparisonRow& row);

} // namespace twb
