#include "experiment/Experiment.h"

#include "base/AtomicFile.h"
#include "base/JsonReader.h"
#include "methods/multitask/TasksJson.h"
#include "base/Text.h"
#include "methods/zeroshot/ZeroShotSpecJson.h"

#include <algorithm>

namespace twb {

namespace {

// Every method name the contract reserves; only some are implemented so far.
const std::vector<std::string> kReservedMethods = {"source_only",   "target_only", "finetune", "dann",
                                                   "mmd",           "coral",       "entropy",  "mcd",
                                                   "self_training", "multitask",   "zeroshot"};
const std::vector<std::string> kImplementedMethods = {"source_only", "target_only", "dann",
                                                      "finetune",    "multitask",   "zeroshot"};
const std::vector<std::string> kBuiltinDatasets = {"digits", "digits-m", "syndigits", "fashion", "shapes"};
const std::vector<std::string> kAdversaries = {"reversal", "confusion"};
const std::vector<std::string> kLambdaSchedules = {"ganin", "constant"};
const std::vector<std::string> kLrSchedules = {"constant", "ganin"};
const std::vector<std::string> kBackbones = {"lenet", "lenet_bn", "resnet"};

bool contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// A list of distinct non-negative class indices; the range is checked when the
// dataset is loaded (only then is its class count known).
void readClassSubset(JsonReader& r, std::vector<int>& classes) {
  const Json* list = r.raw("classes");
  if (!list)
    return;
  if (!list->is_array())
    r.fail("classes", "must be a list of class indices, e.g. [0, 1, 2, 3, 4]");
  classes.clear();
  for (const auto& c : *list) {
    if (!c.is_number_integer() || c.get<std::int64_t>() < 0 || c.get<std::int64_t>() > 100000)
      r.fail("classes", "must hold non-negative integer class indices, got " + c.dump());
    const int index = c.get<int>();
    if (std::find(classes.begin(), classes.end(), index) != classes.end())
      r.fail("classes", "names class " + std::to_string(index) + " twice");
    classes.push_back(index);
  }
}

void readDomain(JsonReader r, DomainSpec& d, bool isTarget) {
  r.read("dataset", d.dataset);
  const bool spec = d.dataset.rfind("folder:", 0) == 0 || d.dataset.rfind("idx:", 0) == 0;
  if (!spec && !contains(kBuiltinDatasets, d.dataset))
    r.fail("dataset", "is '" + d.dataset + "'; expected a built-in (" + joinedList(kBuiltinDatasets) +
                          "), folder:PATH or idx:PATH");
  if (isTarget) {
    r.read("labels_per_class", d.labelsPerClass);
    requireAtLeast(r, "labels_per_class", d.labelsPerClass, 0);
  }
  readClassSubset(r, d.classes);
  r.finish();
}

void readModel(JsonReader r, ModelSpec& m) {
  r.read("backbone", m.backbone);
  requireOneOf(r, "backbone", m.backbone, kBackbones);
  r.read("freeze", m.freeze);
  r.read("reinit", m.reinit);
  r.read("init_from", m.initFrom);
  if (const Json* t = r.raw("transfer")) {
    if (t->is_string() && t->get<std::string>() == "all") {
      m.transferAll = true;
      m.transfer.clear();
    } else if (t->is_array() && std::all_of(t->begin(), t->end(), [](const Json& v) { return v.is_string(); })) {
      m.transferAll = false;
      m.transfer = t->get<std::vector<std::string>>();
    } else {
      r.fail("transfer", "must be \"all\" or a list of layer names");
    }
  }
  if (const Json* mult = r.raw("lr_mult")) {
    if (!mult->is_object())
      r.fail("lr_mult", "must be an object mapping layer names to numbers");
    m.lrMult.clear();
    for (auto it = mult->begin(); it != mult->end(); ++it) {
      if (!it.value().is_number() || it.value().get<double>() < 0)
        r.fail("lr_mult." + it.key(), "must be a non-negative number");
      m.lrMult[it.key()] = it.value().get<double>();
    }
  }
  r.finish();
}

void readMethod(JsonReader r, MethodSpec& m) {
  r.read("name", m.name);
  requireOneOf(r, "name", m.name, kReservedMethods);
  if (!contains(kImplementedMethods, m.name))
    r.fail("name",
           "is '" + m.name + "', which this version cannot run yet; available: " + joinedList(kImplementedMethods));
  r.read("adversary", m.adversary);
  requireOneOf(r, "adversary", m.adversary, kAdversaries);
  JsonReader l = r.object("lambda");
  l.read("schedule", m.lambda.schedule);
  requireOneOf(l, "schedule", m.lambda.schedule, kLambdaSchedules);
  l.read("gamma", m.lambda.gamma);
  requireAtLeast(l, "gamma", m.lambda.gamma, 0);
  l.read("max", m.lambda.max);
  requireAtLeast(l, "max", m.lambda.max, 0);
  l.finish();
  JsonReader d = r.object("domain_classifier");
  d.read("hidden_layers", m.domainClassifier.hiddenLayers);
  requireAtLeast(d, "hidden_layers", m.domainClassifier.hiddenLayers, 0);
  if (m.domainClassifier.hiddenLayers > 8)
    d.fail("hidden_layers", "must be at most 8");
  d.read("width", m.domainClassifier.width);
  requireAtLeast(d, "width", m.domainClassifier.width, 1);
  if (m.domainClassifier.width > 8192)
    d.fail("width", "must be at most 8192");
  d.finish();
  r.read("pretrain_steps", m.pretrainSteps);
  requireAtLeast(r, "pretrain_steps", static_cast<double>(m.pretrainSteps), 1);
  r.finish();
}

void readTraining(JsonReader r, TrainingSpec& t) {
  r.read("steps", t.steps);
  requireAtLeast(r, "steps", static_cast<double>(t.steps), 1);
  r.read("batch_size", t.batchSize);
  requireAtLeast(r, "batch_size", t.batchSize, 1);
  if (t.batchSize > 4096)
    r.fail("batch_size", "must be at most 4096, got " + std::to_string(t.batchSize));
  r.read("optimizer", t.optimizer);
  requireOneOf(r, "optimizer", t.optimizer, {"sgd", "adam"});
  r.read("lr", t.lr);
  requireGreaterThan(r, "lr", t.lr, 0);
  r.read("momentum", t.momentum);
  if (!(t.momentum >= 0 && t.momentum < 1))
    r.fail("momentum", "must be in [0, 1)");
  r.read("lr_schedule", t.lrSchedule);
  requireOneOf(r, "lr_schedule", t.lrSchedule, kLrSchedules);
  r.read("device", t.device);
  requireOneOf(r, "device", t.device, {"auto", "cpu", "cuda"});
  r.finish();
}

Experiment fromJson(const Json& j, const std::string& origin) {
  Experiment e;
  JsonReader r(j, origin);
  r.read("name", e.name);
  r.read("seed", e.seed);
  readDomain(r.object("source"), e.source, false);
  readDomain(r.object("target"), e.target, true);
  readModel(r.object("model"), e.model);
  readMethod(r.object("method"), e.method);
  readTraining(r.object("training"), e.training);
  JsonReader ev = r.object("eval");
  ev.read("every", e.eval.every);
  requireAtLeast(ev, "every", static_cast<double>(e.eval.every), 1);
  ev.finish();
  readTasks(r.object("tasks"), e.tasks, [](JsonReader& tr, const std::string& key, const std::string& dataset) {
    const bool spec = dataset.rfind("folder:", 0) == 0 || dataset.rfind("idx:", 0) == 0;
    if (!spec && !contains(kBuiltinDatasets, dataset))
      tr.fail(key, "is '" + dataset + "'; expected a built-in (" + joinedList(kBuiltinDatasets) +
                       "), folder:PATH or idx:PATH");
  });
  readZeroShot(r.object("zeroshot"), e.zeroshot);
  r.finish();
  return e;
}

Json toJson(const Experiment& e) {
  Json lrMult = Json::object();
  for (const auto& [layer, mult] : e.model.lrMult)
    lrMult[layer] = mult;
  Json j{
      {"name", e.name},
      {"seed", e.seed},
      {"source", {{"dataset", e.source.dataset}, {"classes", e.source.classes}}},
      {"target",
       {{"dataset", e.target.dataset}, {"labels_per_class", e.target.labelsPerClass}, {"classes", e.target.classes}}},
      {"model",
       {{"backbone", e.model.backbone},
        {"freeze", e.model.freeze},
        {"lr_mult", lrMult},
        {"reinit", e.model.reinit},
        {"init_from", e.model.initFrom},
        {"transfer", e.model.transferAll ? Json("all") : Json(e.model.transfer)}}},
      {"method",
       {{"name", e.method.name},
        {"adversary", e.method.adversary},
        {"lambda",
         {{"schedule", e.method.lambda.schedule}, {"gamma", e.method.lambda.gamma}, {"max", e.method.lambda.max}}},
        {"domain_classifier",
         {{"hidden_layers", e.method.domainClassifier.hiddenLayers}, {"width", e.method.domainClassifier.width}}},
        {"pretrain_steps", e.method.pretrainSteps}}},
      {"training",
       {{"steps", e.training.steps},
        {"batch_size", e.training.batchSize},
        {"optimizer", e.training.optimizer},
        {"lr", e.training.lr},
        {"momentum", e.training.momentum},
        {"lr_schedule", e.training.lrSchedule},
        {"device", e.training.device}}},
      {"eval", {{"every", e.eval.every}}},
      {"zeroshot", zeroShotToJson(e.zeroshot)},
  };
  if (e.method.name == "multitask") // the tasks section only where it is read
    j["tasks"] = tasksToJson(e.tasks);
  return j;
}

} // namespace

Experiment defaultExperiment() {
  return Experiment{};
}

bool trainsOnTargetLabels(const Experiment& experiment) {
  return experiment.method.name == "target_only" || experiment.method.name == "finetune";
}

bool isOneDomain(const Experiment& e) {
  return e.target.dataset == e.source.dataset || e.method.name == "zeroshot" || e.method.name == "multitask";
}

bool hasTwoDomains(const Experiment& e) {
  return !isOneDomain(e) && e.method.name != "finetune";
}

bool trainsFromScratch(const Experiment& experiment) {
  return experiment.method.name == "finetune" && experiment.model.copiesNothing();
}

std::vector<std::string> implementedMethods() {
  return kImplementedMethods;
}

std::vector<std::string> dannAdversaries() {
  return kAdversaries;
}

std::vector<std::string> lambdaSchedules() {
  return kLambdaSchedules;
}

std::vector<std::string> lrSchedules() {
  return kLrSchedules;
}

bool isImplementedMethod(const std::string& name) {
  return contains(kImplementedMethods, name);
}

Experiment parseExperiment(const std::string& jsonText, const std::string& origin) {
  return fromJson(parseJsonText(jsonText, origin), origin);
}

std::string experimentToJson(const Experiment& experiment) {
  return toJson(experiment).dump(2) + "\n";
}

Experiment loadExperimentFile(const std::string& path) {
  return parseExperiment(readFile(path), path);
}

void saveExperimentFile(const std::string& path, const Experiment& experiment) {
  writeFileAtomic(path, experimentToJson(experiment));
}

void applySetting(Experiment& experiment, const std::string& keyEqualsValue) {
  const auto eq = keyEqualsValue.find('=');
  const std::string origin = "--set " + keyEqualsValue;
  if (eq == std::string::npos || eq == 0)
    throw InputError(origin + ": expected KEY=VALUE, e.g. training.steps=500");
  const std::string key = keyEqualsValue.substr(0, eq);
  const std::string text = keyEqualsValue.substr(eq + 1);

  // VALUE as JSON when it is JSON (500, 0.1, true, ["conv1"]), else as a plain string.
  Json value;
  try {
    value = Json::parse(text);
  } catch (const nlohmann::json::parse_error&) {
    value = text;
  }

  Json j = toJson(experiment);
  Json* node = &j;
  std::size_t start = 0;
  while (true) {
    const auto dot = key.find('.', start);
    const std::string part = key.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (part.empty() || !node->is_object())
      throw InputError(origin + ": unknown key '" + key + "'");
    // lr_mult is a map whose keys are layer names: new entries are allowed there.
    const bool openMap = start >= 6 && key.compare(0, start - 1, "model.lr_mult") == 0;
    if (!openMap && !node->contains(part))
      throw InputError(origin + ": unknown key '" + key + "'");
    node = &(*node)[part];
    if (dot == std::string::npos)
      break;
    start = dot + 1;
  }
  *node = value;
  experiment = fromJson(j, origin);
}

} // namespace twb
