#include "methods/Method.h"

#include "base/Errors.h"
#include "base/JsonReader.h"
#include "embed/Embedding.h"
#include "methods/Registry.h"
#include "training/Metrics.h"

#include <sstream>

namespace twb {

namespace {

const SettingSpec* findSpec(const std::vector<SettingSpec>& specs, const std::string& key) {
  for (const SettingSpec& s : specs)
    if (s.key == key)
      return &s;
  return nullptr;
}

// How the recipe column writes a value: 0.5, 100, true, reversal.
std::string valueText(const SettingValue& v) {
  if (const auto* i = std::get_if<std::int64_t>(&v))
    return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&v)) {
    std::ostringstream out;
    out << *d;
    return out.str();
  }
  if (const auto* b = std::get_if<bool>(&v))
    return *b ? "true" : "false";
  return std::get<std::string>(v);
}

} // namespace

std::vector<Experiment> Method::baselines(const Experiment& e) const {
  std::vector<Experiment> out;
  if (role() != MethodRole::Method)
    return out;
  for (const MethodRole bound : {MethodRole::LowerBound, MethodRole::UpperBound}) {
    const Method& m = boundMethod(bound);
    Experiment baseline = e; // same domains, seed, steps, batch, learning rate and schedule
    baseline.method.name = m.name();
    baseline.name = m.name() + " baseline of \"" + e.name + "\"";
    out.push_back(std::move(baseline));
  }
  return out;
}

Message Method::datasets(const Experiment& e) const {
  return Message::text(TWB_TR("twb", "%1 → %2"), {e.source.dataset, e.target.dataset});
}

std::string Method::comparisonKey(const Experiment& e) const {
  return e.source.dataset + "\n" + e.target.dataset;
}

Message Method::recipe(const Experiment& e) const {
  // "title value, title value": each title translated, the values as the file has them.
  Message out;
  for (const SettingSpec& s : settings()) {
    const SettingValue v = setting(e, s.key);
    if (v == s.defaultValue)
      continue;
    out = out.empty() ? Message::text(TWB_TR("twb", "%1 %2"), {s.title, valueText(v)})
                      : Message::text(TWB_TR("twb", "%1, %2 %3"), {out, s.title, valueText(v)});
  }
  return out;
}

Headline Method::headline(const Experiment&) const {
  return {metric::kAccTargetTest, metric::kLossLabel, {}};
}

EmbeddingData Method::embedExtraLayer(const EmbeddingRequest& request) const {
  throw InputError(Message::text(TWB_TR("twb", "the %1 method adds no layer '%2' to the embedding view"),
                               {name(), request.layer}));
}

void Method::readSections(JsonReader&, Experiment&) const {}

void Method::writeSections(const Experiment&, nlohmann::ordered_json&) const {}

SettingValue Method::setting(const Experiment& e, const std::string& key) const {
  const auto specs = settings();
  const SettingSpec* spec = findSpec(specs, key);
  if (!spec)
    throw InputError(Message::text(TWB_TR("twb", "the %1 method has no setting '%2'"), {name(), key}));
  if (const SettingValue* v = e.method.settings.find(key); v && v->index() == spec->defaultValue.index())
    return *v;
  return spec->defaultValue;
}

std::int64_t Method::integerSetting(const Experiment& e, const std::string& key) const {
  return std::get<std::int64_t>(setting(e, key));
}

double Method::realSetting(const Experiment& e, const std::string& key) const {
  return std::get<double>(setting(e, key));
}

std::string Method::textSetting(const Experiment& e, const std::string& key) const {
  return std::get<std::string>(setting(e, key));
}

} // namespace twb
