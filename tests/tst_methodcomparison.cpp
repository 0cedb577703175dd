// The Method comparison tab (issue #20), driven as a user would on the offscreen
// window, on real run directories: `twb compare`'s runner trains source_only,
// target_only and DANN on digits -> digits-m for two seeds (60 steps of Adam, long
// enough for the upper bound to pass the lower, short enough that DANN's adversary
// still hurts). File > Open Run takes the folder; the chart must show core's numbers:
// a bar per method at its mean target accuracy with ± sd and a dot per seed, the
// bounds' lines at their means, the gap closed above each bar, a worse method below
// the lower line. Its CSV holds the same rows; a run that finishes in the watched
// folder adds a bar; another comparison can be picked from the box.
#include "WindowTestSetup.h"
#include "compare/CompareRunner.h"
#include "comparison/MethodComparisonChart.h"
#include "comparison/MethodComparisonPanel.h"
#include "experiment/ExperimentFile.h"
#include "results/RunList.h"
#include "training/CachedRuns.h"
#include "training/RunDirectory.h"
#include "window/MainWindow.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <thread>

using twb::ui::MainWindow;

namespace {

twb::Experiment tinyRecipe() {
  twb::Experiment e = twb::defaultExperiment(); // DANN, digits -> digits-m
  e.training.steps = 60;
  e.training.batchSize = 32;
  e.training.optimizer = "adam";
  e.training.lr = 0.001;
  e.training.lrSchedule = "constant";
  e.eval.every = 60;
  return e;
}

// Runs `twb compare`'s cells (methods and their baselines, each seed) into `out`.
void compareInto(const std::vector<std::string>& methods, const std::vector<std::uint64_t>& seeds, const QString& out) {
  twb::CompareRunner runner(tinyRecipe(), methods, seeds, QFile::encodeName(out).toStdString());
  runner.run();
}

// The rows core makes of every run directory in `folder`, over seeds.
std::vector<twb::ComparisonRow> coreRows(const QString& folder) {
  std::vector<twb::RunPtr> runs;
  for (const QFileInfo& sub : QDir(folder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
    if (QFileInfo::exists(QDir(sub.absoluteFilePath()).filePath(QStringLiteral("summary.json"))))
      runs.push_back(std::make_shared<twb::RunRecord>(
          twb::readRunDirectory(QFile::encodeName(sub.absoluteFilePath()).toStdString())));
  return twb::comparisonRows(runs, /*overSeeds=*/true);
}

const twb::ComparisonRow& rowOf(const std::vector<twb::ComparisonRow>& rows, const std::string& method) {
  for (const twb::ComparisonRow& row : rows)
    if (row.lead().experiment.method.name == method)
      return row;
  qFatal("no row of %s", method.c_str());
}

double meanTarget(const twb::ComparisonRow& row) {
  return row.measure(twb::Measure::TargetAccuracy)->mean;
}

// File > Open Run's folder picker answered with `path`, as a user typing it would.
void answerNextFolderDialog(const QString& path) {
  twbtest::answerNextFileDialog([path](QFileDialog& dialog) {
    dialog.setDirectory(path);              // in the folder, Choose takes it
    static_cast<QDialog&>(dialog).accept(); // QFileDialog::accept, which checks the folder
  });
}

// The name written under a bar: the x axis's tick at the bar's key.
QString tickUnder(const twb::ui::MethodComparisonChart& chart, int bar) {
  const auto ticker = chart.plot()->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
  return ticker ? ticker->ticks().value(chart.bar(bar)->data()->at(0)->key) : QString();
}

bool near(double a, double b) {
  return std::abs(a - b) < 1e-9;
}

} // namespace

class TestMethodComparison : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QVERIFY(home_.isValid());
    twbtest::prepareWindowTests(home_);
    folder_ = QDir(home_.path()).filePath(QStringLiteral("compare"));
    compareInto({"dann"}, {1, 2}, folder_); // six runs: the method and both bounds, two seeds
  }

  void theChartDrawsCoresNumbers() {
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("centralTabs"));
    auto* panel = window.findChild<twb::ui::MethodComparisonPanel*>(QStringLiteral("methodComparison"));
    QVERIFY(panel);
    QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Method comparison"));
    twb::ui::MethodComparisonChart* chart = panel->chart();
    QCOMPARE(chart->barCount(), 0);

    answerNextFolderDialog(folder_);
    twbtest::action(window, "actionOpenRun")->trigger();
    QCOMPARE(tabs->currentWidget(), panel); // opening a compare folder shows its chart
    auto* runList = window.findChild<twb::ui::RunList*>(QStringLiteral("runList"));
    QCOMPARE(runList->runs().size(), std::size_t{6});
    QTRY_COMPARE(chart->barCount(), 1); // the bounds are lines, not bars
    QCOMPARE(panel->comparisonBox()->count(), 1);
    QCOMPARE(panel->comparisonBox()->currentText(), QStringLiteral("digits → digits-m · lenet · 60 steps"));

