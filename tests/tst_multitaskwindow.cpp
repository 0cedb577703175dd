// A multitask run in the window, driven as a user would on Qt's offscreen platform:
// multitask and a task family picked in the experiment panel, one curve per task in
// each panel of the live curves, a per-task column in the results table, and the
// single-task baselines the window queues after it.
#include "window/Application.h"
#include "WindowTestSetup.h"
#include "curves/CurvesView.h"
#include "window/MainWindow.h"
#include "results/ResultsModel.h"
#include "run/RunQueue.h"
#include "window/SettingsKeys.h"
#include "training/Trainer.h"

#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using twb::ui::MainWindow;

namespace {

// The curve of a metric key (its legend says it in words).
QCPGraph* graphNamed(const QWidget& window, const QString& metric) {
  const auto* curves = window.findChild<twb::ui::CurvesView*>(QStringLiteral("curvesView"));
  return curves ? curves->graph(metric.toStdString()) : nullptr;
}

int pointCount(const QWidget& window, const QString& metric) {
  const QCPGraph* graph = graphNamed(window, metric);
  return graph ? graph->dataCount() : 0;
}

void pick(const QWidget& window, const char* comboName, const char* value) {
  auto* combo = window.findChild<QComboBox*>(QString::fromLatin1(comboName));
  QVERIFY2(combo, comboName);
  const int index = combo->findData(QString::fromLatin1(value));
  QVERIFY2(index >= 0, value);
  combo->setCurrentIndex(index);
}

// Multitask on the digits family, short: 20 steps, an evaluation every 10.
void chooseShortMultitask(const MainWindow& window) {
  pick(window, "method", "multitask");
  pick(window, "taskFamily", "digits");
  pick(window, "taskWeighting", "uncertainty");
  window.findChild<QSpinBox*>(QStringLiteral("taskLabelsPerClass"))->setValue(10);
  window.findChild<QSpinBox*>(QStringLiteral("steps"))->setValue(20);
  window.findChild<QSpinBox*>(QStringLiteral("batchSize"))->setValue(32);
  window.findChild<QSpinBox*>(QStringLiteral("evalEvery"))->setValue(10);
}

const char* const kTasks[] = {"digit", "parity", "greater_than_4"};

} // namespace

class TestMultitaskWindow : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QVERIFY(home_.isValid());
    twbtest::prepareWindowTests(home_);
  }

  void thePanelOffersTaskFamilies() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* family = window.findChild<QComboBox*>(QStringLiteral("taskFamily"));
    QVERIFY(family && !family->isVisible()); // only for multitask
    chooseShortMultitask(window);
    QVERIFY(family->isVisible());
    QVERIFY(!window.findChild<QComboBox*>(QStringLiteral("targetDataset"))->isVisible());
    const QString list = window.findChild<QLabel*>(QStringLiteral("taskList"))->text();
    for (const char* task : kTasks)
      QVERIFY2(list.contains(QString::fromLatin1(task)), qPrintable(list));
    QVERIFY2(list.contains(QStringLiteral("10 labels per class")), qPrintable(list));
    const twb::Experiment e = window.experiment();
    QCOMPARE(e.method.name, std::string("multitask"));
    QCOMPARE(e.tasks.family, std::string("digits"));
    QCOMPARE(e.tasks.weighting, std::string("uncertainty"));
    QCOMPARE(e.tasks.labelsPerClass, 10);
    pick(window, "taskFamily", "fashion");
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("taskList"))->text().contains(QStringLiteral("group: coarse")));
    // The multilingual family (issue #22): a task per language, described in the tooltip.
    pick(window, "taskFamily", "spoken_languages");
    const QString languages = window.findChild<QLabel*>(QStringLiteral("taskList"))->text();
    QVERIFY2(languages.contains(QStringLiteral("fi: class of spoken-digits:lang=fi, 10 labels per class")),
             qPrintable(languages));
    QVERIFY2(languages.contains(QStringLiteral("es: class of spoken-digits:lang=es")), qPrintable(languages));
    QVERIFY2(family->toolTip().contains(QStringLiteral("Finnish")), qPrintable(family->toolTip()));
    QCOMPARE(window.experiment().tasks.family, std::string("spoken_languages"));
  }

  void aCurvePerTaskAndAPerTaskColumn() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    chooseShortMultitask(window);
    // One run here (each baseline is another run; the queue's plan is checked below).
    window.findChild<QAction*>(QStringLiteral("actionRunBaselines"))->setChecked(false);
    window.findChild<QAction*>(QStringLiteral("actionStart"))->trigger();
    QVERIFY(window.isRunning());

    // Every task's loss, test accuracy and loss weight receive points while it trains
    // (generous timeouts: a busy machine is slow, a QTRY returns as soon as it holds).
    for (const char* task : kTasks) {
      const QString name = QString::fromLatin1(task);
      QTRY_VERIFY_WITH_TIMEOUT(pointCount(window, QStringLiteral("loss/") + name) > 0, 300000);
      QTRY_VERIFY_WITH_TIMEOUT(pointCount(window, QStringLiteral("acc/") + name) > 0, 300000);
      QTRY_VERIFY_WITH_TIMEOUT(pointCount(window, QStringLiteral("weight/") + name) > 0, 300000);
    }
    // Losses with losses, accuracies with accuracies, weights with the schedules (lr),
    // and one colour per task across the panels.
    const auto rect = [&](const char* metric) {
      return graphNamed(window, QString::fromLatin1(metric))->valueAxis()->axisRect();
    };
    QCOMPARE(rect("loss/parity"), rect("loss/total"));
    QCOMPARE(rect("weight/parity"), rect("lr"));
    QVERIFY(rect("acc/parity") != rect("loss/parity") && rect("acc/parity") != rect("lr"));
    QCOMPARE(graphNamed(window, QStringLiteral("acc/digit"))->pen().color(),
             graphNamed(window, QStringLiteral("loss/digit"))->pen().color());
    QVERIFY(graphNamed(window, QStringLiteral("acc/digit"))->pen().color() !=
            graphNamed(window, QStringLiteral("acc/parity"))->pen().color());

    // The finished run in the results table, one test accuracy per task.
    auto* model = window.findChild<twb::ui::ResultsModel*>();
    QVERIFY(model);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1 && !window.isRunning(), 600000);
    QCOMPARE(model->index(0, twb::ui::ResultsModel::Method).data().toString(), QStringLiteral("multitask"));
    const QString perTask = model->index(0, twb::ui::ResultsModel::Tasks).data().toString();
    for (const char* task : kTasks)
      QVERIFY2(perTask.contains(QString::fromLatin1(task)) && perTask.contains(QLatin1Char('%')), qPrintable(perTask));

    // With Run Baselines Too, the window would then train each task alone.
    const auto baselines = twb::ui::RunQueue::baselinesOf(window.experiment());
    QCOMPARE(baselines.size(), std::size_t(3));
    for (std::size_t i = 0; i < baselines.size(); ++i) {
      QCOMPARE(baselines[i].method.name, std::string("multitask"));
      QCOMPARE(baselines[i].tasks.only, std::string(kTasks[i]));
      QCOMPARE(baselines[i].training.steps, std::int64_t(20));
    }
  }

private:
  QTemporaryDir home_;
};

QTEST_MAIN(TestMultitaskWindow)
#include "tst_multitaskwindow.moc"
