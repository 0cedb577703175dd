#pragma once
// Notices a run whose features collapsed: the source test accuracy, once well above
// chance, falls back to chance. In DANN this is what too strong an adversary does
// (lambda max, learning rate): the reversed gradient drives the feature extractor's
// ReLUs dead, and the domain accuracy then reads 0.5 too, because nothing is left
// to classify, not because the domains were aligned. A teaching tool must say so
// rather than let the 0.5 look like success. It also names a run that never left
// chance at all (DANN on syndigits, seed 3: the adversary arrived during the first
// plateau). Plain C++.
#include "base/Message.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace twb {

class CollapseWatch {
public:
  explicit CollapseWatch(std::size_t classes);

  // Called at each evaluation; returns the warning to log the first time the
  // accuracy has collapsed, or is still at chance after kStepsToLearn steps; else an
  // empty message.
  Message observe(std::int64_t step, double sourceTestAcc);
  bool collapsed() const { return warned_; }

  static constexpr std::int64_t kStepsToLearn = 1500;

private:
  double chance_;
  double best_ = 0.0;
  bool warned_ = false;
};

} // namespace twb
