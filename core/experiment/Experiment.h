#pragma once
// An experiment: what to train, on what, and how. Mirrors the JSON experiment file
// of shared/CONTRACT.md field for field; every field has a documented default, so a
// resolved experiment (experimentToJson) always spells out the whole recipe.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace twb {

struct DomainSpec {
  std::string dataset = "digits"; // built-in name, folder:PATH or idx:PATH
  int labelsPerClass = 0;         // target only: 0 = all labels (where a method uses them)
  // Keeps only these class indices of the dataset, renumbered 0.. in this order
  // (e.g. Fashion-MNIST [0,1,2,3,4] as one task, [5,6,7,8,9] as another); empty = all.
  std::vector<int> classes;
};

struct ModelSpec {
  std::string backbone = "lenet";
  std::vector<std::string> freeze;      // layer names whose weights do not train
  std::map<std::string, double> lrMult; // layer name -> learning-rate multiplier
  // finetune: layers that start from fresh random weights instead of the source's.
  std::vector<std::string> reinit;
  // finetune: a run directory whose model.pt is the source model; empty = pretrain
  // on the source first (method.pretrain_steps).
  std::string initFrom;
  // finetune: layers copied from the source model; "all" (transferAll) = every layer
  // but the head, which always starts fresh for the target's classes.
  bool transferAll = true;
  std::vector<std::string> transfer;
  // finetune: nothing is copied, so the target model trains from scratch (the
  // baseline a fine-tuning run is compared with).
  bool copiesNothing() const { return !transferAll && transfer.empty(); }
};

struct LambdaSpec {
  std::string schedule = "ganin"; // "ganin" or "constant"
  double gamma = 10.0;
  double max = 1.0;
};

// DANN's domain classifier on the features: hidden ReLU layers, then one logit.
struct DomainClassifierSpec {
  int hiddenLayers = 1;
  int width = 100;
};

struct MethodSpec {
  std::string name = "dann";
  // How DANN's feature extractor plays against the domain classifier: "reversal", the
  // gradient reversal layer (Ganin & Lempitsky 2015), or "confusion", features pushed
  // toward a domain prediction of 0.5 for every image (Tzeng et al. 2015).
  std::string adversary = "reversal";
  LambdaSpec lambda;                     // adversarial methods (dann)
  DomainClassifierSpec domainClassifier; // adversarial methods (dann)
  std::int64_t pretrainSteps = 3000;     // finetune: source steps when model.init_from is empty
};

struct TrainingSpec {
  // DANN on digits -> digits-m needs thousands of steps before the features align
  // (bench/accuracy.sh); source_only and target_only reach their plateau sooner.
  std::int64_t steps = 8000;
  int batchSize = 64;
  std::string optimizer = "sgd";        // "sgd" or "adam"
  double lr = 0.01;
  double momentum = 0.9;                 // sgd only
  std::string lrSchedule = "ganin";      // "ganin" (mu0 / (1 + 10 p)^0.75) or "constant"
  std::string device = "auto";           // "auto", "cpu" or "cuda"
};

struct EvalSpec {
  std::int64_t every = 200; // evaluate on the test splits every N steps (and at the end)
};

// One task of a multitask experiment: its own head on the shared trunk (core/Tasks.h).
struct TaskSpec {
  std::string name;               // metric names loss/<name>, acc/<name>, weight/<name>
  std::string dataset = "digits"; // the images the task learns from
  std::string label = "class";    // the dataset's classes, or a label derived from them
  double weight = 1.0;            // fixed loss weight (the start value under uncertainty weighting)
  int labelsPerClass = 0;         // 0 = every training label; else a seeded subset per class
};

