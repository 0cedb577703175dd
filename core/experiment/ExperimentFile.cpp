#include "experiment/ExperimentFile.h"

#include "base/AtomicFile.h"
#include "base/JsonReader.h"
#include "base/Text.h"
#include "data/DatasetSpec.h"
#include "nn/ModelInfo.h"
#include "methods/Registry.h"

#include <algorithm>
#include <map>

namespace twb {

namespace {

const std::vector<std::string> kLambdaSchedules = {"ganin", "warmup", "constant"};
const std::vector<std::string> kLrSchedules = {"constant", "ganin"};

void readClassSubset(JsonReader& r, std::vector<int>& classes) {
  const Json* list = r.raw("classes");
  if (!list)
    return;
  if (!list->is_array())
    r.fail("classes", Message::text(TWB_TR("twb", "must be a list of class indices, e.g. [0, 1, 2, 3, 4]")));
  classes.clear();
  for (const auto& c : *list) {
    if (!c.is_number_integer() || c.get<std::int64_t>() < 0 || c.get<std::int64_t>() > 100000)
      r.fail("classes", Message::text(TWB_TR("twb", "must hold non-negative integer class indices, got %1"), {c.dump()}));
    const int index = c.get<int>();
    if (std::find(classes.begin(), classes.end(), index) != classes.end())
      r.fail("classes", Message::text(TWB_TR("twb", "names class %1 twice"), {std::to_string(index)}));
    classes.push_back(index);
  }
}

void readDomain(JsonReader r, DomainSpec& d, bool isTarget) {
  r.read("dataset", d.dataset);
  if (const auto problem = datasetSpecProblem(d.dataset))
    r.fail("dataset", *problem);
  if (isTarget) {
    r.read("labels_per_class", d.labelsPerClass);
    requireAtLeast(r, "labels_per_class", d.labelsPerClass, 0);
  }
  readClassSubset(r, d.classes);
  r.finish();
}

void readModel(JsonReader r, ModelSpec& m) {
  r.read("backbone", m.backbone);
  requireOneOf(r, "backbone", m.backbone, backboneNames());
  r.read("input_channels", m.inputChannels);
  if (m.inputChannels != 0 && m.inputChannels != 1 && m.inputChannels != 3)
    r.fail("input_channels", Message::text(TWB_TR("twb", "must be 0 (from the data), 1 or 3, got %1"),
                                         {std::to_string(m.inputChannels)}));
  r.read("freeze", m.freeze);
  r.read("reinit", m.reinit);
  r.read("init_from", m.initFrom);
  r.read("batch_stats", m.batchStats);
  requireOneOf(r, "batch_stats", m.batchStats, {"joint", "per_domain"});
  if (const Json* t = r.raw("transfer")) {
    if (t->is_string() && t->get<std::string>() == "all") {
      m.transferAll = true;
      m.transfer.clear();
    } else if (t->is_array() && std::all_of(t->begin(), t->end(), [](const Json& v) { return v.is_string(); })) {
      m.transferAll = false;
      m.transfer = t->get<std::vector<std::string>>();
    } else {
      r.fail("transfer", Message::text(TWB_TR("twb", "must be \"all\" or a list of layer names")));
    }
  }
  if (const Json* mult = r.raw("lr_mult")) {
    if (!mult->is_object())
      r.fail("lr_mult", Message::text(TWB_TR("twb", "must be an object mapping layer names to numbers")));
    m.lrMult.clear();
    for (auto it = mult->begin(); it != mult->end(); ++it) {
      if (!it.value().is_number() || it.value().get<double>() < 0)
        r.fail("lr_mult." + it.key(), Message::text(TWB_TR("twb", "must be a non-negative number")));
      m.lrMult[it.key()] = it.value().get<double>();
    }
  }
  r.finish();
}

// One method setting from its reader: typed, ranged, a text among its choices.
// Stored only when the file has it; an absent key keeps its method's default.
void readSetting(JsonReader& r, const std::string& key, const SettingSpec& spec, MethodSettings& out) {
  if (!r.has(key)) {
    r.raw(key); // known: not an unknown key
    return;
  }
  SettingValue value = spec.defaultValue;
  std::visit(
      [&](auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::string>) {
          r.read(key, v);
          if (!spec.choices.empty()) {
            std::vector<std::string> allowed;
            for (const SettingChoice& c : spec.choices)
              allowed.push_back(c.value);
            requireOneOf(r, key, v, allowed);
          }
        } else if constexpr (std::is_same_v<T, bool>) {
          r.read(key, v);
        } else {
          r.read(key, v);
          requireAtLeast(r, key, static_cast<double>(v), spec.minimum);
          if (static_cast<double>(v) > spec.maximum) {
            const Json most = std::is_same_v<T, double> ? Json(spec.maximum)
                                                        : Json(static_cast<std::int64_t>(spec.maximum));
            r.fail(key, Message::text(TWB_TR("twb", "must be at most %1, got %2"), {most.dump(), Json(v).dump()}));
          }
        }
      },
      value);
  out.set(spec.key, std::move(value));
}

// Settings of several methods, grouped by their dotted keys' first part, so a nested
// object ("domain_classifier") is opened once and checked for unknown keys once.
struct SettingNode {
  std::vector<std::pair<std::string, const SettingSpec*>> leaves; // key at this level
  std::map<std::string, SettingNode> children;
};

void addSetting(SettingNode& node, const std::string& rest, const SettingSpec* spec) {
  const auto dot = rest.find('.');
  if (dot == std::string::npos) {
    for (const auto& [key, known] : node.leaves)
      if (key == rest)
        return; // two methods share a setting: one value
    node.leaves.emplace_back(rest, spec);
    return;
  }
  addSetting(node.children[rest.substr(0, dot)], rest.substr(dot + 1), spec);
}

void readSettings(JsonReader& r, const SettingNode& node, MethodSettings& out) {
  for (const auto& [key, spec] : node.leaves)
    readSetting(r, key, *spec, out);
  for (const auto& [name, child] : node.children) {
    JsonReader c = r.object(name);
    readSettings(c, child, out);
    c.finish();
  }
}

Json settingJson(const SettingValue& v) {
  return std::visit([](const auto& x) { return Json(x); }, v);
}

void writeSetting(Json& method, const std::string& key, const SettingValue& v) {
  Json* node = &method;
  std::size_t start = 0;
  for (auto dot = key.find('.'); dot != std::string::npos; dot = key.find('.', start)) {
    node = &(*node)[key.substr(start, dot - start)];
    start = dot + 1;
  }
  (*node)[key.substr(start)] = settingJson(v);
}

// The settings' declarations must outlive the reader that points at them.
const std::vector<std::vector<SettingSpec>>& allSettings() {
  static const std::vector<std::vector<SettingSpec>> all = [] {
    std::vector<std::vector<SettingSpec>> out;
    for (const Method* m : allMethods())
      out.push_back(m->settings());
    return out;
  }();
  return all;
}

void readMethod(JsonReader r, MethodSpec& m) {
  r.read("name", m.name);
  if (!findMethod(m.name)) {
    if (isReservedMethodName(m.name))
      r.fail("name", Message::text(TWB_TR("twb", "is '%1', which this version cannot run yet; available: %2"),
                                 {m.name, listMessage(methodNames())}));
    r.fail("name", Message::text(TWB_TR("twb", "is '%1'; expected one of: %2"), {m.name, listMessage(methodNames())}));
  }
  JsonReader l = r.object("lambda");
  l.read("schedule", m.lambda.schedule);
  requireOneOf(l, "schedule", m.lambda.schedule, kLambdaSchedules);
  l.read("gamma", m.lambda.gamma);
  requireAtLeast(l, "gamma", m.lambda.gamma, 0);
  l.read("max", m.lambda.max);
  requireAtLeast(l, "max", m.lambda.max, 0);
  l.read("warmup_steps", m.lambda.warmupSteps);
  requireAtLeast(l, "warmup_steps", static_cast<double>(m.lambda.warmupSteps), 1);
  l.finish();
  // Every method's settings are read, whichever method the file names: a file written
  // by an older version holds them all, and a baseline keeps its method's.
  SettingNode root;
  for (const auto& specs : allSettings())
    for (const SettingSpec& spec : specs)
      addSetting(root, spec.key, &spec);
  readSettings(r, root, m.settings);
  r.finish();
}

void readTraining(JsonReader r, TrainingSpec& t) {
  r.read("steps", t.steps);
  requireAtLeast(r, "steps", static_cast<double>(t.steps), 1);
  r.read("batch_size", t.batchSize);
  requireAtLeast(r, "batch_size", t.batchSize, 1);
  if (t.batchSize > 4096)
    r.fail("batch_size", Message::text(TWB_TR("twb", "must be at most %1, got %2"), {"4096", std::to_string(t.batchSize)}));
  r.read("optimizer", t.optimizer);
  requireOneOf(r, "optimizer", t.optimizer, {"sgd", "adam"});
  r.read("lr", t.lr);
  requireGreaterThan(r, "lr", t.lr, 0);
  r.read("momentum", t.momentum);
  if (!(t.momentum >= 0 && t.momentum < 1))
    r.fail("momentum", Message::text(TWB_TR("twb", "must be in [0, 1)")));
  r.read("lr_schedule", t.lrSchedule);
  requireOneOf(r, "lr_schedule", t.lrSchedule, kLrSchedules);
  r.read("device", t.device);
  requireOneOf(r, "device", t.device, {"auto", "cpu", "cuda"});
  r.finish();
}

Experiment fromJson(const Json& j, const std::string& origin) {
  Experiment e = defaultExperiment();
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
  for (const Method* m : allMethods())
    m->readSections(r, e);
  r.finish();
  return e;
}

// Which methods' settings and sections a written experiment holds.
enum class Scope { ItsMethod, EveryMethod };

Json toJson(const Experiment& e, Scope scope) {
  Json lrMult = Json::object();
  for (const auto& [layer, mult] : e.model.lrMult)
    lrMult[layer] = mult;
  const Method& method = methodOf(e);
  Json methodJson{{"name", method.name()}};
  if (scope == Scope::EveryMethod || method.needs().lambda)
    methodJson["lambda"] = {
        {"schedule", e.method.lambda.schedule},
        {"gamma", e.method.lambda.gamma},
        {"max", e.method.lambda.max},
        {"warmup_steps", e.method.lambda.warmupSteps}};
  const auto writeSettingsOf = [&](const Method& m) {
    for (const SettingSpec& spec : m.settings())
      writeSetting(methodJson, spec.key, m.setting(e, spec.key));
  };
  if (scope == Scope::EveryMethod) {
    for (const Method* m : allMethods())
      if (m != &method)
        writeSettingsOf(*m);
  }
  writeSettingsOf(method); // last: its own values win where methods share a key
  Json j{
      {"name", e.name},
      {"seed", e.seed},
      {"source", {{"dataset", e.source.dataset}, {"classes", e.source.classes}}},
      {"target",
       {{"dataset", e.target.dataset}, {"labels_per_class", e.target.labelsPerClass}, {"classes", e.target.classes}}},
      {"model",
       {{"backbone", e.model.backbone},
        {"input_channels", e.model.inputChannels},
        {"freeze", e.model.freeze},
        {"lr_mult", lrMult},
        {"reinit", e.model.reinit},
        {"init_from", e.model.initFrom},
        {"batch_stats", e.model.batchStats},
        {"transfer", e.model.transferAll ? Json("all") : Json(e.model.transfer)}}},
      {"method", methodJson},
      {"training",
       {{"steps", e.training.steps},
        {"batch_size", e.training.batchSize},
        {"optimizer", e.training.optimizer},
        {"lr", e.training.lr},
        {"momentum", e.training.momentum},
        {"lr_schedule", e.training.lrSchedule},
        {"device", e.training.device}}},
      {"eval", {{"every", e.eval.every}}},
  };
  if (scope == Scope::EveryMethod) {
    for (const Method* m : allMethods())
      if (m != &method)
        m->writeSections(e, j);
  }
  method.writeSections(e, j);
  return j;
}

} // namespace

