// The live curves view fed synthetic metric rows (no training), on Qt's offscreen
// platform: where each curve lands, smoothing, legend clicks, steps or epochs,
// following the newest points, the crosshair, export, and tens of thousands of points.
#include "curves/CurvesView.h"
#include "training/Metrics.h"
#include "curves/PlotCrosshair.h"
#include "window/SettingsKeys.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <string>
#include <vector>

using twb::ui::CurvePanel;
using twb::ui::CurvesView;
using twb::ui::CurvesXAxis;

namespace {

constexpr int kStepsPerEpoch = 50;

// A DANN-like row: losses and training accuracies every step, test accuracies every
// 100th step, schedules throughout. Noisy, so smoothing has something to do.
twb::MetricRow dannRow(std::int64_t step) {
  twb::MetricRow row;
  row.step = step;
  row.epoch = static_cast<double>(step) / kStepsPerEpoch;
  const double t = static_cast<double>(step);
  const double noise = std::sin(t * 12.9898) * 0.2;
  row.values = {{twb::metric::kLossLabel, 2.3 * std::exp(-t / 400.0) + 0.1 + noise},
                {twb::metric::kLossDomain, 0.69 + noise / 4},
                {twb::metric::kLossTotal, 3.0 * std::exp(-t / 400.0) + 0.7 + noise},
                {twb::metric::kAccSourceTrain, 1.0 - std::exp(-t / 300.0)},
                {twb::metric::kAccDomain, 0.5 + noise / 2},
                {twb::metric::kLambda, 2.0 / (1.0 + std::exp(-10.0 * t / 1000.0)) - 1.0},
                {twb::metric::kLr, 0.01 / std::pow(1.0 + 10.0 * t / 1000.0, 0.75)}};
  if (step % 100 == 0) {
    row.values.emplace_back(twb::metric::kAccSourceTest, 0.9);
    row.values.emplace_back(twb::metric::kAccTargetTest, 0.6);
  }
  return row;
}

std::vector<twb::MetricRow> rows(std::int64_t from, std::int64_t to) {
  std::vector<twb::MetricRow> out;
  for (std::int64_t step = from; step <= to; ++step)
    out.push_back(dannRow(step));
  return out;
}

double upperX(const CurvesView& view) {
  return view.plot()->axisRect()->axis(QCPAxis::atBottom)->range().upper;
}

QCPAxisRect* rectOf(const QCPGraph* graph) {
  return graph->keyAxis()->axisRect();
}

} // namespace

