// Every run stays viewable (issue #18), driven as a user would on the offscreen
// window with real short trainings: baselines queued after a method add rows and give
// the method's curves back; selecting any run shows all its curves and its log, read
// from its run directory; a refused Start leaves the screen as it was; a stopped run
// is labelled as stopped and never takes a finished run's place; the experiment's
// name follows its method and domains until the user types one.
#include "WindowTestSetup.h"
#include "curves/CurvesView.h"
#include "experiment/ExperimentFile.h"
#include "experiment/ExperimentModel.h"
#include "results/ResultsModel.h"
#include "results/ResultsTable.h"
#include "results/RunList.h"
#include "run/RunController.h"
#include "run/RunQueue.h"
#include "run/TrainingJob.h"
#include "training/RunLog.h"
#include "window/MainWindow.h"

#include <qcustomplot.h>

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using twb::ui::MainWindow;

namespace {

using twbtest::action;

twb::Experiment tinyDann(std::int64_t steps) {
  twb::Experiment e = twb::defaultExperiment(); // DANN, digits -> digits-m
  e.name = "viewing test";
  e.training.steps = steps;
  e.training.batchSize = 32;
  e.eval.every = 10;
  return e;
}

twb::ui::CurvesView* curves(const QWidget& window) {
  return window.findChild<twb::ui::CurvesView*>(QStringLiteral("curvesView"));
}

int points(const QWidget& window, const char* metric) {
  const QCPGraph* graph = curves(window)->graph(metric);
  return graph ? graph->dataCount() : 0;
}

QString logText(const QWidget& window) {
  return window.findChild<QPlainTextEdit*>(QStringLiteral("runLog"))->toPlainText();
}

twb::ui::RunList* runList(const QWidget& window) {
  return window.findChild<twb::ui::RunList*>(QStringLiteral("runList"));
}

QListWidget* listWidget(const QWidget& window) {
  return runList(window)->findChild<QListWidget*>(QStringLiteral("runList"));
}

// Waits for a batch (a method and its queued baselines) to end.
bool waitForBatch(MainWindow& window, int timeoutMs) {
  auto* queue = window.findChild<twb::ui::RunQueue*>();
  return queue && QTest::qWaitFor([&] { return !queue->isActive(); }, timeoutMs);
}

// Clicks the list's row of the run in `dir`, as a user selecting it alone.
void selectRun(QWidget& window, const std::string& dir) {
  QListWidget* list = listWidget(window);
  for (int i = 0; i < list->count(); ++i) {
    if (runList(window)->runs()[static_cast<std::size_t>(i)]->dir != dir)
      continue;
    const QRect rect = list->visualItemRect(list->item(i));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    return;
  }
  QFAIL(("no run " + dir + " in the list").c_str());
}

std::vector<std::string> dirsOfMethod(const QWidget& window, const std::string& method) {
  std::vector<std::string> dirs;
  for (const twb::RunPtr& run : runList(window)->runs())
    if (run->experiment.method.name == method)
      dirs.push_back(run->dir);
  return dirs;
}

} // namespace

