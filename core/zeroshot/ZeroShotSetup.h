#pragma once
// Everything a zero-shot run decides before training: the class descriptions, the
// seen/unseen split, and the training images of the seen classes (the only ones
// training ever touches). Plain C++.
#include "data/Dataset.h"
#include "experiment/Experiment.h"
#include "zeroshot/ClassDescriptions.h"

#include <string>
#include <vector>

namespace twb {

struct ZeroShotSetup {
  ClassDescriptions descriptions;
  std::vector<bool> unseen; // per class of the dataset
  ImageSet seenTrain;       // the training split without any image of an unseen class

  std::vector<std::string> unseenNames(const std::vector<std::string>& classNames) const;
};

// InputError for a bad split or descriptions (naming the key or file).
ZeroShotSetup prepareZeroShot(const Experiment& e, const Dataset& dataset);

} // namespace twb