    const std::vector<twb::ComparisonRow> rows = coreRows(folder_);
    const twb::ComparisonRow& dann = rowOf(rows, "dann");
    const twb::ComparisonRow& lower = rowOf(rows, "source_only");
    const twb::ComparisonRow& upper = rowOf(rows, "target_only");
    QVERIFY2(meanTarget(upper) > meanTarget(lower), "the recipe no longer makes a gap between the bounds");

    // The bar: DANN's mean target accuracy over both seeds, ± its sd, a dot per seed.
    const twb::Spread& target = *dann.measure(twb::Measure::TargetAccuracy);
    QCOMPARE(chart->barRow(0).lead().experiment.method.name, std::string("dann"));
    QVERIFY(near(chart->bar(0)->data()->at(0)->value, target.mean * 100.0));
    QVERIFY(near(chart->errorBar(0)->data()->at(0).errorPlus, target.sd * 100.0));
    QVERIFY(target.sd > 0.0);
    QCOMPARE(chart->seedDots()->dataCount(), 2);
    std::vector<double> dots;
    for (auto it = chart->seedDots()->data()->constBegin(); it != chart->seedDots()->data()->constEnd(); ++it)
      dots.push_back(it->value / 100.0);
    std::vector<double> seeds = target.values;
    std::sort(dots.begin(), dots.end());
    std::sort(seeds.begin(), seeds.end());
    QVERIFY(near(dots[0], seeds[0]) && near(dots[1], seeds[1]));
    QVERIFY2(chart->barLabel(0).contains(QStringLiteral("A-dist. ")), qPrintable(chart->barLabel(0)));
    QCOMPARE(tickUnder(*chart, 0), chart->barLabel(0));
    QVERIFY2(tickUnder(*chart, 0).startsWith(QStringLiteral("dann\n")), qPrintable(tickUnder(*chart, 0)));

    // The bounds' lines at their means.
    QVERIFY(chart->boundLine(twb::MethodRole::LowerBound) && chart->boundLine(twb::MethodRole::UpperBound));
    QVERIFY(near(chart->boundLine(twb::MethodRole::LowerBound)->point1->coords().y(), meanTarget(lower) * 100.0));
    QVERIFY(near(chart->boundLine(twb::MethodRole::UpperBound)->point1->coords().y(), meanTarget(upper) * 100.0));

    // The gap closed, as core computes it, signed; 60 steps of DANN hurt: below the line, in red.
    QVERIFY2(dann.gapClosed && *dann.gapClosed < 0.0, "the recipe no longer makes DANN worse than source_only");
    const QString expected =
        QStringLiteral("\u2212%1 %").arg(QLocale().toString(std::abs(*dann.gapClosed * 100.0), 'f', 0));
    QCOMPARE(chart->gapLabel(0)->text(), expected);
    QVERIFY(chart->hurts(0));
    chart->plot()->replot();
    QCPAxis* y = chart->plot()->yAxis;
    QVERIFY2(y->coordToPixel(chart->bar(0)->data()->at(0)->value) >
                 y->coordToPixel(chart->boundLine(twb::MethodRole::LowerBound)->point1->coords().y()) + 5,
             "the bar's top is not drawn below the lower bound's line");
    const int hue = chart->bar(0)->brush().color().hue();
    QVERIFY2(hue <= 10 || hue >= 350, qPrintable(QStringLiteral("hue %1: not red").arg(hue))); // not the helping blue

    // Export: the CSV holds the rows the chart draws, fractions as core gives them.
    const QString csvPath = QDir(home_.path()).filePath(QStringLiteral("comparison.csv"));
    QCOMPARE(panel->exportCsv(csvPath), QString());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header, lower bound, DANN, upper bound
    const QStringList header = lines[0].split(QLatin1Char(','));
    const auto column = [&](const QString& line, const char* name) {
      return line.split(QLatin1Char(','))[header.indexOf(QString::fromLatin1(name))];
    };
    QCOMPARE(column(lines[1], "role"), QStringLiteral("lower_bound"));
    QCOMPARE(column(lines[3], "role"), QStringLiteral("upper_bound"));
    for (const QString& line : lines.mid(1)) {
      const twb::ComparisonRow& row = rowOf(rows, column(line, "method").toStdString());
      QVERIFY(near(column(line, "target_acc_mean").toDouble(), meanTarget(row)));
      QVERIFY(near(column(line, "target_acc_sd").toDouble(), row.measure(twb::Measure::TargetAccuracy)->sd));
      QCOMPARE(column(line, "seeds"), QStringLiteral("1 2"));
      QVERIFY(near(column(line, "gap_closed").toDouble(), *row.gapClosed));
      QVERIFY(near(column(line, "proxy_a_distance_mean").toDouble(), row.measure(twb::Measure::ProxyADistance)->mean));
    }
    const QString pngPath = QDir(home_.path()).filePath(QStringLiteral("comparison.png"));
    QCOMPARE(panel->exportPng(pngPath), QString());
    QVERIFY(QImage(pngPath).width() >= chart->plot()->width());
    const QString pdfPath = QDir(home_.path()).filePath(QStringLiteral("comparison.pdf"));
    QCOMPARE(panel->exportPdf(pdfPath), QString());
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");

