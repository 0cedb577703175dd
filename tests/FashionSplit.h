#pragma once
// The fine-tuning tests' task: Fashion-MNIST classes 0-4 (tops, trousers, ...) as the
// source task and 5-9 (sandals, shirts, ...) as the target task with 10 labels per
// class, as resources/experiments/finetune_fashion_0-4_to_5-9.json has it; a test
// sets the steps it can afford.
#include "experiment/Experiment.h"
#include "experiment/ExperimentFile.h"

namespace twbtest {

inline twb::Experiment fashionSplitFinetune(const char* name) {
  twb::Experiment e = twb::defaultExperiment();
  e.name = name;
  e.method.name = "finetune";
  e.source = twb::DomainSpec{"fashion", 0, {0, 1, 2, 3, 4}};
  e.target = twb::DomainSpec{"fashion", 10, {5, 6, 7, 8, 9}};
  e.training.batchSize = 32;
  return e;
}

} // namespace twbtest
