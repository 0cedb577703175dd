#include "CollapseWatch.h"

#include <algorithm>
#include <cstdio>

namespace twb {

CollapseWatch::CollapseWatch(std::size_t classes) : chance_(classes > 0 ? 1.0 / static_cast<double>(classes) : 0.5) {}

std::string CollapseWatch::observe(std::int64_t step, double acc) {
  const double before = best_;
  best_ = std::max(best_, acc);
  // "Learned": clearly above chance; "collapsed": back within half a chance of it.
  const bool learned = before >= std::max(0.5, 3 * chance_);
  if (warned_ || !learned || acc > 1.5 * chance_)
    return {};
  warned_ = true;
  char text[400];
  std::snprintf(text, sizeof text,
                "Warning: the features collapsed at step %lld: source test accuracy fell from %.3f to %.3f "
                "(chance %.3f). A domain accuracy near 0.5 now means nothing is left to classify, not aligned "
                "domains; a lower lambda max or learning rate keeps the feature extractor alive.",
                static_cast<long long>(step), before, acc, chance_);
  return text;
}

} // namespace twb
