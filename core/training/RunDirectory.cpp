#include "training/RunDirectory.h"

#include "experiment/ExperimentFile.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"

#include <filesystem>

namespace twb {

namespace fs = std::filesystem;

RunRecord readRunDirectory(const std::string& dir) {
  if (!fs::is_directory(dir))
    throw InputError(Message::text(TWB_TR("twb", "%1: not a run directory (no such folder)"), {dir}));
  RunRecord r;
  r.dir = dir;
  // A run writes summary.json last, when it ends: without it, a run that is still
  // training or was killed (power cut, SIGKILL, a crash), which can be resumed.
  if (fs::exists(fs::path(dir) / "experiment.json") && !fs::exists(fs::path(dir) / "summary.json"))
    throw InputError(Message::text(
        TWB_TR("twb", "%1: an unfinished run (no summary.json: still training, or killed); 'twb train --resume %1' "
                      "continues it from its last checkpoint"),
        {dir}));
  for (const char* file : {"experiment.json", "metrics.csv", "summary.json"})
    if (!fs::exists(fs::path(dir) / file))
      throw InputError(Message::text(TWB_TR("twb", "%1: not a complete run directory (%2 is missing)"), {dir, file}));
  r.experiment = loadExperimentFile((fs::path(dir) / "experiment.json").string());
  const std::string metricsPath = (fs::path(dir) / "metrics.csv").string();
  r.metrics = parseMetricsCsv(readFile(metricsPath), metricsPath);
  const std::string summaryPath = (fs::path(dir) / "summary.json").string();
  r.summary = parseSummary(readFile(summaryPath), summaryPath);
  return r;
}

void prepareRunDirectory(const std::string& dir) {
  std::error_code ec;
  if (fs::exists(fs::path(dir) / "summary.json") || fs::exists(fs::path(dir) / "model.pt"))
    throw InputError(
        Message::text(TWB_TR("twb", "%1: already holds a run; choose another --out (nothing was overwritten)"), {dir}));
  if (fs::exists(dir) && !fs::is_directory(dir))
    throw InputError(Message::text(TWB_TR("twb", "%1: exists and is not a directory"), {dir}));
  fs::create_directories(dir, ec);
  if (ec)
    throw InputError(Message::text(TWB_TR("twb", "%1: cannot create the run directory (%2)"), {dir, ec.message()}));
}

} // namespace twb
