#pragma once
// How twb words what core reports: events and errors in English (core's messages'
// own templates), accuracies as the window's results table writes them.
#include "training/RunEvents.h"

#include <optional>
#include <string>

namespace twb::cli {

// One line on stderr.
void printEvent(const RunEvent& event);

// "81.20%" (two decimals) or, with a spread, "81.2 ± 1.4%", as the results table does.
std::string percentText(double fraction);
std::string spreadText(double mean, double sd, bool percent, int decimals);

} // namespace twb::cli
