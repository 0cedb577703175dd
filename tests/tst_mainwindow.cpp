// The window driven as a user would, on Qt's offscreen platform: actions triggered,
// widgets found by objectName, real training on the digits dataset.
#include "WindowTestSetup.h"
#include "FashionSplit.h"
#include "window/Application.h"
#include "curves/CurvesView.h"
#include "base/AtomicFile.h"
#include "embedding/EmbeddingImages.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentFile.h"
#include "experiment/ExperimentModel.h"
#include "experiment/ExperimentPanel.h"
#include "window/MainWindow.h"
#include "run/RunController.h"
#include "training/RunSummary.h"
#include "window/SettingsKeys.h"
#include "training/Trainer.h"
#include "run/TrainingJob.h"

#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QDoubleSpinBox>
#include <QTest>
#include <QUndoStack>
#include <QThread>
#include <QTimer>
#include <QToolBar>

#include <cstdlib>
#include <ctime>
#include <filesystem>

using twb::ui::MainWindow;

namespace {

using twbtest::action;

// Long enough that it is still running when the test stops it.
twb::Experiment shortExperiment() {
  twb::Experiment experiment = twb::defaultExperiment();
  experiment.name = "gui test";
  experiment.method.name = "source_only";
  experiment.source.dataset = "digits";
  experiment.target.dataset = "digits";
  experiment.training.steps = 3000;
  experiment.training.batchSize = 64;
  experiment.eval.every = 50;
  return experiment;
}

int pointCount(const QWidget& window, const QString& metric) {
  const auto* curves = window.findChild<twb::ui::CurvesView*>(QStringLiteral("curvesView"));
  const QCPGraph* graph = curves ? curves->graph(metric.toStdString()) : nullptr;
  return graph ? graph->dataCount() : 0;
}

twb::RunSummary summaryIn(const std::string& dir) {
  return twb::parseSummary(twb::readFile((std::filesystem::path(dir) / "summary.json").string()), dir);
}
twb::RunSummary summaryOf(const MainWindow& window) {
  return summaryIn(window.runController()->job()->runDir());
}

// The longest the event loop went without running a 10 ms timer while `wait` ran.
class StallMeter {
public:
  StallMeter() {
    timer_.setInterval(10);
    QObject::connect(&timer_, &QTimer::timeout, [this] { worst_ = std::max(worst_, sinceTick_.restart()); });
    sinceTick_.start();
    timer_.start();
  }
  qint64 worstMs() const { return worst_; }

private:
  QTimer timer_;
  QElapsedTimer sinceTick_;
  qint64 worst_ = 0;
};

// CPU time the calling thread has used, in ms: tells its own work from time the
// scheduler gave to other threads.
qint64 threadCpuMs() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<qint64>(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

} // namespace

class TestMainWindow : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QVERIFY(home_.isValid());
    twbtest::prepareWindowTests(home_); // English texts, so the ones below are predictable
    QVERIFY(MainWindow::runsDirectory().startsWith(home_.path()));
  }

  void viewMenuListsEveryDockAndToolbar() {
    MainWindow window;
    const auto* view = window.findChild<QMenu*>(QStringLiteral("menuView"));
    QVERIFY(view);
    const auto docks = window.findChildren<QDockWidget*>();
    QVERIFY(docks.size() >= 2);
    for (const QDockWidget* dock : docks) {
      QVERIFY2(!dock->objectName().isEmpty(), "a dock without objectName cannot be saved");
      QVERIFY2(view->actions().contains(dock->toggleViewAction()), qPrintable(dock->objectName()));
      QVERIFY(!dock->windowTitle().isEmpty());
    }
    for (const QToolBar* bar : window.findChildren<QToolBar*>()) {
      QVERIFY(!bar->objectName().isEmpty());
      QVERIFY(view->actions().contains(bar->toggleViewAction()));
    }
  }

  void fileActionsHaveStandardShortcuts() {
    MainWindow window;
    QCOMPARE(action(window, "actionNew")->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(action(window, "actionOpen")->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(action(window, "actionSave")->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(action(window, "actionQuit")->shortcut(), QKeySequence(QKeySequence::Quit));
  }

  void layoutIsSavedRestoredAndReset() {
    {
      MainWindow window;
      window.show();
      QVERIFY(QTest::qWaitForWindowExposed(&window));
      window.findChild<QDockWidget*>(QStringLiteral("runLogDock"))->close();
      QVERIFY(window.close()); // saves the layout
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* runLog = window.findChild<QDockWidget*>(QStringLiteral("runLogDock"));
    QVERIFY2(!runLog->isVisible(), "the closed dock should stay closed after a restart");
    action(window, "actionResetLayout")->trigger();
    QVERIFY(runLog->isVisible());
    QVERIFY(window.close());
  }

  void curvesGrowWhileTrainingAndStopEndsTheRunQuickly() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Through the form, as a user would.
    const twb::Experiment wanted = shortExperiment();
    auto* method = window.findChild<QComboBox*>(QStringLiteral("method"));
    method->setCurrentIndex(method->findData(QStringLiteral("source_only")));
    // A dataset typed in is taken when the field is left (a half-typed path is never loaded).
    for (const char* name : {"sourceDataset", "targetDataset"}) {
      auto* combo = window.findChild<QComboBox*>(QString::fromLatin1(name));
      combo->setCurrentText(QStringLiteral("digits"));
      emit combo->lineEdit()->editingFinished();
    }
    window.findChild<QSpinBox*>(QStringLiteral("steps"))->setValue(3000);
    window.findChild<QSpinBox*>(QStringLiteral("batchSize"))->setValue(64);
    window.findChild<QSpinBox*>(QStringLiteral("evalEvery"))->setValue(50);
    QCOMPARE(twb::experimentToJson(window.experiment()), twb::experimentToJson([&] {
               twb::Experiment e = twb::openingExperiment();
               e.method.name = wanted.method.name;
               e.source = wanted.source;
               e.target = wanted.target;
               e.training.steps = wanted.training.steps;
               e.training.batchSize = wanted.training.batchSize;
               e.eval.every = wanted.eval.every;
               // The name followed the method and the domains: no user typed one.
               e.name = twb::ui::ExperimentModel::automaticName(e);
               return e;
             }()));

    QAction* start = action(window, "actionStart");
    QAction* stop = action(window, "actionStop");
    QVERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());
    start->trigger();
    QVERIFY(window.isRunning());
    QVERIFY(!start->isEnabled());
    QVERIFY(stop->isEnabled());

    StallMeter stalls;
    const QString loss = QString::fromLatin1(twb::metric::kLossLabel);
    QTRY_VERIFY_WITH_TIMEOUT(pointCount(window, loss) > 0, 120000);
    const int first = pointCount(window, loss);
    QTRY_VERIFY_WITH_TIMEOUT(pointCount(window, loss) > first, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(pointCount(window, QString::fromLatin1(twb::metric::kAccSourceTest)) > 0, 30000);
    qInfo("the event loop's longest stall while training: %lld ms", static_cast<long long>(stalls.worstMs()));
    QVERIFY2(stalls.worstMs() < 500, qPrintable(QStringLiteral("the window froze for %1 ms").arg(stalls.worstMs())));
    const auto* progress = window.findChild<QWidget*>(QStringLiteral("runProgress"));
    QVERIFY(progress->isVisible());

    QElapsedTimer sinceStop;
    sinceStop.start();
    stop->trigger();
    // Stop acts at the next step; the run is then tested and written, which takes well
    // under a second on an idle machine and 2.1 s was seen with two trainings beside
    // the suite. How soon is a benchmark's question; the status and the steps below
    // say that Stop, not the end of the run, ended it. The wait is a hang guard.
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 60000);
    qInfo("the run ended %lld ms after Stop", static_cast<long long>(sinceStop.elapsed()));
    QVERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());
    QVERIFY(!progress->isVisible());

    const twb::RunSummary summary = summaryOf(window);
    QCOMPARE(summary.status, std::string("stopped"));
    QVERIFY(summary.steps > 0 && summary.steps < 3000);
    QVERIFY(summary.sourceTestAcc > 0.0);
    // The trainer's lines arrived, and once the run ended its log as its run directory
    // kept it is shown, to the stop.
    const auto* log = window.findChild<QPlainTextEdit*>(QStringLiteral("runLog"));
    QTRY_VERIFY2(log->toPlainText().contains(QStringLiteral("Finished (stopped) after")), qPrintable(log->toPlainText()));
    QVERIFY2(log->toPlainText().contains(QStringLiteral("Training source_only")), qPrintable(log->toPlainText()));
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("runSummary"))->isVisible());
  }

  // A finetune run trains its source model first: the window draws that part's curves
  // as it runs (no target accuracy: that part has no target), then starts the curves
  // afresh for the fine-tuning, whose caption says it trains on target labels.
  void aFinetuneRunShowsItsSourcePretrainingFirst() {
    MainWindow window;
    twb::Experiment e = twbtest::fashionSplitFinetune("gui finetune");
    e.method.settings.set("pretrain_steps", std::int64_t{200});
    e.training.steps = 60;
    e.eval.every = 20;
    window.setExperiment(e);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto caption = [&window] {
      const auto* plot = window.findChild<QCustomPlot*>(QStringLiteral("curvesPlot"));
      for (auto* element : plot->plotLayout()->elements(true))
        if (auto* text = qobject_cast<QCPTextElement*>(element))
          return text->text();
      return QString();
    };
    const QString loss = QString::fromLatin1(twb::metric::kLossLabel);
    const QString target = QString::fromLatin1(twb::metric::kAccTargetTest);
    action(window, "actionStart")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(pointCount(window, loss) > 0 && caption().contains(QStringLiteral("First the source model")),
                             120000);
    QTRY_VERIFY_WITH_TIMEOUT(pointCount(window, QString::fromLatin1(twb::metric::kAccSourceTest)) > 0 ||
                                 !caption().contains(QStringLiteral("First the source model")),
                             120000);
    if (caption().contains(QStringLiteral("First the source model")))
      QCOMPARE(pointCount(window, target), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 240000);
    QVERIFY2(caption().contains(QStringLiteral("trains on the target's training labels")), qPrintable(caption()));
    QVERIFY(pointCount(window, target) > 0);
    const auto* plot = window.findChild<QCustomPlot*>(QStringLiteral("curvesPlot"));
    for (int i = 0; i < plot->graphCount(); ++i) // the fine-tuning's 60 steps alone
      if (plot->graph(i)->dataCount() > 0)
        QVERIFY2(plot->graph(i)->data()->at(plot->graph(i)->dataCount() - 1)->key <= 60.0,
                 qPrintable(plot->graph(i)->name()));
    QCOMPARE(summaryOf(window).status, std::string("completed"));
  }

  void theEventLoopNeverStallsWhileTraining() {
    // A zero-interval timer fires on every pass of the event loop: the longest gap
    // between its ticks is the longest the window could not answer the user.
    MainWindow window;
    twb::Experiment experiment = shortExperiment();
    // Small steps, so points keep arriving while the timer spins; enough of them that
    // the run outlasts the measurement even on a fast machine (it is stopped after).
    experiment.training.batchSize = 8;
    experiment.eval.every = 100;
    window.setExperiment(experiment);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    action(window, "actionStart")->trigger();
    const QString loss = QString::fromLatin1(twb::metric::kLossLabel);
    QTRY_VERIFY_WITH_TIMEOUT(pointCount(window, loss) > 0, 120000); // loading is not training

    QTimer ticker;
    ticker.setInterval(0);
    QElapsedTimer sinceTick;
    qint64 worst = 0;     // wall time between two ticks
    qint64 worstBusy = 0; // of a gap, the time the GUI thread itself was working
    qint64 busyAtWorst = 0;
    qint64 ticks = 0;
    qint64 lastCpu = threadCpuMs();
    connect(&ticker, &QTimer::timeout, [&] {
      const qint64 gap = sinceTick.restart();
      const qint64 cpu = threadCpuMs();
      worstBusy = std::max(worstBusy, cpu - lastCpu);
      if (gap > worst) {
        worst = gap;
        busyAtWorst = cpu - lastCpu;
      }
      lastCpu = cpu;
      ++ticks;
    });
    const int pointsBefore = pointCount(window, loss);
    QElapsedTimer measured;
    measured.start();
    sinceTick.start();
    ticker.start();
    while (measured.elapsed() < 5000 && window.isRunning())
      QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    ticker.stop();
    const qint64 measuredMs = measured.elapsed();
    const int pointsDuring = pointCount(window, loss) - pointsBefore;
    double load = 0.0;
    getloadavg(&load, 1);
    qInfo("longest event-loop stall over %lld ms of training: %lld ms, of which the window worked %lld ms; "
          "longest work between ticks %lld ms (%lld ticks, %d new loss points, load %.1f on %d cores)",
          static_cast<long long>(measuredMs), static_cast<long long>(worst), static_cast<long long>(busyAtWorst),
          static_cast<long long>(worstBusy), static_cast<long long>(ticks), pointsDuring, load,
          QThread::idealThreadCount());
    // The spinning timer takes a core from training, so few points may arrive on a small
    // machine; the redraws of the progress and the curves still run every 100 ms.
    QVERIFY2(measuredMs >= 1000, "the run ended before there was anything to measure");
    QVERIFY(ticks > 1000);
    // What the window does per pass of its event loop (redraws, draining the buffers)
    // must fit in 50 ms on any machine.
    QVERIFY2(worstBusy < 50, qPrintable(QStringLiteral("the window worked %1 ms without returning").arg(worstBusy)));
    // The wall-clock gap also counts time the scheduler gave to other programs: only a
    // machine with more runnable work than cores can excuse it.
    if (worst >= 50 && load > QThread::idealThreadCount())
      qWarning("a %lld ms gap while the machine was overloaded (load %.1f): not counted", static_cast<long long>(worst),
               load);
    else
      QVERIFY2(worst < 50, qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(worst)));
    if (window.isRunning())
      action(window, "actionStop")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 10000);
  }

  void closingMidRunStopsTheRunAndClosesCleanly() {
    MainWindow window;
    window.setExperiment(shortExperiment());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    action(window, "actionStart")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(pointCount(window, QString::fromLatin1(twb::metric::kLossLabel)) > 0, 120000);

    QSignalSpy running(window.runController(), &twb::ui::RunController::runningChanged);
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 3000);
    QVERIFY(!window.isRunning());
    QCOMPARE(running.count(), 1);
    // A stopped run is still evaluated and written whole.
    QCOMPARE(summaryOf(window).status, std::string("stopped"));
  }

  // Stop, then Run > Resume Run…: the dialog offers the run just stopped, and the run
  // goes on from its last checkpoint in the same run directory to its planned steps,
  // its curve from before the stop drawn first (issue #24).
  void aStoppedRunResumesFromTheRunMenu() {
    MainWindow window;
    twb::Experiment e = shortExperiment();
    e.training.steps = 300;
    window.setExperiment(e);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction* resume = action(window, "actionResumeRun");
    QVERIFY(resume->isEnabled());
    action(window, "actionStart")->trigger();
    QVERIFY(!resume->isEnabled());
    const QString accuracy = QString::fromLatin1(twb::metric::kAccSourceTest);
    QTRY_VERIFY_WITH_TIMEOUT(pointCount(window, accuracy) > 0, 120000); // a checkpoint exists
    action(window, "actionStop")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 60000);
    const std::string dir = window.runController()->job()->runDir();
    const twb::RunSummary stopped = summaryIn(dir);
    QCOMPARE(stopped.status, std::string("stopped"));
    QVERIFY2(stopped.steps < 300, qPrintable(QString::number(stopped.steps)));

    // The form now holds another experiment; the resumed run's own comes back into it.
    twb::Experiment other = shortExperiment();
    other.method.name = "dann";
    other.training.steps = 77;
    window.setExperiment(other);
    QString offered;
    twbtest::answerNextFileDialog([&offered](QFileDialog& dialog) {
      offered = dialog.directory().absolutePath();
      static_cast<QDialog&>(dialog).accept(); // Choose: the folder it opened in
    });
    resume->trigger();
    QCOMPARE(QDir(offered).canonicalPath(), QDir(QString::fromStdString(dir)).canonicalPath());
    QVERIFY(window.isRunning());
    QCOMPARE(window.runController()->job()->runDir(), dir);
    QCOMPARE(window.experiment().training.steps, std::int64_t{300});
    QCOMPARE(window.experiment().method.name, e.method.name);
    // The points from before the stop are there at once, before the job reports any.
    QVERIFY(pointCount(window, accuracy) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 300000);
    const twb::RunSummary finished = summaryIn(dir);
    QCOMPARE(finished.status, std::string("completed"));
    QCOMPARE(finished.steps, std::int64_t{300});
    const auto* log = window.findChild<QPlainTextEdit*>(QStringLiteral("runLog"));
    QTRY_VERIFY2(log->toPlainText().contains(QStringLiteral("Resumed at step %1 of 300").arg(stopped.steps)),
                 qPrintable(log->toPlainText()));
  }

  // The destructor returns only once the training thread has ended (or the test would
  // crash reading the run's files as the thread writes them), and it ended by the stop,
  // not by training on: the run is written whole, stopped far short of its 3,000 steps.
  // How fast that is belongs in a benchmark, not here (it took over 2 s on a loaded machine).
  void destroyingTheWindowMidRunJoinsTheTrainingThread() {
    std::string dir;
    {
      MainWindow window;
      window.setExperiment(shortExperiment());
      action(window, "actionStart")->trigger();
      QTRY_VERIFY_WITH_TIMEOUT(pointCount(window, QString::fromLatin1(twb::metric::kLossLabel)) > 0, 120000);
      dir = window.runController()->job()->runDir();
    } // ~MainWindow stops the run and joins its thread
    const twb::RunSummary summary = summaryIn(dir);
    QCOMPARE(summary.status, std::string("stopped"));
    QVERIFY2(summary.steps > 0 && summary.steps < 1000, qPrintable(QString::number(summary.steps)));
  }

  void aBadDatasetIsReportedNotCrashed() {
    MainWindow window;
    twb::Experiment experiment = shortExperiment();
    experiment.source.dataset = "folder:/nonexistent/twb-missing-folder";
    window.setExperiment(experiment);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    action(window, "actionStart")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QMessageBox*>(QStringLiteral("errorBox")), 60000);
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorBox"));
    QVERIFY2(box->text().contains(QStringLiteral("twb-missing-folder")), qPrintable(box->text()));
    QVERIFY(!window.isRunning());
    QVERIFY(action(window, "actionStart")->isEnabled());
    box->close();
  }

  void thePanelKeepsFieldsItDoesNotShow() {
    twb::Experiment experiment = shortExperiment();
    experiment.model.freeze = {"conv1"};
    experiment.model.lrMult = {{"fc2", 10.0}};
    experiment.training.momentum = 0.5;
    experiment.training.optimizer = "adam";
    experiment.training.lr = 0.003;
    experiment.seed = 12345678901234ULL;
    experiment.target.labelsPerClass = 10;
    twb::ui::ExperimentModel model;
    twb::ui::ExperimentPanel panel(&model);
    model.reset(experiment); // a new document: shown, not an edit
    QCOMPARE(model.undoStack()->count(), 0);
    QCOMPARE(twb::experimentToJson(model.experiment()), twb::experimentToJson(experiment));

    panel.findChild<QSpinBox*>(QStringLiteral("steps"))->setValue(1234);
    QCOMPARE(model.undoStack()->count(), 1);
    QCOMPARE(model.undoStack()->undoText(), QStringLiteral("Steps: 1234"));
    twb::Experiment edited = experiment;
    edited.training.steps = 1234;
    QCOMPARE(twb::experimentToJson(model.experiment()), twb::experimentToJson(edited));
    // Spinning on is the same edit, not one per value.
    panel.findChild<QSpinBox*>(QStringLiteral("steps"))->setValue(1300);
    QCOMPARE(model.undoStack()->count(), 1);
    // Undo takes the form back with the experiment.
    model.undoStack()->undo();
    QCOMPARE(twb::experimentToJson(model.experiment()), twb::experimentToJson(experiment));
    QCOMPARE(panel.findChild<QSpinBox*>(QStringLiteral("steps"))->value(), static_cast<int>(experiment.training.steps));
  }

  // Every edit of the experiment, hyperparameters included, is one history: Edit > Undo
  // names the edit, takes it back in the form and in the file's modified state.
  void editsOfEveryPanelAreUndoneFromTheEditMenu() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction* undo = window.findChild<QAction*>(QStringLiteral("actionUndo"));
    QAction* redo = window.findChild<QAction*>(QStringLiteral("actionRedo"));
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());
    QVERIFY(!window.isWindowModified());
    const twb::Experiment start = window.experiment();

    auto* lr = window.findChild<QDoubleSpinBox*>(QStringLiteral("learningRate"));
    lr->setValue(0.02);
    auto* method = window.findChild<QComboBox*>(QStringLiteral("method"));
    method->setCurrentIndex(method->findData(QStringLiteral("source_only")));
    QVERIFY(window.isWindowModified());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Method source_only"));
    // The method's own fields follow it: a baseline has no adversary.
    QVERIFY(!window.findChild<QComboBox*>(QStringLiteral("setting_adversary")));

    undo->trigger();
    QCOMPARE(window.experiment().method.name, start.method.name);
    QVERIFY(window.findChild<QComboBox*>(QStringLiteral("setting_adversary")));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Learning rate: 0.02"));
    undo->trigger();
    QCOMPARE(window.experiment().training.lr, start.training.lr);
    QCOMPARE(lr->value(), start.training.lr);
    QVERIFY(!window.isWindowModified()); // back where the document was clean
    redo->trigger();
    QCOMPARE(window.experiment().training.lr, 0.02);
    QVERIFY(window.isWindowModified());
  }

  void openingAFileFillsTheFormAndRecentFiles() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lesson.json"));
    twb::Experiment experiment = shortExperiment();
    experiment.name = "from a file";
    experiment.training.steps = 777;
    twb::saveExperimentFile(path.toStdString(), experiment);

    MainWindow window;
    QVERIFY(window.openExperiment(path));
    QCOMPARE(window.experiment().training.steps, 777);
    QVERIFY(window.windowTitle().contains(QStringLiteral("lesson.json")));
    const auto* recent = window.findChild<QMenu*>(QStringLiteral("menuRecent"));
    QVERIFY(recent->menuAction()->isEnabled());
    QVERIFY(recent->actions().first()->text().contains(QStringLiteral("lesson.json")));

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"training\": {\"steps\": \"many\"}}");
    file.close();
    QVERIFY(!window.openExperiment(broken));
    QTRY_VERIFY(window.findChild<QMessageBox*>(QStringLiteral("errorBox")));
    QCOMPARE(window.experiment().training.steps, 777); // unchanged
    window.findChild<QMessageBox*>(QStringLiteral("errorBox"))->close();
  }

  void switchingToChineseRetranslatesTheWindow() {
    MainWindow window;
    const auto* file = window.findChild<QMenu*>(QStringLiteral("menuFile"));
    const auto* dock = window.findChild<QDockWidget*>(QStringLiteral("experimentDock"));
    QCOMPARE(file->title(), QStringLiteral("&File"));
    action(window, "actionLanguage_zh_CN")->trigger();
    QTRY_COMPARE(file->title(), QString::fromUtf8("文件(&F)"));
    QCOMPARE(dock->windowTitle(), QString::fromUtf8("实验"));
    QCOMPARE(action(window, "actionStart")->text(), QString::fromUtf8("开始(&S)"));
    QCOMPARE(twb::ui::settings::language.get(), QStringLiteral("zh_CN")); // kept for next time
    // Strings of free functions (a tr() outside any class) are translated too.
    twb::EmbeddingData unseen;
    unseen.classNames = {"Bag"};
    unseen.unseen = {true};
    QCOMPARE(twb::ui::classLabel(unseen, 0), QString::fromUtf8("Bag（未见类）"));
    action(window, "actionLanguage_en")->trigger();
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(dock->windowTitle(), QStringLiteral("Experiment"));
  }

private:
  QTemporaryDir home_;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
