#include "methods/Registry.h"

#include "base/Errors.h"
#include "base/Text.h"
#include "methods/MethodList.h"
#include "methods/StandardMetrics.h"
#include "training/Metrics.h"

#include <algorithm>

namespace twb {

#define TWB_DECLARE_METHOD(function) const Method& function();
TWB_METHOD_LIST(TWB_DECLARE_METHOD)
#undef TWB_DECLARE_METHOD

namespace {

// Names shared/CONTRACT.md gives methods that later versions add.
const std::vector<std::string> kReserved = {"mmd",     "coral", "adabn",         "cdan",     "entropy",
                                            "vada",    "mcd",   "self_training", "translate"};

// Every metric a run can log, as declared once: what the trainer itself logs for
// every method (training/TrainingSession.cpp), then each method's. Exact names come
// before families, so a method's acc/domain is not read as a task's acc/*.
const std::vector<MetricInfo>& declaredMetrics() {
  static const std::vector<MetricInfo> all = [] {
    std::vector<MetricInfo> exact = trainerMetrics();
    std::vector<MetricInfo> families;
    for (const Method* method : allMethods())
      for (MetricInfo& m : method->metrics())
        (!m.name.empty() && m.name.back() == '*' ? families : exact).push_back(std::move(m));
    exact.insert(exact.end(), families.begin(), families.end());
    return exact;
  }();
  return all;
}

bool startsWith(const std::string& text, const std::string& prefix) {
  return text.rfind(prefix, 0) == 0;
}

} // namespace

const std::vector<const Method*>& allMethods() {
#define TWB_METHOD_ENTRY(function) &function(),
  static const std::vector<const Method*> all = {TWB_METHOD_LIST(TWB_METHOD_ENTRY)};
#undef TWB_METHOD_ENTRY
  return all;
}

std::vector<std::string> methodNames() {
  std::vector<std::string> names;
  for (const Method* m : allMethods())
    names.push_back(m->name());
  return names;
}

const Method* findMethod(const std::string& name) {
  for (const Method* m : allMethods())
    if (m->name() == name)
      return m;
  return nullptr;
}

const Method& defaultMethod() {
  for (const Method* m : allMethods())
    if (m->role() == MethodRole::Method)
      return *m;
  return *allMethods().front();
}

const Method& boundMethod(MethodRole role) {
  for (const Method* m : allMethods())
    if (m->role() == role)
      return *m;
  throw InputError("this build has no method for a comparison's bound");
}

const Method& methodOf(const Experiment& e) {
  if (e.method.name.empty())
    return defaultMethod();
  if (const Method* m = findMethod(e.method.name))
    return *m;
  throw InputError(Message::text(TWB_TR("twb", "method '%1' is not available in this version; available: %2"),
                               {e.method.name, listMessage(methodNames())}));
}

bool isReservedMethodName(const std::string& name) {
  return std::find(kReserved.begin(), kReserved.end(), name) != kReserved.end();
}

bool trainsOnTargetLabels(const Experiment& e) {
  return methodOf(e).needs().targetLabels;
}

bool isOneDomain(const Experiment& e) {
  const MethodNeeds needs = methodOf(e).needs();
  return e.target.dataset == e.source.dataset || needs.tasks || needs.classDescriptions;
}

bool hasTwoDomains(const Experiment& e) {
  return !isOneDomain(e) && !methodOf(e).needs().sourceModel;
}

MetricInfo describeMetric(const std::string& name) {
  for (const MetricInfo& declared : declaredMetrics()) {
    const bool family = !declared.name.empty() && declared.name.back() == '*';
    if (family ? !startsWith(name, declared.name.substr(0, declared.name.size() - 1)) : declared.name != name)
      continue;
    MetricInfo m = declared;
    if (family) { // the title's and meaning's %1 is the task's name
      const std::string task = name.substr(declared.name.size() - 1);
      m.title = Message::text(declared.title.pattern().c_str(), {task});
      if (!declared.meaning.empty())
        m.meaning = Message::text(declared.meaning.pattern().c_str(), {task});
    }
    m.name = name;
    return m;
  }
  MetricInfo unknown{name, Message(name), MetricPlot::Losses, true, {}};
  if (startsWith(name, "acc/")) {
    unknown.plot = MetricPlot::Accuracies;
    unknown.perBatch = name.find("train") != std::string::npos;
  }
  return unknown;
}

} // namespace twb
