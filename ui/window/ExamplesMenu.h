#pragma once
// File > Examples: the experiments shipped in resources/experiments, embedded as
// :/experiments/<name>.json, each with a line on what it shows. Choosing one only
// announces it (exampleChosen); the window opens it as a new, unsaved document.
#include "experiment/Experiment.h"

#include <QMenu>
#include <QStringList>

namespace twb::ui {

class ExamplesMenu : public QMenu {
  Q_OBJECT

public:
  explicit ExamplesMenu(QWidget* parent = nullptr);

  // Every embedded example's resource path, ":/experiments/<name>.json", sorted by name.
  static QStringList examplePaths();

signals:
  void exampleChosen(const QString& resourcePath);

protected:
  void changeEvent(QEvent* event) override;

private:
  void rebuild();
};

// An embedded example read as File > Open reads a file: twb::InputError naming the
// example when it does not parse.
twb::Experiment readExample(const QString& resourcePath);

} // namespace twb::ui
