#pragma once
// The runs of a long job (a layer sweep, a comparison), one run directory each in one
// folder: a completed run of the same recipe is read back, never rerun, so a stopped
// job resumes where it stopped; one a stop or a kill left unfinished is cleared and
// run again. requestStop() from any thread stops the running one within a step.
#include "experiment/Experiment.h"
#include "training/RunSummary.h"
#include "training/Trainer.h"

#include <atomic>
#include <mutex>
#include <optional>
#include <string>

namespace twb {

class CachedRuns {
public:
  struct Outcome {
    RunSummary summary;
    bool cached = false;    // read back, not run now
    bool completed = false; // false: stopped (the job stops too)
  };

  // Reads back or runs `e` into `dir`. InputError when `dir` holds another recipe's run
  // or files no run wrote.
  Outcome run(const Experiment& e, const std::string& dir, const TrainerCallbacks& callbacks = {});

  // The summary of a completed run of `e` in `dir`, or nothing (no run, or an
  // unfinished one). InputError when `dir` holds a run of another recipe.
  static std::optional<RunSummary> completedRun(const Experiment& e, const std::string& dir);
  // Removes a run directory a stop left unfinished (only the files a run writes).
  static void clearUnfinished(const std::string& dir);

  // Trainer::check of `e` (its data loaded, its network built), stoppable as run() is:
  // a speech dataset generated for the first time takes minutes, and a job's Stop must
  // not wait for it. Throws Cancelled when stopped.
  int check(const Experiment& e);

  void requestStop();
  bool stopRequested() const { return stop_.load(); }

private:
  // fn() with `trainer` as the one stop() reaches (stopped at once when a stop came
  // before it), unregistered however fn ends.
  template <typename Fn>
  auto whileCurrent(Trainer& trainer, Fn&& fn) -> decltype(fn()) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      current_ = &trainer;
      if (stop_.load())
        trainer.requestStop();
    }
    struct Unregister {
      CachedRuns& runs;
      ~Unregister() {
        std::lock_guard<std::mutex> lock(runs.mutex_);
        runs.current_ = nullptr;
      }
    } unregister{*this};
    return fn();
  }

  std::atomic<bool> stop_{false};
  std::mutex mutex_;
  Trainer* current_ = nullptr; // guarded by mutex_
};

} // namespace twb