Experiment defaultExperiment() {
  Experiment e;
  e.name = "DANN: digits -> digits-m";
  e.method.name = defaultMethod().name();
  return e;
}

Experiment openingExperiment() {
  Experiment e = defaultExperiment();
  e.model.backbone = "lenet_bn_dropout";
  e.model.batchStats = "per_domain";
  e.training.batchSize = 128;
  e.training.optimizer = "adam";
  e.training.lr = 0.001;
  e.training.lrSchedule = "constant";
  return e;
}

std::vector<std::string> lambdaSchedules() {
  return kLambdaSchedules;
}

std::vector<std::string> lrSchedules() {
  return kLrSchedules;
}

Experiment parseExperiment(const std::string& jsonText, const std::string& origin) {
  return fromJson(parseJsonText(jsonText, origin), origin);
}

std::string experimentToJson(const Experiment& experiment) {
  return toJson(experiment, Scope::ItsMethod).dump(2) + "\n";
}

std::string everyMethodJson(const Experiment& experiment) {
  return toJson(experiment, Scope::EveryMethod).dump(2) + "\n";
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
    throw InputError(Message::text(TWB_TR("twb", "%1: expected KEY=VALUE, e.g. training.steps=500"), {origin}));
  const std::string key = keyEqualsValue.substr(0, eq);
  const std::string text = keyEqualsValue.substr(eq + 1);

  // VALUE as JSON when it is JSON (500, 0.1, true, ["conv1"]), else as a plain string.
  // A number no double holds (1e999) is neither: named as the file reader names it.
  Json value;
  try {
    value = Json::parse(text);
  } catch (const nlohmann::json::parse_error&) {
    value = text;
  } catch (const nlohmann::json::out_of_range& e) {
    throwJsonError(e, origin);
  }

  // Every method's keys are there, so `--set` reaches a setting of the method another
  // `--set method.name=...` is about to choose, in either order.
  Json j = toJson(experiment, Scope::EveryMethod);
  Json* node = &j;
  std::size_t start = 0;
  const Message unknown = Message::text(TWB_TR("twb", "%1: unknown key '%2'"), {origin, key});
  while (true) {
    const auto dot = key.find('.', start);
    const std::string part = key.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (part.empty() || !node->is_object())
      throw InputError(unknown);
    // lr_mult is a map whose keys are layer names: new entries are allowed there.
    const bool openMap = start >= 6 && key.compare(0, start - 1, "model.lr_mult") == 0;
    if (!openMap && !node->contains(part))
      throw InputError(unknown);
    node = &(*node)[part];
    if (dot == std::string::npos)
      break;
    start = dot + 1;
  }
  *node = value;
  // A string that is not UTF-8 (in the value, or a new lr_mult key) could be set but
  // never written: every run writes its experiment.json (fuzz_experiment).
  try {
    (void)j.dump();
  } catch (const nlohmann::json::type_error& e) {
    throwJsonError(e, origin);
  }
  experiment = fromJson(j, origin);
}

bool isExperimentOf(const std::string& checkpointExperiment, const std::string& origin, const Experiment& e) {
  return experimentToJson(parseExperiment(checkpointExperiment, origin)) == experimentToJson(e);
}

} // namespace twb
