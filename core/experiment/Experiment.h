#pragma once
// An experiment: what to train, on what, and how. Mirrors the JSON experiment file
// of shared/CONTRACT.md field for field; every field has a documented default, so a
// resolved experiment (experimentToJson, experiment/ExperimentFile.h) always spells
// out the whole recipe. Plain data: what a method reads of it is the method's own
// business (methods/Method.h).
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "experiment/MethodSettings.h"

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
  // The network's input channels: 0 = the most of the source's and the target's (grey
  // images are repeated into colour). A source model pretrained for a colour target
  // is written with 3 here, so its own experiment.json reproduces it.
  int inputChannels = 0;
  std::vector<std::string> freeze;      // layer names whose weights do not train
  std::map<std::string, double> lrMult; // layer name -> learning-rate multiplier
  // Layers that start from fresh random weights instead of the source model's.
  std::vector<std::string> reinit;
  // A run directory whose model.pt is the source model; empty = pretrain on the
  // source first (methods that copy a source model's layers).
  std::string initFrom;
  // Layers copied from the source model; "all" (transferAll) = every layer but the
  // head, which always starts fresh for the target's classes.
  bool transferAll = true;
  std::vector<std::string> transfer;
  // "joint": a method that trains on a source and a target batch sends them through the
  // network together, so batch norm normalises both with one set of batch statistics;
  // "per_domain": each batch goes through alone and is normalised with its own
  // (domain-specific batch statistics, as the public DANN recipes do by forwarding the
  // two batches separately). No effect on a backbone without batch norm.
  std::string batchStats = "joint";
  bool perDomainBatchStats() const { return batchStats == "per_domain"; }
  // Nothing is copied, so the target model trains from scratch (the baseline a
  // fine-tuning run is compared with).
  bool copiesNothing() const { return !transferAll && transfer.empty(); }
};

// The weight of a method's adaptation term over training progress
// (training/Schedules.h): the adversarial term of DANN, the alignment or
// decision-boundary term of the others.
struct LambdaSpec {
  std::string schedule = "ganin"; // "ganin", "warmup" or "constant"
  double gamma = 10.0;            // ganin only
  double max = 1.0;
  std::int64_t warmupSteps = 1000; // warmup only: the steps of the ramp-up
};

struct MethodSpec {
  // A method of the registry (methods/Registry.h); empty = the registry's default.
  std::string name;
  LambdaSpec lambda; // methods that weigh an adversarial term (MethodNeeds::lambda)
  // Each method's own settings under "method", by dotted key ("adversary",
  // "domain_classifier.width"); a key not here has its method's default.
  MethodSettings settings;
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
  std::string family = "digits";   // "digits", "fashion", "digits_fashion", "spoken_languages" or "custom"
  std::string weighting = "fixed"; // "fixed" or "uncertainty" (Kendall, Gal & Cipolla 2018)
  int labelsPerClass = 0;          // a family's first task: 0 = all labels, else this many per class
  std::string only;                // train this one task alone (a single-task baseline); "" = all
  std::vector<TaskSpec> list;      // family "custom" only
};

// Zero-shot learning (method "zeroshot", core/zeroshot/): images and class
// descriptions mapped into one space; unseen classes recognised by their description.
struct ZeroShotSpec {
  std::string loss = "margin";     // "margin" (hinge on the best wrong class), "devise" (sum over wrong classes) or "l2" (naive)
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
  std::string name;
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

} // namespace twb
