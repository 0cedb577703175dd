#include "common/RunLabel.h"

#include <QDir>
#include <QFileInfo>

namespace twb::ui {

QString runLabel(const twb::RunRecord& run) {
  const QString dir = QDir::cleanPath(QString::fromStdString(run.dir));
  const QString name = QFileInfo(dir).fileName();
  return name.isEmpty() ? QString::fromStdString(run.experiment.method.name) : name;
}

} // namespace twb::ui
