#pragma once
// One dataset split into tasks by class: keep some classes, renumbered 0.. in the
// order given (Fashion-MNIST 0-4 as a source task, 5-9 as a target task).
#include "data/Dataset.h"

#include <string>
#include <vector>

namespace twb {

// Keeps only the images of `classes` (indices into d.classNames) in both splits.
// Empty `classes` keeps everything. InputError naming `key` (e.g. "target.classes")
// for an index the dataset does not have.
void selectClasses(Dataset& d, const std::vector<int>& classes, const std::string& key);

} // namespace twb
