// transfer-workbench [EXPERIMENT.json]: the desktop application. Thin: everything
// lives in ui/ (the window) and core/ (the training).
#include "window/Application.h"
#include "experiment/Experiment.h"
#include "base/AtomicFile.h"
#include "nn/ComputeInfo.h"
#include "window/MainWindow.h"
#include "training/Trainer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char* argv[]) {
  twb::useBlasKernelsForThisProcessor(); // may restart the program once, before Qt starts
  twb::reportFileSizeLimitAsWriteErrors();
  QApplication app(argc, argv);
  twb::ui::configureApplication(app);
  twb::useAllCores();

  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("main", "Transfer-learning experiments in a window."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(
      QStringLiteral("experiment"),
      QCoreApplication::translate("main", "An experiment file to open (default: the built-in one)."),
      QStringLiteral("[EXPERIMENT.json]"));
  parser.process(app);

  twb::ui::MainWindow window;
  const QStringList files = parser.positionalArguments();
  if (!files.isEmpty())
    window.openExperiment(files.first()); // a bad file is reported; the default stays
  window.show();
  return QApplication::exec();
}
