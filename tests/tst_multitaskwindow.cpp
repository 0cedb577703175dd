// A multitask run in the window, driven as a user would on Qt's offscreen platform:
// multitask and a task family picked in the experiment panel, one curve per task in
// each panel of the live curves, and the single-task baselines in the results table.
#include "Application.h"
#include "IsolatedHome.h"
#include "MainWindow.h"
#include "ResultsModel.h"
#include "SettingsKeys.h"
#include "Trainer.h"

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

QCPGraph* graphNamed(const QWidget& window, const QString& metric) {
  const auto* plot = window.findChild<QCustomPlot*>(QStringLiteral("curvesPlot"));
  for (int i = 0; plot && i < plot->graphCount(); ++i)
    if (plot->graph(i)->name() == metric)
      return plot->graph(i);
  return nullptr;
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
    twbtest::useIsolatedHome(home_);
    twb::ui::settings::language.set(QStringLiteral("en"));
    twb::ui::configureApplication(*qobject_cast<QApplication*>(QCoreApplication::instance()));
    QApplication::setQuitOnLastWindowClosed(false);
    twb::useAllCores();
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
  }

  void aCurvePerTaskAndBaselinesInTheTable() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    chooseShortMultitask(window);
    QAction* baselines = window.findChild<QAction*>(QStringLiteral("actionRunBaselines"));
    baselines->setChecked(true);
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

    // Then each task alone: three single-task baselines join the multitask run in the table.
    auto* model = window.findChild<twb::ui::ResultsModel*>();
    QVERIFY(model);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 4 && !window.isRunning(), 600000);
    QStringList methods;
    for (int row = 0; row < model->rowCount(); ++row) {
      methods << model->index(row, twb::ui::ResultsModel::Method).data().toString();
      const QString perTask = model->index(row, twb::ui::ResultsModel::Tasks).data().toString();
      QVERIFY2(perTask.contains(QLatin1Char('%')), qPrintable(perTask));
    }
    QVERIFY2(methods.contains(QStringLiteral("multitask")), qPrintable(methods.join(QLatin1Char(','))));
    QVERIFY2(methods.contains(QStringLiteral("multitask: parity alone")), qPrintable(methods.join(QLatin1Char(','))));
    const QString multitaskRow =
        model->index(methods.indexOf(QStringLiteral("multitask")), twb::ui::ResultsModel::Tasks).data().toString();
    for (const char* task : kTasks)
      QVERIFY2(multitaskRow.contains(QString::fromLatin1(task)), qPrintable(multitaskRow));
  }

private:
  QTemporaryDir home_;
};

QTEST_MAIN(TestMultitaskWindow)
#include "tst_multitaskwindow.moc"
