#pragma once
// How twb words what core reports: events and errors in English (core's messages'
// own templates), accuracies as the window's results table writes them.
#include "compare/ComparisonText.h" // percentText, spreadText: as the results table writes them
#include "training/RunEvents.h"

#include <optional>
#include <string>

namespace twb::cli {

// One line on stderr.
void printEvent(const RunEvent& event);

} // namespace twb::cli
