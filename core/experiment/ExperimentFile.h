#pragma once
// The experiment file (shared/CONTRACT.md): read strictly, written resolved, and
// changed by `--set KEY=VALUE`. The common sections are read here; each method reads
// and writes its own settings and sections through its declaration (methods/Method.h).
#include "experiment/Experiment.h"

#include <string>
#include <vector>

namespace twb {

// What a file's missing keys take: the default method (DANN) on digits -> digits-m,
// the MNIST -> MNIST-M gap of the DANN paper, with the paper's recipe (LeNet, SGD with
// its learning-rate decay, batch 64 + 64, 8,000 steps), as shared/CONTRACT.md's
// example file has it. resources/experiments/dann_paper_digits_to_digits_m.json.
Experiment defaultExperiment();

// The experiment a new window opens (File > New too) and
// resources/experiments/dann_digits_to_digits_m.json holds: DANN on the same gap
// with the public batch-norm and dropout recipe (lenet_bn_dropout, each domain
// normalised with its own statistics, Adam 1e-3, batch 128 + 128, 8,000 steps), which
// closes far more of the gap than the paper's on these small datasets (docs/adaptation.md).
Experiment openingExperiment();

// The values of method.lambda.schedule and training.lr_schedule, in the order the
// Experiment panel lists them; the backbones.
std::vector<std::string> lambdaSchedules();
std::vector<std::string> lrSchedules();

// Parses and validates an experiment file's text. `origin` (a path or "--set") is
// named in every error. Unknown keys, wrong types and out-of-range values throw
// InputError; missing keys take their defaults.
Experiment parseExperiment(const std::string& jsonText, const std::string& origin);

// The resolved experiment as pretty JSON, every default filled in: the common
// sections and what its method reads (another method's settings are left out).
std::string experimentToJson(const Experiment& experiment);

// True when `checkpointExperiment` (the JSON a model.pt carries, named by `origin`)
// is the recipe `e`: the same settings, however the files are spaced.
bool isExperimentOf(const std::string& checkpointExperiment, const std::string& origin, const Experiment& e);

// The same with every method's settings and sections, whichever method it names: two
// experiments that differ anywhere a user can edit differ here.
std::string everyMethodJson(const Experiment& experiment);

Experiment loadExperimentFile(const std::string& path);
// Written to a temporary file and renamed, so an existing file is never half-written.
void saveExperimentFile(const std::string& path, const Experiment& experiment);

// Applies one `--set KEY=VALUE` override by dotted path (e.g. "training.steps=500");
// any method's settings and sections can be set. VALUE is read as JSON when it
// parses as JSON, else as a string. Re-validates.
void applySetting(Experiment& experiment, const std::string& keyEqualsValue);

} // namespace twb