    // `twb compare` goes on in a terminal: CORAL's run finishes in the watched folder.
    std::thread more([this] { compareInto({"coral"}, {1}, folder_); });
    const bool grew = QTest::qWaitFor([&] { return chart->barCount() == 2; }, 120000);
    more.join();
    QVERIFY2(grew, "the run that finished in the watched folder is not drawn");
    QCOMPARE(runList->runs().size(), std::size_t{7});
    QCOMPARE(chart->barRow(1).lead().experiment.method.name, std::string("coral"));
    QVERIFY2(tickUnder(*chart, 1).startsWith(QStringLiteral("coral\n")), qPrintable(tickUnder(*chart, 1)));
    QVERIFY2(tickUnder(*chart, 0).startsWith(QStringLiteral("dann\n")), qPrintable(tickUnder(*chart, 0)));
    QVERIFY(near(chart->bar(0)->data()->at(0)->value, target.mean * 100.0));
    QVERIFY(near(chart->bar(1)->data()->at(0)->value, meanTarget(rowOf(coreRows(folder_), "coral")) * 100.0));

    // A run of another comparison (other steps): the box offers both and keeps the fuller one.
    twb::Experiment other = tinyRecipe();
    other.method.name = "source_only";
    other.training.steps = 20;
    const QString otherDir = QDir(home_.path()).filePath(QStringLiteral("other-source_only"));
    twb::Trainer(other, QFile::encodeName(otherDir).toStdString()).run();
    QVERIFY(runList->addRunDirectory(otherDir));
    QCOMPARE(panel->comparisonBox()->count(), 2);
    QCOMPARE(panel->comparisonBox()->currentText(), QStringLiteral("digits → digits-m · lenet · 60 steps"));
    QCOMPARE(chart->barCount(), 2);
    const int pick = panel->comparisonBox()->findText(QStringLiteral("digits → digits-m · lenet · 20 steps"));
    QVERIFY(pick >= 0);
    panel->comparisonBox()->setCurrentIndex(pick);
    emit panel->comparisonBox()->activated(pick);
    QCOMPARE(chart->barCount(), 0);
    QVERIFY(chart->boundLine(twb::MethodRole::LowerBound));
    QVERIFY(!chart->boundLine(twb::MethodRole::UpperBound));

    if (const QString shot = qEnvironmentVariable("TWB_CHART_SHOT"); !shot.isEmpty()) {
      panel->comparisonBox()->setCurrentIndex(1 - pick);
      emit panel->comparisonBox()->activated(1 - pick);
      chart->plot()->replot();
      window.grab().save(shot);
    }
  }

  // A comparison stopped in the middle of a cell resumes: the stopped run (every file
  // a run writes, its log included) is cleared and run again, not refused as a folder
  // of someone else's files.
  void aStoppedCellRunsAgain() {
    twb::Experiment e = tinyRecipe();
    e.method.name = "source_only";
    e.eval.every = 10;
    const std::string dir = QFile::encodeName(QDir(home_.path()).filePath(QStringLiteral("stopped"))).toStdString();
    twb::CachedRuns first;
    twb::TrainerCallbacks stopAtOnce;
    stopAtOnce.onMetrics = [&first](const twb::MetricRow&) { first.requestStop(); };
    const twb::CachedRuns::Outcome stopped = first.run(e, dir, stopAtOnce);
    QVERIFY(!stopped.completed);
    QVERIFY(QFile::exists(QString::fromStdString(dir + "/log.json")));
    twb::CachedRuns again;
    twb::CachedRuns::Outcome resumed;
    try {
      resumed = again.run(e, dir);
    } catch (const std::exception& error) {
      QFAIL(error.what());
    }
    QVERIFY(resumed.completed && !resumed.cached);
    QCOMPARE(resumed.summary.steps, e.training.steps);
  }

  // A stop reaches the check of the cells before the first trains, which may be
  // generating a speech dataset for the first time (issue #24: Ctrl-C waited half a
  // minute for it). Stopped before it starts, the generation ends at once.
  void aStopReachesTheCheckOfTheCells() {
    qputenv("TWB_CACHE_DIR", QFile::encodeName(QDir(home_.path()).filePath(QStringLiteral("speech-cache"))));
    twb::Experiment e = tinyRecipe();
    e.method.name = "source_only";
    e.source.dataset = "spoken-digits-a";
    e.target.dataset = "spoken-digits-b";
    e.seed = 17; // nothing cached for it
    const QString out = QDir(home_.path()).filePath(QStringLiteral("checked"));
    twb::CompareRunner runner(e, {}, {17}, QFile::encodeName(out).toStdString());
    runner.requestStop();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!runner.run());
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed()))); // not the generation's time
    QVERIFY(runner.completedRuns().empty());
    qunsetenv("TWB_CACHE_DIR");
  }

private:
  QTemporaryDir home_;
  QString folder_;
};

QTEST_MAIN(TestMethodComparison)
#include "tst_methodcomparison.moc"
