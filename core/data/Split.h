#pragma once
// A seeded, stratified train/test split of a dataset that ships as one pool.
#include "data/Dataset.h"

#include <cstdint>

namespace twb {

// Moves `testFraction` of each class of d.train (at least one image of a class with
// two or more) into d.test, in a seeded order.
void splitTrainTest(Dataset& d, std::uint64_t seed, double testFraction);

} // namespace twb
