// The window under stress (issue #24): each long job the window runs off the GUI
// thread (a dataset load, a t-SNE map, a layer sweep, a translation run, a method's
// run with its baselines queued, a run generating its data) is started in the real
// window offscreen, waited for until it really runs, then stopped with its Stop or by
// closing the window. Each must end, say so, leave whole files (or none), and let the
// window close and be destroyed without a hang. The guards are generous (a busy
// machine must not fail them); the time each stop took, and the longest the event loop
// waited meanwhile, are printed ("stop latency ...") for the record, not checked.
#include "FashionSplit.h"
#include "WindowTestSetup.h"
#include "base/AtomicFile.h"
#include "curves/CurvesView.h"
#include "datasets/DatasetStore.h"
#include "datasets/DomainView.h"
#include "embedding/EmbeddingPanel.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"
#include "model/LayerSweepPlot.h"
#include "model/ModelPanel.h"
#include "run/RunController.h"
#include "run/RunQueue.h"
#include "run/TrainingJob.h"
#include "training/Metrics.h"
#include "training/RunSummary.h"
#include "training/Trainer.h"
#include "translation/TranslationCapability.h"
#include "window/MainWindow.h"

#include <qcustomplot.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <memory>

using twb::ui::MainWindow;
using twbtest::action;

namespace {

namespace fs = std::filesystem;

// How long a stopped job may take before the test calls it a hang: far above the
// second a stop should take, so a busy machine does not fail it.
constexpr int kGuardMs = 10000;
constexpr int kStartMs = 180000; // to get going: a first speech generation, a pretraining

qint64 lastStallMs = 0; // the longest a 10 ms timer waited during the last msUntil

// Milliseconds until `done` holds, events processed meanwhile; -1 past `guardMs`.
// Records how long the GUI thread left its event loop unserved meanwhile (a freeze).
qint64 msUntil(const std::function<bool()>& done, int guardMs = kGuardMs) {
  QElapsedTimer timer, sinceTick;
  qint64 worst = 0;
  QTimer tick;
  tick.setInterval(10);
  QObject::connect(&tick, &QTimer::timeout, [&] { worst = std::max(worst, sinceTick.restart()); });
  timer.start();
  sinceTick.start();
  tick.start();
  const bool held = QTest::qWaitFor(done, guardMs);
  const qint64 elapsed = timer.elapsed();
  lastStallMs = std::max(worst, sinceTick.elapsed());
  return held ? elapsed : -1;
}

void reportLatency(const char* job, qint64 ms) {
  qInfo("stop latency, %s: %lld ms (longest event-loop wait meanwhile: %lld ms)", job, static_cast<long long>(ms),
        static_cast<long long>(lastStallMs));
}

void reportDestroyed(qint64 ms) {
  qInfo("destroying the closed window took %lld ms", static_cast<long long>(ms));
}

template <typename T> T* child(const QObject& parent, const char* name) {
  auto* found = parent.findChild<T*>(QString::fromLatin1(name));
  if (!found)
    qFatal("no child %s", name);
  return found;
}

twb::RunSummary summaryIn(const fs::path& dir) {
  return twb::parseSummary(twb::readFile((dir / "summary.json").string()), dir.string());
}

// Every run directory under `root` is whole: a run that wrote its experiment wrote a
// summary that parses, completed or stopped, never half a file. Returns how many there are.
int checkRunsWhole(const QString& root) {
  int runs = 0;
  if (!fs::exists(root.toStdString()))
    return 0;
  for (const auto& entry : fs::recursive_directory_iterator(root.toStdString())) {
    if (entry.path().filename() != "experiment.json")
      continue;
    ++runs;
    const fs::path dir = entry.path().parent_path();
    const twb::RunSummary summary = summaryIn(dir); // throws on a torn file
    if (summary.status != "completed" && summary.status != "stopped")
      qWarning("%s: status %s", dir.c_str(), summary.status.c_str());
    for (const auto& file : fs::directory_iterator(dir))
      if (file.path().filename().string().find(".tmp") != std::string::npos)
        qWarning("%s: a temporary file was left", file.path().c_str());
  }
  return runs;
}

QStringList runDirectories() {
  return QDir(MainWindow::runsDirectory()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

QString appData(const char* sub) {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
      .filePath(QString::fromLatin1(sub));
}

// A method's run that takes long enough to be stopped, its baselines as long.
twb::Experiment longDann(std::int64_t steps) {
  twb::Experiment e = twb::defaultExperiment(); // DANN, digits -> digits-m
  e.name = "stress";
  e.training.steps = steps;
  e.training.batchSize = 8;
  e.training.device = "cpu";
  e.eval.every = std::min<std::int64_t>(steps, 100);
  return e;
}

// The translation method's example cut to a narrow translator on small batches.
twb::Experiment translationRun(std::int64_t steps) {
  const twb::Method* method = nullptr;
  for (const twb::Method* m : twb::allMethods())
    if (twb::ui::translatesImages(*m))
      method = m;
  if (!method)
    qFatal("no method translates images");
  twb::Experiment e = method->example();
  e.name = "stress translation";
  twb::applySetting(e, "method.translate.model=unit");
  twb::applySetting(e, "method.translate.width=16");
  twb::applySetting(e, "method.translate.samples=10");
  e.training.steps = steps;
  e.training.batchSize = 8;
  e.training.device = "cpu";
  e.eval.every = 50;
  return e;
}

// A fine-tuning sweep's recipe, tiny cells.
twb::Experiment sweepRecipe(twb::Experiment e, std::int64_t steps) {
  e.method.settings.set("pretrain_steps", std::int64_t{20});
  e.training.steps = steps;
  e.training.batchSize = 16;
  e.training.device = "cpu";
  e.eval.every = std::min<std::int64_t>(steps, 50);
  return e;
}

} // namespace

class TestWindowStress : public QObject {
  Q_OBJECT

  QTemporaryDir home_;
  QString trained_; // a short DANN run, for the t-SNE map

  static twb::ui::DatasetStore* store(const MainWindow& window) {
    auto* found = window.findChild<twb::ui::DatasetStore*>();
    if (!found)
      qFatal("no dataset store");
    return found;
  }
  static twb::ui::DomainView* targetView(const MainWindow& window) {
    return child<twb::ui::DomainView>(window, "targetDomain");
  }

  // The window loading a speech dataset generated for the first time (minutes of work),
  // its progress bar moving: a load that is really under way.
  static void startSpeechLoad(MainWindow& window, std::uint64_t seed) {
    twb::Experiment e = twb::defaultExperiment();
    e.source.dataset = "digits";
    e.target.dataset = "spoken-digits-a";
    e.seed = seed; // nothing cached for it
    window.setExperiment(e);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(targetView(window)->isLoading());
    const auto* progress = child<QProgressBar>(window, "targetLoadProgress");
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, kStartMs);
    QVERIFY(targetView(window)->isLoading());
  }

  static twb::ui::EmbeddingPanel* startMap(MainWindow& window, const QString& run) {
    auto* panel = child<twb::ui::EmbeddingPanel>(window, "embeddingPanel");
    child<QTabWidget>(window, "centralTabs")->setCurrentWidget(panel);
    if (!panel->openRun(run))
      qFatal("the run does not open");
    panel->setMaxPerDomain(1000);
    panel->setIterations(20000); // minutes: still running whenever it is stopped
    QSignalSpy shown(panel, &twb::ui::EmbeddingPanel::layoutShown);
    child<QPushButton>(*panel, "embeddingRunButton")->click();
    if (!panel->isRunning())
      qFatal("the map did not start");
    if (!QTest::qWaitFor([&] { return shown.count() > 0; }, kStartMs)) // t-SNE iterates
      qFatal("no layout arrived");
    return panel;
  }

  static QString embeddingStatus(const MainWindow& window) { return child<QLabel>(window, "embeddingStatus")->text(); }

private slots:
  void initTestCase() {
    QVERIFY(home_.isValid());
    twbtest::prepareWindowTests(home_);
    qputenv("TWB_CACHE_DIR", home_.filePath(QStringLiteral("cache")).toLocal8Bit()); // speech generated here
    twb::Experiment e = longDann(60);
    e.training.batchSize = 32;
    e.eval.every = 60;
    trained_ = home_.filePath(QStringLiteral("trained/dann"));
    twb::Trainer(e, trained_.toStdString()).run();
    QVERIFY(QFile::exists(trained_ + QStringLiteral("/model.pt")));
  }

  // ---- a dataset load

  void datasetLoadStopsOnCancel() {
    MainWindow window;
    startSpeechLoad(window, 101);
    child<QPushButton>(window, "targetCancelLoad")->click();
    const qint64 ms = msUntil([&] { return store(window)->threadCount() == 0; }); // its thread ended
    QVERIFY2(ms >= 0, "the cancelled load's thread is still running");
    reportLatency("dataset load (speech generation), Cancel", ms);
    QVERIFY(!targetView(window)->isLoading());
    QCOMPARE(child<QLabel>(window, "targetLoadMessage")->text(), QStringLiteral("Loading cancelled."));
  }

  void closingCancelsADatasetLoad() {
    QElapsedTimer destroyed;
    {
      MainWindow window;
      startSpeechLoad(window, 102);
      QVERIFY(window.close());
      QVERIFY(!window.isVisible());
      const qint64 ms = msUntil([&] { return store(window)->threadCount() == 0; });
      QVERIFY2(ms >= 0, "the load goes on in the closed window");
      reportLatency("dataset load (speech generation), close", ms);
      destroyed.start();
    }
    reportDestroyed(destroyed.elapsed());
    QVERIFY(destroyed.elapsed() < kGuardMs);
  }

  // ---- a t-SNE map

  void tsneStopsOnStop() {
    MainWindow window;
    window.show();
    twb::ui::EmbeddingPanel* panel = startMap(window, trained_);
    QVERIFY(child<QPushButton>(*panel, "embeddingStopButton")->isEnabled());
    child<QPushButton>(*panel, "embeddingStopButton")->click();
    const qint64 ms = msUntil([&] { return !panel->isRunning(); });
    QVERIFY2(ms >= 0, "t-SNE goes on after Stop");
    reportLatency("t-SNE (2,000 points), Stop", ms);
    QVERIFY2(embeddingStatus(window).startsWith(QStringLiteral("Stopped")), qPrintable(embeddingStatus(window)));
    QVERIFY(child<QPushButton>(*panel, "embeddingRunButton")->isEnabled());
  }

  // Stop before t-SNE begins: the features are still being extracted from the run.
  void tsneStopsWhileExtractingFeatures() {
    MainWindow window;
    window.show();
    auto* panel = child<twb::ui::EmbeddingPanel>(window, "embeddingPanel");
    child<QTabWidget>(window, "centralTabs")->setCurrentWidget(panel);
    QVERIFY(panel->openRun(trained_));
    panel->setMaxPerDomain(1000);
    QSignalSpy shown(panel, &twb::ui::EmbeddingPanel::layoutShown);
    child<QPushButton>(*panel, "embeddingRunButton")->click();
    QVERIFY(panel->isRunning()); // no event has run: the thread is loading the data and the network
    child<QPushButton>(*panel, "embeddingStopButton")->click();
    const qint64 ms = msUntil([&] { return !panel->isRunning(); });
    QVERIFY2(ms >= 0, "the extraction goes on after Stop");
    reportLatency("t-SNE, while extracting features, Stop", ms);
    QCOMPARE(shown.count(), 0); // it never got to t-SNE
    QVERIFY2(embeddingStatus(window).startsWith(QStringLiteral("Stopped")), qPrintable(embeddingStatus(window)));
  }

  void closingStopsATsne() {
    QElapsedTimer destroyed;
    {
      MainWindow window;
      window.show();
      twb::ui::EmbeddingPanel* panel = startMap(window, trained_);
      QVERIFY(window.close());
      QVERIFY(!window.isVisible());
      const qint64 ms = msUntil([&] { return !panel->isRunning(); });
      QVERIFY2(ms >= 0, "t-SNE goes on in the closed window");
      reportLatency("t-SNE (2,000 points), close", ms);
      QVERIFY2(embeddingStatus(window).startsWith(QStringLiteral("Stopped")), qPrintable(embeddingStatus(window)));
      destroyed.start();
    }
    reportDestroyed(destroyed.elapsed());
    QVERIFY(destroyed.elapsed() < kGuardMs);
  }

  // ---- a layer sweep

  // The first sweep of a speech pair generates its speech before any cell trains (the
  // recipe is checked on the data first); Stop must reach that too.
  void sweepStopsWhileGeneratingSpeech() {
    MainWindow window; // not shown: the Datasets panel must not generate the same speech
    twb::Experiment e = sweepRecipe(twbtest::fashionSplitFinetune("stress sweep (speech)"), 5);
    e.source = twb::DomainSpec{"spoken-digits-a", 0, {}};
    e.target = twb::DomainSpec{"spoken-digits-b", 5, {}};
    e.seed = 103;
    window.setExperiment(e);
    auto* panel = child<twb::ui::ModelPanel>(window, "modelPanel");
    QSignalSpy ended(panel, &twb::ui::ModelPanel::sweepFinished);
    child<QPushButton>(*panel, "sweepButton")->click();
    QVERIFY(panel->isSweeping());
    // Its folder is made just before the data is loaded: the sweep is under way.
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(appData("sweeps")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(), kStartMs);
    child<QPushButton>(*panel, "sweepStopButton")->click();
    const qint64 ms = msUntil([&] { return ended.count() == 1; });
    QVERIFY2(ms >= 0, "the sweep goes on generating speech after Stop");
    reportLatency("layer sweep, while generating speech, Stop", ms);
    QVERIFY(!panel->isSweeping());
    const QString status = child<QLabel>(*panel, "sweepStatus")->text();
    QVERIFY2(status.startsWith(QStringLiteral("Stopped")), qPrintable(status));
    QCOMPARE(checkRunsWhole(appData("sweeps")), 0); // no cell had begun
  }

  void closingStopsASweepMidCell() {
    QElapsedTimer destroyed;
    {
      MainWindow window;
      // The source model (20 steps) first, then cells long enough to be closed mid-way.
      window.setExperiment(sweepRecipe(twbtest::fashionSplitFinetune("stress sweep"), 3000));
      window.show();
      QVERIFY(QTest::qWaitForWindowExposed(&window));
      auto* panel = child<twb::ui::ModelPanel>(window, "modelPanel");
      QSignalSpy ended(panel, &twb::ui::ModelPanel::sweepFinished);
      child<QPushButton>(*panel, "sweepButton")->click();
      QTRY_VERIFY_WITH_TIMEOUT(panel->sweepPlot()->pointCount() >= 1, kStartMs); // the source model is done
      QVERIFY(panel->isSweeping());
      QVERIFY(window.close());
      QVERIFY(!window.isVisible());
      const qint64 ms = msUntil([&] { return ended.count() == 1; });
      QVERIFY2(ms >= 0, "the sweep goes on in the closed window");
      reportLatency("layer sweep, mid-cell, close", ms);
      const QString status = child<QLabel>(*panel, "sweepStatus")->text();
      QVERIFY2(status.startsWith(QStringLiteral("Stopped")), qPrintable(status));
      destroyed.start();
    }
    reportDestroyed(destroyed.elapsed());
    QVERIFY(destroyed.elapsed() < kGuardMs);
    // The source model completed; the cell the close stopped is labelled so, whole.
    QVERIFY(checkRunsWhole(appData("sweeps")) >= 1);
  }

  // ---- a translation run

  void translationRunStopsOnStop() {
    MainWindow window;
    window.setExperiment(translationRun(3000));
    action(window, "actionRunBaselines")->setChecked(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    action(window, "actionStart")->trigger();
    QVERIFY(window.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(window.runController()->job()->step() >= 5, kStartMs);
    action(window, "actionStop")->trigger();
    const qint64 ms = msUntil([&] { return !window.isRunning(); });
    QVERIFY2(ms >= 0, "the translation run goes on after Stop");
    reportLatency("translation run, Stop", ms);
    const QString said = window.statusBar()->currentMessage();
    QVERIFY2(said.startsWith(QStringLiteral("Run stopped after")), qPrintable(said));
    QVERIFY(action(window, "actionStart")->isEnabled());
    const twb::RunSummary summary = summaryIn(window.runController()->job()->runDir());
    QCOMPARE(summary.status, std::string("stopped"));
    QVERIFY(summary.steps < 3000);
  }

  void closingStopsATranslationRun() {
    std::string dir;
    QElapsedTimer destroyed;
    {
      MainWindow window;
      window.setExperiment(translationRun(3000));
      action(window, "actionRunBaselines")->setChecked(false);
      window.show();
      QVERIFY(QTest::qWaitForWindowExposed(&window));
      action(window, "actionStart")->trigger();
      QTRY_VERIFY_WITH_TIMEOUT(window.runController()->job()->step() >= 5, kStartMs);
      dir = window.runController()->job()->runDir();
      window.close(); // refused until the run has stopped and been written
      const qint64 ms = msUntil([&] { return !window.isVisible(); });
      QVERIFY2(ms >= 0, "the window did not close");
      reportLatency("translation run, close", ms);
      QVERIFY(!window.isRunning());
      destroyed.start();
    }
    reportDestroyed(destroyed.elapsed());
    QVERIFY(destroyed.elapsed() < kGuardMs);
    const twb::RunSummary summary = summaryIn(dir);
    QCOMPARE(summary.status, std::string("stopped"));
    QVERIFY(fs::exists(fs::path(dir) / "model.pt"));
  }

  // ---- a method's run and its queued baselines

  // Stop in the first baseline ends it and drops the one after it.
  void stopInTheQueueDropsTheRest() {
    const QStringList before = runDirectories();
    MainWindow window;
    window.setExperiment(longDann(300));
    action(window, "actionRunBaselines")->setChecked(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* queue = window.findChild<twb::ui::RunQueue*>();
    QVERIFY(queue);
    QSignalSpy finished(queue, &twb::ui::RunQueue::runFinished);
    QSignalSpy ended(queue, &twb::ui::RunQueue::batchEnded);
    action(window, "actionStart")->trigger();
    QCOMPARE(queue->pending(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 && window.isRunning() && window.runController()->job()->step() >= 1,
                             kStartMs); // the method's run is done, its first baseline trains
    QCOMPARE(queue->pending(), 1);
    action(window, "actionStop")->trigger();
    const qint64 ms = msUntil([&] { return ended.count() == 1; });
    QVERIFY2(ms >= 0, "the queue goes on after Stop");
    reportLatency("run queue (a baseline), Stop", ms);
    QVERIFY(!window.isRunning());
    QVERIFY(!queue->isActive());
    QCOMPARE(queue->pending(), 0);
    QVERIFY(!action(window, "actionStop")->isEnabled());
    const QString said = window.statusBar()->currentMessage();
    QVERIFY2(said.contains(QStringLiteral("stopped")), qPrintable(said));
    QTest::qWait(500); // the dropped baseline must not start after all
    QVERIFY(!window.isRunning());
    QCOMPARE(runDirectories().size(), before.size() + 2);
    QCOMPARE(summaryIn(window.runController()->job()->runDir()).status, std::string("stopped"));
    checkRunsWhole(MainWindow::runsDirectory());
  }

  // Closed just as the method's run ends and before its baseline starts (nothing runs
  // for that moment): the baselines must not start in the closed window.
  void closingBetweenQueuedRunsStartsNoMore() {
    const QStringList before = runDirectories();
    QElapsedTimer destroyed;
    {
      MainWindow window;
      window.setExperiment(longDann(30));
      action(window, "actionRunBaselines")->setChecked(true);
      window.show();
      QVERIFY(QTest::qWaitForWindowExposed(&window));
      auto* queue = window.findChild<twb::ui::RunQueue*>();
      QSignalSpy ended(queue, &twb::ui::RunQueue::batchEnded);
      bool closedBetween = false;
      connect(queue, &twb::ui::RunQueue::runFinished, &window, [&](const QString&, int index) {
        if (index == 0) {
          closedBetween = !window.isRunning();
          window.close();
        }
      });
      action(window, "actionStart")->trigger();
      QTRY_VERIFY_WITH_TIMEOUT(ended.count() == 1, kStartMs);
      QVERIFY(closedBetween);
      QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), kGuardMs);
      QTest::qWait(500); // nothing starts after the batch
      QVERIFY(!window.isRunning());
      QCOMPARE(queue->pending(), 0);
      destroyed.start();
    }
    reportDestroyed(destroyed.elapsed());
    QVERIFY(destroyed.elapsed() < kGuardMs);
    QCOMPARE(runDirectories().size(), before.size() + 1); // the method's run, no baseline
    checkRunsWhole(MainWindow::runsDirectory());
  }

  // ---- a run's own data loading

  // Stopped while it generates its speech: nothing is written, the status says it
  // stopped, and the window does not bring back the batch before it as if it had finished.
  void stopWhileARunGeneratesItsDataWritesNothing() {
    MainWindow window;
    action(window, "actionRunBaselines")->setChecked(false);
    window.setExperiment(longDann(20));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* queue = window.findChild<twb::ui::RunQueue*>();
    QSignalSpy ended(queue, &twb::ui::RunQueue::batchEnded);
    action(window, "actionStart")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(ended.count() == 1, kStartMs); // a batch that finished
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Finished")));
    const QStringList before = runDirectories();

    twb::Experiment e = longDann(100);
    e.name = "stress speech run, stopped";
    e.method.name = "source_only";
    e.source.dataset = "spoken-digits-a";
    e.target.dataset = "spoken-digits-b";
    e.seed = 105; // nothing cached for it
    window.setExperiment(e);
    child<QWidget>(window, "datasetsDock")->close(); // its panel would generate the same speech
    action(window, "actionStart")->trigger();
    const auto* log = child<QPlainTextEdit>(window, "runLog");
    QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(QStringLiteral("Loading spoken-digits-a")), kStartMs);
    QVERIFY(window.isRunning());
    action(window, "actionStop")->trigger();
    const qint64 ms = msUntil([&] { return ended.count() == 2; });
    QVERIFY2(ms >= 0, "the run goes on generating its speech after Stop");
    reportLatency("a run generating its speech, Stop", ms);
    const QString said = window.statusBar()->currentMessage();
    QVERIFY2(said.startsWith(QStringLiteral("Run stopped after 0 steps")), qPrintable(said));
    QTRY_VERIFY(log->toPlainText().contains(QStringLiteral("nothing was written")));
    // The curves stay the stopped run's (none), not the finished run's before it.
    const auto* curves = child<twb::ui::CurvesView>(window, "curvesView");
    const QCPGraph* loss = curves->graph(twb::metric::kLossLabel);
    QVERIFY2(!loss || loss->dataCount() == 0, "the previous batch's run came back as if it had finished");
    QCOMPARE(runDirectories().size(), before.size());
  }

  // Closed while a run generates its speech for the first time, before its first step:
  // the generation stops, nothing is written, and the window closes.
  void closingStopsARunWhileItGeneratesItsData() {
    const QStringList before = runDirectories();
    QElapsedTimer destroyed;
    {
      MainWindow window;
      twb::Experiment e = longDann(100);
      e.name = "stress speech run";
      e.method.name = "source_only";
      e.source.dataset = "spoken-digits-a";
      e.target.dataset = "spoken-digits-b";
      e.seed = 104; // nothing cached for it
      window.setExperiment(e);
      action(window, "actionRunBaselines")->setChecked(false);
      child<QWidget>(window, "datasetsDock")->close(); // its panel would generate the same speech
      window.show();
      QVERIFY(QTest::qWaitForWindowExposed(&window));
      action(window, "actionStart")->trigger();
      const auto* log = child<QPlainTextEdit>(window, "runLog");
      QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(QStringLiteral("Loading spoken-digits-a")), kStartMs);
      QVERIFY(window.isRunning());
      QCOMPARE(window.runController()->job()->step(), std::int64_t{0});
      window.close();
      const qint64 ms = msUntil([&] { return !window.isVisible(); });
      QVERIFY2(ms >= 0, "the window did not close");
      reportLatency("a run generating its speech, close", ms);
      QVERIFY(!window.isRunning());
      destroyed.start();
    }
    reportDestroyed(destroyed.elapsed());
    QVERIFY(destroyed.elapsed() < kGuardMs);
    twb::ui::settings::windowState.set({});           // the closed dock is no later window's layout
    QCOMPARE(runDirectories().size(), before.size()); // stopped before anything was written
  }
};

QTEST_MAIN(TestWindowStress)
#include "tst_windowstress.moc"
