#pragma once
// The methods this build can run, in the order the Method box lists them
// (methods/MethodList.h), and the questions about an experiment that its method's
// declaration answers. Plain C++: the window asks here what a method needs.
#include "methods/Method.h"

#include <string>
#include <vector>

namespace twb {

const std::vector<const Method*>& allMethods();
std::vector<std::string> methodNames();

// nullptr when no method has that name.
const Method* findMethod(const std::string& name);
// The method of e.method.name (the default method when it is empty). InputError
// naming the method when this build has none of that name.
const Method& methodOf(const Experiment& e);
// The method a new experiment starts with: the first method that is no bound.
const Method& defaultMethod();
// The method that plays `role` (source_only is the lower bound, target_only the upper).
const Method& boundMethod(MethodRole role);

// Names shared/CONTRACT.md reserves for methods this build cannot run yet.
bool isReservedMethodName(const std::string& name);

// Whether the run trains on the target's labels: only these read target.labels_per_class.
bool trainsOnTargetLabels(const Experiment& e);
// Runs whose target is their source: the same dataset named twice, or a method whose
// data are its own (tasks, class descriptions).
bool isOneDomain(const Experiment& e);
// Whether the run's source and target are two domains with the same classes, whose
// features a domain probe (proxy A-distance) can compare. Not one domain, nor a
// source model handed to a new task (two class sets of one domain).
bool hasTwoDomains(const Experiment& e);

// The metric `name` as a method declared it (a family's title filled with the task's
// name), or, for a name nobody declared, a title made of the name and the plot its
// group (loss/, acc/) says.
MetricInfo describeMetric(const std::string& name);

} // namespace twb
