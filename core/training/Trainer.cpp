#include "training/Trainer.h"

#include "training/TrainingSession.h"

#include <ctime>
#include <filesystem>

namespace twb {

namespace fs = std::filesystem;

Trainer::Trainer(Experiment experiment, std::string runDir, bool resume)
    : experiment_(std::move(experiment)), runDir_(std::move(runDir)), resume_(resume) {}

TrainResult Trainer::run(const TrainerCallbacks& callbacks) {
  return TrainingSession(experiment_, runDir_, callbacks, stop_, resume_).run();
}

int Trainer::check(const TrainerCallbacks& callbacks) {
  return TrainingSession(experiment_, std::string(), callbacks, stop_).check();
}

std::string defaultRunDir(const Experiment& experiment, const std::string& parent) {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
  const std::string base = (fs::path(parent) / (std::string(stamp) + "-" + experiment.method.name + "-s" +
                                                 std::to_string(experiment.seed)))
                               .string();
  std::string dir = base;
  for (int i = 2; fs::exists(dir); ++i)
    dir = base + "-" + std::to_string(i);
  return dir;
}

} // namespace twb
