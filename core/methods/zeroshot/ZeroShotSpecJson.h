#pragma once
// The `zeroshot` section of an experiment file, read strictly and written back
// whole. Internal to core (nlohmann stays out of the public headers).
#include "experiment/Experiment.h"
#include "base/JsonReader.h"

namespace twb {

void readZeroShot(JsonReader r, ZeroShotSpec& z);
Json zeroShotToJson(const ZeroShotSpec& z);

} // namespace twb
