#pragma once
// summary.json of a run directory (shared/CONTRACT.md): the numbers a results table
// shows, with the recipe that produced them.
#include <cstdint>
#include <map>
#include <string>

namespace twb {

struct RunSummary {
  std::string method;
  std::uint64_t seed = 0;
  std::int64_t steps = 0;      // steps actually run
  double sourceTestAcc = 0.0;  // fractions in [0, 1]
  double targetTestAcc = 0.0;
  double trainSeconds = 0.0;   // training steps only: no loading, no evaluation
  double imagesPerSecond = 0.0;
  std::string status = "completed"; // "completed", "stopped" (user asked) or "diverged"
  std::string device;               // "cpu" or "cuda"
  std::string backbone;
  std::string source;               // dataset specs
  std::string target;
  std::map<std::string, double> extra; // method-specific numbers (domain_acc, ...)
  // multitask: per task name, its numbers ("test_acc", "weight", "train_labels").
  std::map<std::string, std::map<std::string, double>> tasks;
};

std::string summaryToJson(const RunSummary& summary);
RunSummary parseSummary(const std::string& jsonText, const std::string& origin);

} // namespace twb