// The tasks of `method.name = "multitask"`: a built-in family or a custom list.
struct TasksSpec {
  std::string family = "digits";   // "digits", "fashion", "digits_fashion" or "custom"
  std::string weighting = "fixed"; // "fixed" or "uncertainty" (Kendall, Gal & Cipolla 2018)
  int labelsPerClass = 0;          // a family's first task: 0 = all labels, else this many per class
  std::string only;                // train this one task alone (a single-task baseline); "" = all
  std::vector<TaskSpec> list;      // family "custom" only
};

// Zero-shot learning (method "zeroshot", core/zeroshot/): images and class
// descriptions mapped into one space; unseen classes recognised by their description.
struct ZeroShotSpec {
  std::string loss = "margin";     // "margin" (hinge on the best wrong class) or "devise" (sum over wrong classes)
  double margin = 1.0;             // k of the hinge
  std::vector<std::string> unseen; // class names held out of training; empty = the dataset's default split
  std::string attributes;          // a user attribute CSV; empty = the dataset's own table
  std::string wordVectors;         // a GloVe-style text file; when set, classes are described by word vectors
  int embeddingDim = 64;           // dimension of the joint space
  double eszslGamma = 1.0;         // ESZSL baseline: regulariser on the image-feature side
  double eszslLambda = 1.0;        // ESZSL baseline: regulariser on the description side
  int conseTop = 3;                // ConSE baseline: seen classes combined per image
};

struct Experiment {
  std::string name = "DANN: digits -> digits-m";
  std::uint64_t seed = 1;
  DomainSpec source;                   // digits
  DomainSpec target{"digits-m", 0, {}}; // the MNIST -> MNIST-M gap of the DANN paper
  ModelSpec model;
  MethodSpec method;
  TrainingSpec training;
  EvalSpec eval;
  TasksSpec tasks; // multitask only
  ZeroShotSpec zeroshot;
};

// The experiment a new window or `twb` starts from.
Experiment defaultExperiment();

// Whether the run trains on the target's labels (target_only, finetune): only these
// read target.labels_per_class, the labelled images per class they keep (0 = all).
bool trainsOnTargetLabels(const Experiment& experiment);
// Runs whose target is their source: the same dataset named twice, zero-shot (source
// only) and multitask (each task brings its own data; the main task stands for both).
bool isOneDomain(const Experiment& experiment);
// Whether the run's source and target are two domains with the same classes, whose
// features a domain probe (proxy A-distance) can compare: source_only, target_only
// and DANN between two datasets. Not a dataset named twice, zero-shot or multitask
// (one domain), nor finetune (two class sets of one domain, a new task).
bool hasTwoDomains(const Experiment& experiment);
// A finetune run that copies no layer (its from-scratch baseline) has no source
// model, so no source accuracy: summary.json's 0 there means "none".
bool trainsFromScratch(const Experiment& experiment);

// Methods this build can run, and every name the contract reserves.
std::vector<std::string> implementedMethods();
bool isImplementedMethod(const std::string& name);
// The values of method.adversary, the paper's "reversal" first.
std::vector<std::string> dannAdversaries();
// The values of method.lambda.schedule and training.lr_schedule, in the order the
// Experiment panel lists them.
std::vector<std::string> lambdaSchedules();
std::vector<std::string> lrSchedules();

// Parses and validates an experiment file's text. `origin` (a path or "--set") is
// named in every error. Unknown keys, wrong types and out-of-range values throw
// InputError; missing keys take the defaults above.
Experiment parseExperiment(const std::string& jsonText, const std::string& origin);

// The resolved experiment as pretty JSON, every default filled in.
std::string experimentToJson(const Experiment& experiment);

Experiment loadExperimentFile(const std::string& path);
// Written to a temporary file and renamed, so an existing file is never half-written.
void saveExperimentFile(const std::string& path, const Experiment& experiment);

// Applies one `--set KEY=VALUE` override by dotted path (e.g. "training.steps=500").
// VALUE is read as JSON when it parses as JSON, else as a string. Re-validates.
void applySetting(Experiment& experiment, const std::string& keyEqualsValue);

} // namespace twb
