#pragma once
// How the window names a run in lists, legends and captions: short and unique.
#include "training/RunDirectory.h"

#include <QString>

namespace twb::ui {

// The run directory's name (date, time, method, seed).
QString runLabel(const twb::RunRecord& run);

} // namespace twb::ui
