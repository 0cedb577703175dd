#include "TaskResults.h"

#include "base/Errors.h"
#include "methods/multitask/Tasks.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace twb::ui {

namespace {

// lupdate files a tr() outside a class under its namespace, twb::ui: the same context here.
QString tr(const char* text) {
  return QCoreApplication::translate("twb::ui", text);
}

// The task names in the experiment's order; a summary's own names when the recipe
// no longer resolves (a run directory from another version).
std::vector<std::string> taskOrder(const twb::RunRecord& run) {
  std::vector<std::string> names;
  try {
    for (const auto& t : twb::resolveTasks(run.experiment.tasks))
      names.push_back(t.name);
  } catch (const twb::InputError&) {
  }
  for (const auto& [name, values] : run.summary.tasks)
    if (std::find(names.begin(), names.end(), name) == names.end())
      names.push_back(name);
  return names;
}

} // namespace

bool isMultitask(const twb::RunRecord& run) {
  return run.experiment.method.name == "multitask" || !run.summary.tasks.empty();
}

QString multitaskMethod(const twb::RunRecord& run) {
  const QString method = QString::fromStdString(run.experiment.method.name);
  if (run.experiment.tasks.only.empty())
    return method;
  return tr("%1: %2 alone").arg(method, QString::fromStdString(run.experiment.tasks.only));
}

QString multitaskDatasets(const twb::RunRecord& run) {
  QStringList datasets;
  try {
    for (const auto& t : twb::resolveTasks(run.experiment.tasks))
      if (!datasets.contains(QString::fromStdString(t.dataset)))
        datasets.append(QString::fromStdString(t.dataset));
  } catch (const twb::InputError&) {
    datasets.append(QString::fromStdString(run.summary.source));
  }
  return datasets.join(QStringLiteral(" + "));
}

QString taskAccuracies(const twb::RunRecord& run) {
  const QLocale locale;
  QStringList parts;
  for (const auto& name : taskOrder(run)) {
    const auto task = run.summary.tasks.find(name);
    if (task == run.summary.tasks.end())
      continue;
    const auto acc = task->second.find("test_acc");
    if (acc != task->second.end())
      parts.append(tr("%1 %2%").arg(QString::fromStdString(name), locale.toString(acc->second * 100.0, 'f', 2)));
  }
  return parts.join(QStringLiteral(" · "));
}

} // namespace twb::ui

namespace twb::ui {

std::string mainTask(const twb::RunRecord& run) {
  if (!isMultitask(run))
    return {};
  const auto names = taskOrder(run);
  return names.empty() ? std::string() : names.front();
}

std::vector<twb::Experiment> singleTaskBaselines(const twb::Experiment& experiment) {
  std::vector<twb::Experiment> result;
  if (!experiment.tasks.only.empty())
    return result;
  try {
    for (const auto& task : twb::resolveTasks(experiment.tasks)) {
      twb::Experiment alone = experiment;
      alone.tasks.only = task.name;
      alone.name = task.name + " alone: baseline of \"" + experiment.name + "\"";
      result.push_back(alone);
    }
  } catch (const twb::InputError&) { // the run itself reports a bad recipe
  }
  return result;
}

} // namespace twb::ui
