#include "experiment/ExperimentDocument.h"

#include "base/Errors.h"
#include "common/CoreText.h"
#include "experiment/ExperimentFile.h"
#include "experiment/ExperimentModel.h"
#include "common/MessageBoxes.h"
#include "window/RecentFiles.h"
#include "window/SettingsKeys.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUndoStack>

namespace twb::ui {

ExperimentDocument::ExperimentDocument(ExperimentModel* model, RecentFiles* recent, QWidget* window)
    : QObject(window), model_(model), recent_(recent), window_(window) {
  connect(model_->undoStack(), &QUndoStack::cleanChanged, this, &ExperimentDocument::stateChanged);
  connect(recent_, &RecentFiles::openRequested, this, [this](const QString& path) {
    if (maybeSave())
      openFile(path);
  });
}

bool ExperimentDocument::isModified() const {
  return !model_->undoStack()->isClean();
}

QString ExperimentDocument::displayName() const {
  return path_.isEmpty() ? tr("Untitled") : QFileInfo(path_).fileName();
}

void ExperimentDocument::reset(const twb::Experiment& experiment) {
  model_->reset(experiment);
  path_.clear();
  emit stateChanged();
}

bool ExperimentDocument::openFile(const QString& path) {
  try {
    const twb::Experiment experiment = twb::loadExperimentFile(QFile::encodeName(path).toStdString());
    model_->reset(experiment, ExperimentModel::NameFollows::IfAutomatic);
  } catch (const std::exception& error) {
    // InputError names the file and the problem; anything else is still shown, not thrown.
    showError(window_, tr("Cannot open the experiment"), errorText(error));
    if (!QFileInfo::exists(path))
      recent_->remove(path);
    return false;
  }
  adoptPath(path);
  return true;
}

bool ExperimentDocument::open() {
  if (!maybeSave())
    return false;
  const QString path = QFileDialog::getOpenFileName(window_, tr("Open Experiment"), startDirectory(),
                                                    tr("Experiment files (*.json);;All files (*)"));
  return !path.isEmpty() && openFile(path);
}

bool ExperimentDocument::save() {
  return path_.isEmpty() ? saveAs() : writeTo(path_);
}

bool ExperimentDocument::saveAs() {
  // Suggest a file name from the experiment's name: "DANN digits -> digits-m" becomes
  // "DANN-digits-digits-m.json".
  emit aboutToSave();
  QString suggested = QString::fromStdString(model_->experiment().name);
  suggested.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("-"));
  suggested = suggested.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
  if (suggested.isEmpty())
    suggested = QStringLiteral("experiment");
  const QString start = path_.isEmpty() ? QDir(startDirectory()).filePath(suggested + QStringLiteral(".json")) : path_;
  QString path = QFileDialog::getSaveFileName(window_, tr("Save Experiment As"), start,
                                              tr("Experiment files (*.json);;All files (*)"));
  if (path.isEmpty())
    return false;
  if (QFileInfo(path).suffix().isEmpty())
    path += QStringLiteral(".json");
  return writeTo(path);
}

bool ExperimentDocument::writeTo(const QString& path) {
  emit aboutToSave();
  try {
    twb::saveExperimentFile(QFile::encodeName(path).toStdString(), model_->experiment());
  } catch (const std::exception& error) {
    showError(window_, tr("Cannot save the experiment"), errorText(error));
    return false;
  }
  adoptPath(path);
  return true;
}

void ExperimentDocument::adoptPath(const QString& path) {
  // The form now matches the file at `path`: it becomes the document's file.
  path_ = QFileInfo(path).absoluteFilePath();
  model_->undoStack()->setClean();
  recent_->add(path_);
  rememberDirectory(path_);
  emit stateChanged();
}

bool ExperimentDocument::maybeSave() {
  if (!isModified())
    return true;
  const auto answer =
      QMessageBox::warning(window_, tr("Unsaved changes"),
                           tr("The experiment “%1” has changes that are not saved. Save them?").arg(displayName()),
                           QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
  if (answer == QMessageBox::Save)
    return save();
  return answer == QMessageBox::Discard;
}

QString ExperimentDocument::startDirectory() const {
  const QString last = settings::lastDirectory.get();
  if (!last.isEmpty() && QFileInfo(last).isDir())
    return last;
  return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ExperimentDocument::rememberDirectory(const QString& path) {
  settings::lastDirectory.set(QFileInfo(path).absolutePath());
}

} // namespace twb::ui
