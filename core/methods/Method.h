#pragma once
// A method as one plug-in: what it is called, what it needs from an experiment, its
// own settings (declared once: the experiment file, `--set` and the window's form
// all read the declaration), the metrics it logs, its baselines, how a results
// table names its runs, and the run object that trains it. Each method is one class
// in its own folder under methods/, registered by one line of methods/MethodList.h;
// nothing else in the tree names it. The public part is plain C++ (the window reads
// it); the run (MethodRun, torch) is built in core only.
#include "base/Message.h"
#include "experiment/Experiment.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace twb {

class JsonReader;
class MethodRun;
struct EmbeddingData;
struct EmbeddingRequest;

// Where a method stands in a comparison: the two bounds every domain-adaptation
// number is read against, or a method between them.
enum class MethodRole { LowerBound, UpperBound, Method };

// What a method reads from an experiment beyond the common sections. The trainer
// prepares these; the window shows the fields and panels for them.
struct MethodNeeds {
  bool targetImages = false;      // an unlabelled target batch each step (domain adaptation)
  bool targetLabels = false;      // trains on the target's labels (target.labels_per_class)
  bool sourceModel = false;       // copies a source model's layers into a model of the target's classes
  bool tasks = false;             // the tasks section; its datasets stand for source and target
  bool classDescriptions = false; // the zeroshot section: classes described by attributes or word vectors
  bool lambda = false;            // method.lambda: the schedule of an adversarial term's weight
  bool translatesImages = false;  // trains an image-to-image translation (the Translation tab shows its runs)
};

struct SettingChoice {
  std::string value; // as the experiment file writes it
  Message help;      // what choosing it means
};

// One of a method's own settings, under "method" at a dotted key.
struct SettingSpec {
  SettingSpec(std::string k, SettingValue value, Message t, Message h)
      : key(std::move(k)), defaultValue(std::move(value)), title(std::move(t)), help(std::move(h)) {}

  std::string key;            // "adversary", "domain_classifier.width"
  SettingValue defaultValue;  // its type is the setting's type
  Message title;              // the form's label: "Adversary"
  Message help;               // the form's tooltip
  double minimum = -std::numeric_limits<double>::infinity(); // numbers only
  double maximum = std::numeric_limits<double>::infinity();
  std::vector<SettingChoice> choices; // a text setting: its allowed values, the default first
  // An integer setting whose value 0 makes this one meaningless (a width without
  // hidden layers); empty = always in use.
  std::string unusedWhenZero;
};

// Which of the window's stacked plots a metric belongs on.
enum class MetricPlot { Losses, Accuracies, Schedules };

// A metric a method logs: metrics.csv's column and the curve's name. A name ending in
// '*' is a family (loss/* is one loss per task): the star stands for a task's name and
// the title's %1 for it.
struct MetricInfo {
  std::string name;
  Message title;
  MetricPlot plot = MetricPlot::Losses;
  bool perBatch = true; // measured on training batches (noisy: smoothed); else on a test split
  Message meaning;       // one line for a newcomer: what it measures, how to read it
};

// The curves a one-number view (the Compare Runs plot) draws a run by, and what to
// say after the run's name ("unseen classes"; empty for the target's accuracy).
struct Headline {
  std::string accuracy, loss;
  Message caption;
};

// A module a method trains beside the network, for the Model panel's totals.
struct ModuleSize {
  Message title;      // "domain classifier"
  std::string shape;  // "768 → 100 → 1"
  std::int64_t parameters = 0;
};

class Method {
public:
  virtual ~Method() = default;

  virtual std::string name() const = 0;  // method.name in experiment files
  virtual Message title() const = 0;     // one line for the Method box: "DANN: domain-adversarial training"
  virtual MethodRole role() const { return MethodRole::Method; }
  virtual MethodNeeds needs() const { return {}; }
  virtual std::vector<SettingSpec> settings() const { return {}; }
  virtual std::vector<MetricInfo> metrics() const { return {}; }

  // A small experiment it runs on as it is (tests, the registry's self-check).
  virtual Experiment example() const = 0;

  // The runs it is compared with, on the same recipe and seed. By default the two
  // bounds (source_only, target_only); none for a bound itself.
  virtual std::vector<Experiment> baselines(const Experiment& e) const;
  // What a results table calls a run: its name, or a variant of it ("finetune (from
  // scratch)", "multitask: parity alone").
  virtual Message label(const Experiment&) const { return name(); }
  // A short tag that tells this variant's run directory from the others of the same
  // recipe and seed ("scratch", "parity-alone"); empty for the plain method.
  virtual std::string variant(const Experiment&) const { return {}; }
  // Its data as a results table shows them ("digits → digits-m").
  virtual Message datasets(const Experiment& e) const;
  // Runs with equal keys (and equal seed, steps and backbone) are one comparison.
  virtual std::string comparisonKey(const Experiment& e) const;
  // Its settings as a results table shows them beside the numbers; by default each
  // setting that is not at its default. Empty when there is nothing to say (a table
  // writes "—").
  virtual Message recipe(const Experiment& e) const;
  // Whether its runs have a source test accuracy (a fine-tuning that copies nothing has
  // no source model).
  virtual bool measuresSource(const Experiment&) const { return true; }
  // The modules it trains beside the network, given the network's feature width.
  virtual std::vector<ModuleSize> ownModules(const Experiment&, std::int64_t /*featureDim*/) const { return {}; }
  // The tasks a run trains, in order, when it has several (multitask); else empty.
  virtual std::vector<std::string> taskNames(const Experiment&) const { return {}; }
  // What the Compare Runs plot draws its runs by: by default the target's test
  // accuracy and the label loss.
  virtual Headline headline(const Experiment& e) const;

  // The embedding view: layers it adds to the network's (a zero-shot joint space), and
  // their features. Built in core (torch).
  virtual std::vector<std::string> extraLayers() const { return {}; }
  virtual EmbeddingData embedExtraLayer(const EmbeddingRequest& request) const;

  // Its own sections of the experiment file beyond its settings (the tasks, zeroshot
  // sections): read from every file (an older file may hold any method's sections),
  // written for runs of this method only.
  virtual void readSections(JsonReader& root, Experiment& e) const;
  virtual void writeSections(const Experiment& e, nlohmann::ordered_json& root) const;

  // One run of it (torch; built in core only).
  virtual std::unique_ptr<MethodRun> startRun(const Experiment& e) const = 0;

  // The value of one of its settings in `e` (its default when the file had none).
  SettingValue setting(const Experiment& e, const std::string& key) const;
  std::int64_t integerSetting(const Experiment& e, const std::string& key) const;
  double realSetting(const Experiment& e, const std::string& key) const;
  std::string textSetting(const Experiment& e, const std::string& key) const;
};

} // namespace twb
