#include "training/CollapseWatch.h"

#include "base/Text.h"

#include <algorithm>

namespace twb {

CollapseWatch::CollapseWatch(std::size_t classes) : chance_(classes > 0 ? 1.0 / static_cast<double>(classes) : 0.5) {}

Message CollapseWatch::observe(std::int64_t step, double acc) {
  const double before = best_;
  best_ = std::max(best_, acc);
  if (warned_)
    return {};
  // Never learned: still at chance long after a working run has left its first plateau
  // (source_only on syndigits leaves it after about 450 steps).
  if (step >= kStepsToLearn && best_ <= 1.5 * chance_) {
    warned_ = true;
    return Message::text(TWB_TR("twb", "Warning: after %1 steps the source test accuracy is still at chance (best %2, "
                                     "chance %3): the label predictor never started learning. In DANN the reversed "
                                     "gradient can arrive before it does; a slower lambda ramp (smaller gamma) or a "
                                     "smaller lambda max gives it time."),
                       {std::to_string(step), fixed(best_), fixed(chance_)});
  }
  // "Learned": clearly above chance; "collapsed": back within half a chance of it.
  const bool learned = before >= std::max(0.5, 3 * chance_);
  if (!learned || acc > 1.5 * chance_)
    return {};
  warned_ = true;
  return Message::text(TWB_TR("twb", "Warning: the features collapsed at step %1: source test accuracy fell from %2 to "
                                   "%3 (chance %4). A domain accuracy near 0.5 now means nothing is left to classify, "
                                   "not aligned domains; a lower lambda max or learning rate keeps the feature "
                                   "extractor alive."),
                     {std::to_string(step), fixed(before), fixed(acc), fixed(chance_)});
}

} // namespace twb