class TestRunViewing : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QVERIFY(home_.isValid());
    twbtest::prepareWindowTests(home_);
  }

  // After a DANN run with Run Baselines Too, the screen ends on the DANN run: its
  // domain curves and its log, not the last baseline's; the table has all three rows.
  // Clicking a baseline and then the DANN run again brings every DANN curve back.
  void baselinesAddRowsAndGiveTheMethodsCurvesBack() {
    MainWindow window;
    window.setExperiment(tinyDann(20));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    action(window, "actionRunBaselines")->setChecked(true);
    action(window, "actionStart")->trigger();
    QVERIFY(waitForBatch(window, 300000));
    QCOMPARE(dirsOfMethod(window, "dann").size(), std::size_t{1});
    QCOMPARE(dirsOfMethod(window, "source_only").size(), std::size_t{1});
    QCOMPARE(dirsOfMethod(window, "target_only").size(), std::size_t{1});
    const std::string dann = dirsOfMethod(window, "dann").front();

    QVERIFY2(points(window, "acc/domain") > 0, "the DANN run's domain curve is not shown after its baselines");
    QVERIFY2(curves(window)->subject().contains(QStringLiteral("dann")), qPrintable(curves(window)->subject()));
    QVERIFY2(logText(window).contains(QStringLiteral("Training dann")), qPrintable(logText(window)));
    QCOMPARE(runList(window)->resultsTable()->model()->rowCount(), 3);

    // A baseline alone: its own curves, no domain curve.
    selectRun(window, dirsOfMethod(window, "source_only").front());
    QTRY_VERIFY(curves(window)->subject().contains(QStringLiteral("source_only")));
    QCOMPARE(points(window, "acc/domain"), 0);
    QVERIFY(points(window, "loss/label") > 0);
    QVERIFY2(logText(window).contains(QStringLiteral("Training source_only")), qPrintable(logText(window)));

    // The DANN run again, as its run directory kept it: every curve and its log.
    selectRun(window, dann);
    QTRY_VERIFY(points(window, "acc/domain") > 0);
    const twb::RunRecord stored = twb::readRunDirectory(dann);
    for (const twb::MetricRow& row : stored.metrics)
      for (const auto& [name, value] : row.values)
        QVERIFY2(points(window, name.c_str()) > 0, name.c_str());
    QVERIFY(!twb::readRunLog(dann).empty());
    QVERIFY2(logText(window).contains(QStringLiteral("Training dann")), qPrintable(logText(window)));
    QCOMPARE(window.findChild<QTabWidget*>(QStringLiteral("centralTabs"))->currentWidget(), curves(window));
  }

  // Stopping a later DANN run lists it as stopped at its step; the finished run stays
  // selected and in the table, and the stopped one is no row of the finished one's
  // comparison (it is compared at the steps it reached).
  void aStoppedRunNeverDisplacesAFinishedOne() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!dirsOfMethod(window, "dann").empty()); // the earlier test's runs, listed from disk
    const std::string finished = dirsOfMethod(window, "dann").front();
    selectRun(window, finished);
    window.setExperiment(tinyDann(3000));
    action(window, "actionRunBaselines")->setChecked(true);
    action(window, "actionStart")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(points(window, "acc/target_test") > 0, 120000);
    action(window, "actionStop")->trigger();
    QVERIFY(waitForBatch(window, 60000));

    const auto selected = runList(window)->selectedRuns();
    std::vector<std::string> selectedDirs;
    for (const twb::RunPtr& run : selected)
      selectedDirs.push_back(run->dir);
    QVERIFY2(std::find(selectedDirs.begin(), selectedDirs.end(), finished) != selectedDirs.end(),
             "the stopped run took the finished run's place in the selection");
    const twb::ui::ResultsModel* table = runList(window)->resultsTable()->model();
    int stoppedRows = 0, finishedRows = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
      const QString status = table->index(row, twb::ui::ResultsModel::Status).data().toString();
      if (table->runs()[static_cast<std::size_t>(row)]->experiment.method.name != "dann")
        continue;
      if (status.startsWith(QStringLiteral("stopped at step ")) && status.endsWith(QStringLiteral(" of 3,000")))
        ++stoppedRows;
      else if (status.startsWith(QStringLiteral("completed")))
        ++finishedRows;
      else
        QFAIL(qPrintable(status));
    }
    QCOMPARE(stoppedRows, 1);
    QCOMPARE(finishedRows, 1);
    const twb::RunPtr stopped = selected.front()->summary.status == "stopped" ? selected.front() : selected.back();
    QCOMPARE(stopped->summary.status, std::string("stopped"));
    // Compared at the steps it reached: its key is that of a run planned for those steps.
    twb::RunRecord asPlanned = *stopped;
    asPlanned.summary.status = "completed";
    asPlanned.experiment.training.steps = stopped->summary.steps;
    QCOMPARE(twb::comparisonKey(*stopped), twb::comparisonKey(asPlanned));
    // So it is no row of the finished 20-step run's comparison, unless Stop happened to
    // land on step 20 itself, when the two runs are the same recipe and belong together.
    const twb::RunRecord finishedRun = twb::readRunDirectory(finished);
    QCOMPARE(finishedRun.summary.steps, std::int64_t{20});
    if (stopped->summary.steps != finishedRun.summary.steps)
      QVERIFY(twb::comparisonKey(*stopped) != twb::comparisonKey(finishedRun));
    QVERIFY(listWidget(window)->item(0)->text().contains(QStringLiteral("stopped at step")));
  }

  // A Start refused for its input (a dataset folder that does not exist) reports it in
  // a message box and leaves the curves, the log and the summary of the run on screen.
  void aRefusedStartLeavesTheScreenAsItWas() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!dirsOfMethod(window, "dann").empty());
    selectRun(window, dirsOfMethod(window, "dann").back());
    QTRY_VERIFY(points(window, "acc/domain") > 0);
    const QString log = logText(window);
    const QString subject = curves(window)->subject();
    const int before = points(window, "loss/label");
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("runSummary"))->isVisible());

    twb::Experiment bad = tinyDann(20);
    bad.source.dataset = "folder:/nonexistent/twb-missing-folder";
    window.setExperiment(bad);
    action(window, "actionStart")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QMessageBox*>(QStringLiteral("errorBox")), 60000);
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorBox"));
    QVERIFY2(box->text().contains(QStringLiteral("twb-missing-folder")), qPrintable(box->text()));
    box->close();
    QTRY_VERIFY(action(window, "actionStart")->isEnabled());
    QCOMPARE(logText(window), log);
    QCOMPARE(curves(window)->subject(), subject);
    QCOMPARE(points(window, "loss/label"), before);
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("runSummary"))->isVisible());
  }

  // The name follows the method and the domains, and the title bar shows it, until the
  // user types a name of their own.
  void theNameFollowsTheExperimentUntilTheUserTypesOne() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* name = window.findChild<QLineEdit*>(QStringLiteral("experimentName"));
    auto* method = window.findChild<QComboBox*>(QStringLiteral("method"));
    method->setCurrentIndex(method->findData(QStringLiteral("source_only")));
    QTRY_VERIFY(name->text().startsWith(QStringLiteral("source_only")));
    QCOMPARE(name->text().toStdString(), twb::ui::ExperimentModel::automaticName(window.experiment()));
    QVERIFY2(window.windowTitle().contains(name->text()), qPrintable(window.windowTitle()));
    auto* target = window.findChild<QComboBox*>(QStringLiteral("targetDataset"));
    target->setCurrentText(QStringLiteral("syndigits"));
    emit target->lineEdit()->editingFinished();
    QTRY_VERIFY2(name->text().contains(QStringLiteral("syndigits")), qPrintable(name->text()));

    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("my lesson"));
    QTRY_COMPARE(window.experiment().name, std::string("my lesson"));
    method->setCurrentIndex(method->findData(QStringLiteral("dann")));
    QCOMPARE(window.experiment().name, std::string("my lesson"));
    QCOMPARE(name->text(), QStringLiteral("my lesson"));
    QVERIFY2(window.windowTitle().contains(QStringLiteral("my lesson")), qPrintable(window.windowTitle()));
  }

private:
  QTemporaryDir home_;
};

QTEST_MAIN(TestRunViewing)
#include "tst_runviewing.moc"
