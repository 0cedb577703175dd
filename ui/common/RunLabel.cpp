#include "common/RunLabel.h"

#include "common/CoreText.h"
#include "methods/Registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace twb::ui {

QString boundName(twb::MethodRole role) {
  return QString::fromStdString(twb::boundMethod(role).name());
}

QString runLabel(const twb::RunRecord& run) {
  const QString dir = QDir::cleanPath(QString::fromStdString(run.dir));
  const QString name = QFileInfo(dir).fileName();
  return name.isEmpty() ? QString::fromStdString(run.experiment.method.name) : name;
}

QString runEnding(const twb::RunRecord& run) {
  const QLocale locale;
  const QString done = locale.toString(static_cast<qlonglong>(run.summary.steps));
  const QString planned = locale.toString(static_cast<qlonglong>(run.experiment.training.steps));
  const std::string& status = run.summary.status;
  if (status == "stopped")
    return QCoreApplication::translate("twb::ui::RunLabel", "stopped at step %1 of %2").arg(done, planned);
  if (status == "diverged")
    return QCoreApplication::translate("twb::ui::RunLabel", "diverged at step %1 of %2").arg(done, planned);
  if (status == "completed")
    return QCoreApplication::translate("twb::ui::RunLabel", "completed, %1 steps").arg(done);
  return QString::fromStdString(status);
}

QString runDescription(const twb::RunRecord& run) {
  const twb::Experiment& e = run.experiment;
  const twb::Method& method = twb::methodOf(e);
  return QCoreApplication::translate("twb::ui::RunLabel", "%1 · %2 · seed %3 · %4 · %5%")
      .arg(coreText(method.label(e)), coreText(method.datasets(e)), QString::number(e.seed), runEnding(run),
           QLocale().toString(run.summary.targetTestAcc * 100.0, 'f', 1));
}

} // namespace twb::ui
