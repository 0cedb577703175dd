#include "zeroshot/ZeroShotSetup.h"

namespace twb {

std::vector<std::string> ZeroShotSetup::unseenNames(const std::vector<std::string>& classNames) const {
  std::vector<std::string> out;
  for (std::size_t c = 0; c < classNames.size(); ++c)
    if (unseen[c])
      out.push_back(classNames[c]);
  return out;
}

ZeroShotSetup prepareZeroShot(const Experiment& e, const Dataset& dataset) {
  ZeroShotSetup s;
  s.unseen = unseenMask(e.zeroshot, dataset.name, dataset.classNames);
  s.descriptions = describeClasses(e.zeroshot, dataset.name, dataset.classNames);
  std::vector<std::size_t> keep;
  for (std::size_t i = 0; i < dataset.train.size(); ++i)
    if (!s.unseen[static_cast<std::size_t>(dataset.train.labels[i])])
      keep.push_back(i);
  s.seenTrain = dataset.train.subset(keep);
  return s;
}

} // namespace twb
