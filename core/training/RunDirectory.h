#pragma once
// A run directory read back (shared/CONTRACT.md): experiment.json, metrics.csv,
// summary.json and model.pt. The window's run list and the tests use this.
#include "experiment/Experiment.h"
#include "training/Metrics.h"
#include "training/RunSummary.h"

#include <string>
#include <vector>

namespace twb {

struct RunRecord {
  std::string dir;
  Experiment experiment;
  RunSummary summary;
  std::vector<MetricRow> metrics;
};

// InputError naming the directory and the missing or bad file.
RunRecord readRunDirectory(const std::string& dir);

// Refuses a directory that already holds a run (nothing on disk is ever lost), and
// creates it (with parents) otherwise.
void prepareRunDirectory(const std::string& dir);

} // namespace twb