class TestCurvesView : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QVERIFY(home_.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home_.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("twb-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_curvesview"));
  }

  void eachMetricLandsInItsPlot() {
    CurvesView view;
    view.clear(1000);
    twb::MetricRow sourceOnly;
    sourceOnly.step = 1;
    sourceOnly.values = {{twb::metric::kLossLabel, 2.0}, {twb::metric::kAccSourceTrain, 0.2}};
    view.append({sourceOnly});
    QVERIFY2(!view.chanceLine()->visible(), "no domain classifier, no chance line");
    QVERIFY(!view.lossChanceLine()->visible());
    QVERIFY(!view.graph(twb::metric::kLossDomain));

    view.append(rows(2, 200));
    const auto losses = view.panel(CurvePanel::Losses);
    const auto accuracies = view.panel(CurvePanel::Accuracies);
    const auto schedules = view.panel(CurvePanel::Schedules);
    for (const char* name : {twb::metric::kLossLabel, twb::metric::kLossDomain, twb::metric::kLossTotal})
      QCOMPARE(rectOf(view.graph(name)), losses);
    for (const char* name : {twb::metric::kAccSourceTrain, twb::metric::kAccSourceTest, twb::metric::kAccTargetTest,
                             twb::metric::kAccDomain})
      QCOMPARE(rectOf(view.graph(name)), accuracies);
    QCOMPARE(view.graph(twb::metric::kLambda)->valueAxis(), schedules->axis(QCPAxis::atLeft));
    QCOMPARE(view.graph(twb::metric::kLr)->valueAxis(), schedules->axis(QCPAxis::atRight));
    QCOMPARE(view.graph(twb::metric::kLossLabel)->dataCount(), 200);
    QCOMPARE(view.graph(twb::metric::kAccTargetTest)->dataCount(), 2); // steps 100 and 200
    QVERIFY(view.chanceLine()->visible());
    QCOMPARE(view.chanceLine()->point1->coords().y(), 0.5);
    // The domain loss's chance level, in the loss plot.
    QVERIFY(view.lossChanceLine()->visible());
    QCOMPARE(view.lossChanceLine()->point1->coords().y(), std::log(2.0));
    QCOMPARE(view.lossChanceLine()->clipAxisRect(), losses);
    // Its label draws above every curve, which early in a run passes through it.
    for (int i = 0; i < view.plot()->graphCount(); ++i)
      QVERIFY(view.lossChanceLabel()->layer()->index() > view.plot()->graph(i)->layer()->index());
    // Each curve is named in its own plot's legend.
    const QCPLegend* accuracyLegend = nullptr;
    for (auto* element : accuracies->insetLayout()->elements(false))
      if (auto* legend = qobject_cast<QCPLegend*>(element))
        accuracyLegend = legend;
    QVERIFY(accuracyLegend);
    QVERIFY(accuracyLegend->hasItemWithPlottable(view.graph(twb::metric::kAccTargetTest)));
    QVERIFY(!accuracyLegend->hasItemWithPlottable(view.graph(twb::metric::kLossLabel)));

    view.clear(1000);
    QVERIFY(!view.graph(twb::metric::kLossLabel));
    QVERIFY(!view.chanceLine()->visible());
    QVERIFY(!view.lossChanceLine()->visible());
    QCOMPARE(view.plot()->graphCount(), 0);
  }

  // The caption under the accuracies says which target labels training sees: none for
  // DANN and source_only, the training split's for target_only and finetune.
  void theTargetCaptionSaysWhichLabelsTrainingSees() {
    CurvesView view;
    const auto caption = [&view] {
      for (auto* element : view.plot()->plotLayout()->elements(true))
        if (auto* text = qobject_cast<QCPTextElement*>(element))
          return text->text();
      return QString();
    };
    QVERIFY2(caption().contains(QStringLiteral("monitoring only")), qPrintable(caption()));
    view.setTrainsOnTargetLabels(true);
    QVERIFY2(caption().contains(QStringLiteral("trains on the target's training labels")), qPrintable(caption()));
    QVERIFY(!caption().contains(QStringLiteral("monitoring only")));
    view.setTrainsOnTargetLabels(false);
    QVERIFY(caption().contains(QStringLiteral("monitoring only")));
  }

  void smoothingIsTheDebiasedExponentialAverage() {
    CurvesView view;
    view.clear(500);
    view.setSmoothing(0.6);
    const auto input = rows(1, 300);
    view.append(std::vector<twb::MetricRow>(input.begin(), input.begin() + 120));
    view.append(std::vector<twb::MetricRow>(input.begin() + 120, input.end())); // in two batches

    for (double weight : {0.6, 0.95, 0.0}) {
      view.setSmoothing(weight);
      const QCPGraph* line = view.graph(twb::metric::kLossLabel);
      const QCPGraph* raw = view.rawGraph(twb::metric::kLossLabel);
      QVERIFY(raw);
      QCOMPARE(line->dataCount(), 300);
      double last = 0.0;
      for (int i = 0; i < 300; ++i) {
        double x = 0.0;
        QVERIFY(input[i].find(twb::metric::kLossLabel, x));
        last = weight * last + (1.0 - weight) * x;
        const double expected = last / (1.0 - std::pow(weight, i + 1));
        QVERIFY2(std::abs(line->data()->at(i)->value - expected) < 1e-9,
                 qPrintable(QStringLiteral("weight %1, point %2").arg(weight).arg(i)));
        QCOMPARE(raw->data()->at(i)->value, x);
      }
      QCOMPARE(raw->visible(), weight > 0.0); // at 0 the raw curve is the line itself
    }
    // Test accuracies are measurements, not noise: never smoothed.
    QVERIFY(!view.rawGraph(twb::metric::kAccTargetTest));
    QVERIFY(!view.rawGraph(twb::metric::kLr));
    view.setSmoothing(0.6);
    QCOMPARE(view.graph(twb::metric::kAccTargetTest)->data()->at(0)->value, 0.6);
  }

  void clickingALegendEntryHidesItsCurve() {
    CurvesView view;
    view.resize(1000, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.clear(500);
    view.append(rows(1, 300));
    view.plot()->replot();

    QCPGraph* domainLoss = view.graph(twb::metric::kLossDomain);
    QCPPlottableLegendItem* entry = view.plot()->legend->itemWithPlottable(domainLoss);
    QVERIFY(entry);
    QVERIFY(domainLoss->visible());
    // A real click on the entry, where it is drawn.
    QTest::mouseClick(view.plot(), Qt::LeftButton, Qt::NoModifier, entry->rect().center());
    QVERIFY(!domainLoss->visible());
    QVERIFY(!view.rawGraph(twb::metric::kLossDomain)->visible());
    QVERIFY(!view.isCurveVisible(twb::metric::kLossDomain));
    QVERIFY(view.graph(twb::metric::kLossLabel)->visible());
    QVERIFY2(view.followsLive(), "a legend click is not a zoom");
    QTest::mouseClick(view.plot(), Qt::LeftButton, Qt::NoModifier, entry->rect().center());
    QVERIFY(domainLoss->visible());

    // The signal path as QCustomPlot reports it, and hidden stays hidden in the next run.
    emit view.plot()->legendClick(view.plot()->legend, entry, nullptr);
    QVERIFY(!domainLoss->visible());
    view.clear(500);
    view.append(rows(1, 10));
    QVERIFY(!view.graph(twb::metric::kLossDomain)->visible());
    view.setCurveVisible(twb::metric::kLossDomain, true);
    QVERIFY(view.graph(twb::metric::kLossDomain)->visible());
  }

  void theXAxisShowsStepsOrEpochs() {
    CurvesView view;
    view.setXAxis(CurvesXAxis::Steps);
    view.clear(500);
    view.append(rows(1, 200));
    const QCPGraph* loss = view.graph(twb::metric::kLossLabel);
    QCOMPARE(loss->data()->at(99)->key, 100.0);
    const QCPAxis* bottom = view.panel(CurvePanel::Schedules)->axis(QCPAxis::atBottom);
    QCOMPARE(bottom->label(), QStringLiteral("Step"));

    // Through the toolbar, as a user would.
    auto* axisChoice = view.findChild<QComboBox*>(QStringLiteral("curvesXAxis"));
    QVERIFY(axisChoice);
    axisChoice->setCurrentIndex(1);
    QCOMPARE(view.xAxis(), CurvesXAxis::Epochs);
    QCOMPARE(loss->data()->at(99)->key, 100.0 / kStepsPerEpoch);
    QCOMPARE(view.graph(twb::metric::kAccTargetTest)->data()->at(0)->key, 2.0);
    QCOMPARE(bottom->label(), QStringLiteral("Epoch"));
    QVERIFY2(upperX(view) < 5.0, "the axis spans epochs, not steps");
    view.append(rows(201, 250)); // new points arrive in epochs too
    QCOMPARE(loss->data()->at(249)->key, 5.0);
    QCOMPARE(twb::ui::settings::curvesXAxis.get(), QStringLiteral("epochs")); // remembered
    axisChoice->setCurrentIndex(0);
    QCOMPARE(loss->data()->at(249)->key, 250.0);
  }

  void followsTheNewestPointsUntilTheUserZooms() {
    CurvesView view;
    view.resize(1000, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.clear(1000);
    QCOMPARE(upperX(view), 1000.0); // before the first point: the planned run
    view.append(rows(1, 100));
    QVERIFY(view.followsLive());
    QVERIFY(upperX(view) >= 100.0 && upperX(view) < 110.0);
    view.append(rows(101, 300));
    QVERIFY(upperX(view) >= 300.0 && upperX(view) < 320.0);

    // The wheel over the loss plot zooms: following stops and the view stays put.
    const QPoint centre = view.plot()->axisRect()->rect().center();
    QWheelEvent wheel(centre, view.plot()->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.plot(), &wheel);
    QVERIFY(!view.followsLive());
    const QCPRange zoomed = view.plot()->axisRect()->axis(QCPAxis::atBottom)->range();
    QVERIFY(zoomed.size() < 300.0);
    view.append(rows(301, 500));
    QCOMPARE(view.plot()->axisRect()->axis(QCPAxis::atBottom)->range(), zoomed);
    // All three plots share the x axis.
    QCOMPARE(view.panel(CurvePanel::Schedules)->axis(QCPAxis::atBottom)->range(), zoomed);

    auto* back = view.findChild<QToolButton*>(QStringLiteral("curvesBackToLatest"));
    QVERIFY(back && back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    QVERIFY(view.followsLive());
    QVERIFY(!back->isEnabled());
    QVERIFY(upperX(view) >= 500.0 && upperX(view) < 520.0);

    // A drag stops following too; a double-click resets.
    QTest::mousePress(view.plot(), Qt::LeftButton, Qt::NoModifier, centre);
    QTest::mouseMove(view.plot(), centre + QPoint(80, 0));
    QTest::mouseRelease(view.plot(), Qt::LeftButton, Qt::NoModifier, centre + QPoint(80, 0));
    QVERIFY(!view.followsLive());
    QTest::mouseDClick(view.plot(), Qt::LeftButton, Qt::NoModifier, centre);
    QVERIFY(view.followsLive());
    QVERIFY(upperX(view) >= 500.0 && upperX(view) < 520.0);
  }

  void theCrosshairReadsTheValuesUnderTheMouse() {
    CurvesView view;
    view.resize(1000, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setXAxis(CurvesXAxis::Steps);
    view.clear(1000);
    view.append(rows(1, 400));
    view.plot()->replot();
    const QCPAxisRect* accuracies = view.panel(CurvePanel::Accuracies);
    const QCPAxis* steps = accuracies->axis(QCPAxis::atBottom);
    const QPoint at(static_cast<int>(steps->coordToPixel(200.0)), accuracies->rect().center().y());
    QMouseEvent move(QEvent::MouseMove, at, view.plot()->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view.plot(), &move);
    QVERIFY(view.crosshair()->isShown());
    QVERIFY(std::abs(view.crosshair()->key() - 200.0) < 2.0);
    const QString text = view.crosshair()->text();
    QVERIFY2(text.contains(QStringLiteral("Step 20")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("loss/label")), qPrintable(text));
    // The metric by what its method calls it for people, and by its file name.
    QVERIFY2(text.contains(QStringLiteral("target test accuracy (acc/target_test): 0.6")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("(raw ")), qPrintable(text));
    view.crosshair()->moveTo(QPointF(2, 2)); // outside every plot
    QVERIFY(!view.crosshair()->isShown());
  }

  void exportWritesEveryPointAndBothPictures() {
    QTemporaryDir dir;
    CurvesView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.clear(300);
    const auto input = rows(1, 300);
    view.append(input);

    const QString csv = dir.filePath(QStringLiteral("curves.csv"));
    QCOMPARE(view.exportCsv(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto back = twb::parseMetricsCsv(file.readAll().toStdString(), csv.toStdString());
    QCOMPARE(back.size(), input.size());
    std::size_t points = 0;
    for (std::size_t i = 0; i < back.size(); ++i) {
      QCOMPARE(back[i].step, input[i].step);
      QCOMPARE(back[i].values.size(), input[i].values.size());
      for (const auto& [name, value] : input[i].values) {
        double read = 0.0;
        QVERIFY(back[i].find(name, read));
        QVERIFY(std::abs(read - value) <= 1e-6 * std::max(1.0, std::abs(value)));
        ++points;
      }
    }
    QCOMPARE(points, std::size_t(300 * 7 + 3 * 2));

    const QString png = dir.filePath(QStringLiteral("curves.png"));
    const QString pdf = dir.filePath(QStringLiteral("curves.pdf"));
    QCOMPARE(view.exportPng(png), QString());
    QCOMPARE(view.exportPdf(pdf), QString());
    QVERIFY(QFileInfo(png).size() > 0);
    QVERIFY(QFileInfo(pdf).size() > 0);
    QVERIFY(QImage(png).width() >= 900); // at twice the screen size, for print
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    // Nothing but the three files: the temporaries were renamed, not left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
    // A folder that does not exist is a sentence, not a crash.
    QVERIFY(view.exportCsv(dir.filePath(QStringLiteral("missing/curves.csv"))).contains(QStringLiteral("missing")));
    QVERIFY(!view.exportPng(dir.filePath(QStringLiteral("missing/curves.png"))).isEmpty());
  }

  void fiftyThousandPointsInChunks() {
    CurvesView view;
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.clear(50000);
    QElapsedTimer timer;
    timer.start();
    qint64 worstChunk = 0;
    for (std::int64_t from = 1; from <= 50000; from += 500) {
      QElapsedTimer chunk;
      chunk.start();
      view.append(rows(from, from + 499));
      view.plot()->replot(); // as the refresh timer's queued replot would
      worstChunk = std::max(worstChunk, chunk.elapsed());
    }
    qInfo("50,000 points in 100 chunks: %lld ms, the slowest chunk with its replot %lld ms",
          static_cast<long long>(timer.elapsed()), static_cast<long long>(worstChunk));
    QCOMPARE(view.graph(twb::metric::kLossLabel)->dataCount(), 50000);
    QCOMPARE(view.rawGraph(twb::metric::kLossLabel)->dataCount(), 50000);
    QVERIFY(upperX(view) >= 50000.0);
    timer.restart();
    view.setSmoothing(0.9);
    view.setXAxis(CurvesXAxis::Epochs);
    view.plot()->replot();
    qInfo("re-smoothing and switching the axis at 50,000 points: %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(view.graph(twb::metric::kLossLabel)->data()->at(49999)->key, 50000.0 / kStepsPerEpoch);
    view.setXAxis(CurvesXAxis::Steps);
  }

private:
  QTemporaryDir home_;
};

QTEST_MAIN(TestCurvesView)
#include "tst_curvesview.moc"
