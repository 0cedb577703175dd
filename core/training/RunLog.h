#pragma once
// A run's log, kept in its run directory as log.json beside metrics.csv, so the window
// can show any run's log again, not only the live one's, and word it in the language
// the window has now: each event is stored as its Message (template and arguments),
// never as the English sentence. shared/CONTRACT.md is silent on it; runs written
// before it existed simply have none.
#include "training/RunEvents.h"

#include <string>
#include <vector>

namespace twb {

inline constexpr const char* kRunLogFile = "log.json";

// {"events": [{"kind": "loading", "text": {"pattern": ..., "translatable": true, "args": [...]}}, ...]}
std::string runLogToJson(const std::vector<RunEvent>& events);
// InputError naming `source` when the text is no run log.
std::vector<RunEvent> runLogFromJson(const std::string& json, const std::string& source);
// The log of the run in `dir`: empty when the run has none (written before logs were
// kept); InputError naming the file when it is damaged.
std::vector<RunEvent> readRunLog(const std::string& dir);

} // namespace twb
