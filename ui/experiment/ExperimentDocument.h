#pragma once
// The experiment file behind the window: its path, whether the experiment holds
// unsaved edits (the edit history is not at its clean point), and File > New, Open,
// Save and Save As with their dialogs. A file that does not load leaves the current
// experiment as it was and says why in a message box.
#include "experiment/Experiment.h"

#include <QObject>
#include <QString>

class QWidget;

namespace twb::ui {

class ExperimentModel;
class RecentFiles;

class ExperimentDocument : public QObject {
  Q_OBJECT

public:
  ExperimentDocument(ExperimentModel* model, RecentFiles* recent, QWidget* window);

  QString path() const { return path_; }
  bool isModified() const;
  // The file's name, or "Untitled" for an experiment never saved.
  QString displayName() const;

  // Shows `experiment` as a new, unsaved and unmodified document.
  void reset(const twb::Experiment& experiment);
  bool openFile(const QString& path);
  bool open();   // asks which file
  bool save();   // Save As for a document without a file
  bool saveAs(); // asks where
  // Before the experiment is replaced or the window closes: offers to save unsaved
  // edits. False when the user cancelled.
  bool maybeSave();

signals:
  // The path or the modified flag changed: the window title follows.
  void stateChanged();
  // Before the experiment is written: fields still being typed in are committed.
  void aboutToSave();

private:
  bool writeTo(const QString& path);
  void adoptPath(const QString& path);
  QString startDirectory() const;
  void rememberDirectory(const QString& path);

  ExperimentModel* model_;
  RecentFiles* recent_;
  QWidget* window_;
  QString path_;
};

} // namespace twb::ui
