#include "training/CachedRuns.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"
#include "experiment/ExperimentFile.h"
#include "training/RunLog.h"

#include <filesystem>

namespace twb {

namespace fs = std::filesystem;

std::optional<RunSummary> CachedRuns::completedRun(const Experiment& e, const std::string& dir) {
  const fs::path d(dir);
  if (!fs::exists(d / "experiment.json"))
    return std::nullopt;
  if (readFile((d / "experiment.json").string()) != experimentToJson(e))
    throw InputError(
        Message::text(TWB_TR("twb", "%1 holds a run of another recipe; choose another --out"), {d.string()}));
  if (!fs::exists(d / "summary.json"))
    return std::nullopt;
  RunSummary s = parseSummary(readFile((d / "summary.json").string()), (d / "summary.json").string());
  if (s.status != "completed")
    return std::nullopt;
  return s;
}

void CachedRuns::clearUnfinished(const std::string& dir) {
  std::error_code ec;
  if (!fs::exists(dir))
    return;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const auto name = entry.path().filename().string();
    if (name != "experiment.json" && name != "metrics.csv" && name != "summary.json" && name != "model.pt" &&
        name != kRunLogFile && name != "pretrain" && name != "zeroshot.json" && name != "samples" &&
        name.find(".tmp") == std::string::npos)
      throw InputError(Message::text(TWB_TR("twb", "%1 holds files a run did not write (%2); choose another --out"),
                                   {dir, name}));
  }
  fs::remove_all(dir, ec);
  if (ec)
    throw RunError(Message::text(TWB_TR("twb", "cannot clear the unfinished run %1: %2"), {dir, ec.message()}));
}

CachedRuns::Outcome CachedRuns::run(const Experiment& e, const std::string& dir, const TrainerCallbacks& callbacks) {
  Outcome out;
  if (auto done = completedRun(e, dir)) {
    out.summary = std::move(*done);
    out.cached = out.completed = true;
    return out;
  }
  clearUnfinished(dir);
  Trainer trainer(e, dir);
  const TrainResult r = whileCurrent(trainer, [&] { return trainer.run(callbacks); });
  out.summary = r.summary;
  out.completed = r.summary.status == "completed";
  if (!out.completed)
    stop_.store(true);
  return out;
}

int CachedRuns::check(const Experiment& e) {
  Trainer trainer(e);
  return whileCurrent(trainer, [&] { return trainer.check(); });
}

void CachedRuns::requestStop() {
  stop_.store(true);
  std::lock_guard<std::mutex> lock(mutex_);
  if (current_)
    current_->requestStop();
}

} // namespace twb
