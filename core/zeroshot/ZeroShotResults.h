#pragma once
// zeroshot.json of a zero-shot run directory: per-class accuracies of the method and
// its baselines, so the window can show which unseen classes were recognised.
#include <string>
#include <vector>

namespace twb {

// One method's numbers. Accuracies are per-class top-1 averaged over classes.
struct ZeroShotScore {
  std::string method;               // "zeroshot", "eszsl", "conse"
  double unseenAcc = 0.0;           // unseen test images, unseen classes the only candidates (ZSL)
  double seenAcc = 0.0;             // seen test images, all classes candidates (generalised)
  double gzslUnseenAcc = 0.0;       // unseen test images, all classes candidates (generalised)
  double harmonicMean = 0.0;        // of seenAcc and gzslUnseenAcc
  double seenOnlyAcc = 0.0;         // seen test images, seen classes the only candidates
  std::vector<double> zslPerClass;  // per class; -1 for seen classes (not candidates)
  std::vector<double> gzslPerClass; // per class, all candidates
};

struct ZeroShotResults {
  std::vector<std::string> classes;
  std::vector<bool> unseen;
  std::string descriptions; // where the class descriptions came from
  std::vector<ZeroShotScore> scores;

  const ZeroShotScore* find(const std::string& method) const;
  // The run's own learned maps: the first score, before its baselines (nullptr: none).
  const ZeroShotScore* learned() const { return scores.empty() ? nullptr : &scores.front(); }
};

std::string zeroShotResultsToJson(const ZeroShotResults& r);
// InputError naming the file when it is missing or not ours.
ZeroShotResults readZeroShotResults(const std::string& runDir);

} // namespace twb
