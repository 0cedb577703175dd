#include "methods/Registry.h"

#include "base/Errors.h"
#include "base/Text.h"
#include "methods/MethodList.h"
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

// What the trainer itself logs for every method (training/TrainingSession.cpp).
const std::vector<MetricInfo>& trainerMetrics() {
  static const std::vector<MetricInfo> all = {
      {metric::kAccSourceTest, Message::text(TWB_TR("twb", "source test accuracy")), MetricPlot::Accuracies, false},
      {metric::kAccTargetTest, Message::text(TWB_TR("twb", "target test accuracy")), MetricPlot::Accuracies, false},
      {metric::kLr, Message::text(TWB_TR("twb", "learning rate")), MetricPlot::Schedules, false},
  };
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
  const auto matches = [&](const MetricInfo& m) {
    if (!m.name.empty() && m.name.back() == '*')
      return startsWith(name, m.name.substr(0, m.name.size() - 1));
    return m.name == name;
  };
  const auto filled = [&](MetricInfo m) {
    if (!m.name.empty() && m.name.back() == '*') {
      const std::string subject = name.substr(m.name.size() - 1);
      m.title = Message::text(m.title.pattern().c_str(), {subject});
    }
    m.name = name;
    return m;
  };
  // Exact names before families, so a method's acc/domain is not read as a task's.
  for (const bool family : {false, true}) {
    for (const MetricInfo& m : trainerMetrics())
      if ((m.name.back() == '*') == family && matches(m))
        return filled(m);
    for (const Method* method : allMethods())
      for (const MetricInfo& m : method->metrics())
        if ((m.name.back() == '*') == family && matches(m))
          return filled(m);
  }
  MetricInfo unknown{name, Message(name), MetricPlot::Losses, true};
  if (startsWith(name, "acc/")) {
    unknown.plot = MetricPlot::Accuracies;
    unknown.perBatch = name.find("train") != std::string::npos;
  }
  return unknown;
}

} // namespace twb
