#include "training/CollapseWatch.h"

#include <algorithm>
#include <cstdio>

namespace twb {

CollapseWatch::CollapseWatch(std::size_t classes) : chance_(classes > 0 ? 1.0 / static_cast<double>(classes) : 0.5) {}

std::string CollapseWatch::observe(std::int64_t step, double acc) {
  const double before = best_;
  best_ = std::max(best_, acc);
  if (warned_)
    return {};
  char text[400];
  // Never learned: still at chance long after a working run has left its first plateau
  // (source_only on syndigits leaves it after about 450 steps).
  if (step >= kStepsToLearn && best_ <= 1.5 * chance_) {
    warned_ = true;
    std::snprintf(text, sizeof text,
                  "Warning: after %lld steps the source test accuracy is still at chance (best %.3f, chance %.3f): "
                  "the label predictor never started learning. In DANN the reversed gradient can arrive before "
                  "it does; a slower lambda ramp (smaller gamma) or a smaller lambda max gives it time.",
                  static_cast<long long>(step), best_, chance_);
    return text;
  }
  // "Learned": clearly above chance; "collapsed": back within half a chance of it.
  const bool learned = before >= std::max(0.5, 3 * chance_);
  if (!learned || acc > 1.5 * chance_)
    return {};
  warned_ = true;
  std::snprintf(text, sizeof text,
                "Warning: the features collapsed at step %lld: source test accuracy fell from %.3f to %.3f "
                "(chance %.3f). A domain accuracy near 0.5 now means nothing is left to classify, not aligned "
                "domains; a lower lambda max or learning rate keeps the feature extractor alive.",
                static_cast<long long>(step), before, acc, chance_);
  return text;
}

} // namespace twb
