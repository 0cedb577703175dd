// The Zero-shot panel in the real window, offscreen: the shapes table as a grid,
// undoable edits and split changes that reach the experiment (and so the next run),
// and the per-class results of a short real zero-shot run.
#include "window/Application.h"
#include "base/AtomicFile.h"
#include "data/AttributeTable.h"
#include "descriptions/AttributeTableModel.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentFile.h"
#include "WindowTestSetup.h"
#include "window/MainWindow.h"
#include "run/RunController.h"
#include "window/SettingsKeys.h"
#include "training/Trainer.h"
#include "descriptions/ZeroShotPanel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <filesystem>

using twb::ui::AttributeTableModel;
using twb::ui::MainWindow;
using twb::ui::ZeroShotPanel;

namespace {

twb::Experiment shapesExperiment(std::int64_t steps) {
  twb::Experiment e = twb::defaultExperiment();
  e.name = "zero-shot panel test";
  e.source.dataset = e.target.dataset = "shapes";
  e.method.name = "zeroshot";
  e.training.steps = steps;
  e.training.lrSchedule = "constant";
  e.training.optimizer = "adam";
  e.training.lr = 0.001;
  e.eval.every = steps;
  return e;
}

int row(const AttributeTableModel& m, const std::string& className) {
  const auto& c = m.table().classes;
  return static_cast<int>(std::find(c.begin(), c.end(), className) - c.begin());
}

} // namespace

class TestZeroShotPanel : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QVERIFY(home_.isValid());
    twbtest::prepareWindowTests(home_);
  }

  void editsAreUndoableAndReachTheExperiment() {
    MainWindow window;
    window.setExperiment(shapesExperiment(50));
    auto* panel = window.findChild<ZeroShotPanel*>(QStringLiteral("zeroShotPanel"));
    QVERIFY(panel);
    QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("zeroShotDock")));
    AttributeTableModel* m = panel->model();
    QCOMPARE(m->rowCount(), 32);
    QCOMPARE(m->columnCount(), 11);         // unseen + 10 attributes; no results yet
    QCOMPARE(m->unseenClasses().size(), 8); // the default split, shown as checked boxes
    const int redSquare = row(*m, "red filled square");
    QCOMPARE(m->index(redSquare, AttributeTableModel::kUnseenColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));

    // Edit: red filled square is described as outlined too. The experiment now names a saved copy.
    const int outline = 1 + m->table().column("outline");
    QVERIFY(m->setData(m->index(redSquare, outline), 1.0, Qt::EditRole));
    QCOMPARE(panel->undoStack()->count(), 1);
    const std::string edited = window.experiment().zeroshot.attributes;
    QVERIFY(!edited.empty());
    const twb::AttributeTable saved = twb::parseAttributeTable(twb::readFile(edited), edited);
    QCOMPARE(saved.values[static_cast<std::size_t>(redSquare)][static_cast<std::size_t>(outline - 1)], 1.0f);

    // Hold out one more class through its check box.
    QVERIFY(m->setData(m->index(redSquare, AttributeTableModel::kUnseenColumn), int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(window.experiment().zeroshot.unseen.size(), std::size_t(9));
    QCOMPARE(panel->undoStack()->count(), 2);

    panel->undoStack()->undo();
    QCOMPARE(window.experiment().zeroshot.unseen.size(), std::size_t(8));
    panel->undoStack()->undo();
    QCOMPARE(m->index(redSquare, outline).data().toDouble(), 0.0);
    QCOMPARE(window.experiment().zeroshot.attributes, std::string()); // back to the built-in table
    panel->undoStack()->redo();
    QCOMPARE(window.experiment().zeroshot.attributes, edited);
    QCOMPARE(m->index(redSquare, outline).data().toDouble(), 1.0);
  }

  void aRunShowsItsPerClassResults() {
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setExperiment(shapesExperiment(40));
    auto* panel = window.findChild<ZeroShotPanel*>(QStringLiteral("zeroShotPanel"));
    AttributeTableModel* m = panel->model();
    // The edit reaches the run: its experiment.json names the edited table.
    QVERIFY(m->setData(m->index(row(*m, "red filled square"), 1), 1.0, Qt::EditRole));
    QSignalSpy finished(window.runController(), &twb::ui::RunController::runFinished);
    window.findChild<QAction*>(QStringLiteral("actionStart"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 540000);
    QCOMPARE(finished.size(), 1); // no source_only/target_only after a zero-shot run
    const QString runDir = finished.first().first().toString();
    const twb::Experiment ran =
        twb::loadExperimentFile((std::filesystem::path(runDir.toStdString()) / "experiment.json").string());
    QCOMPARE(ran.zeroshot.attributes, window.experiment().zeroshot.attributes);

    QCOMPARE(m->columnCount(), 15); // + top-1 (ZSL), top-1 (GZSL), ESZSL, ConSE
    const int unseenRow = row(*m, "blue filled triangle");
    const int zsl = m->firstResultColumn();
    bool ok = false;
    m->index(unseenRow, zsl).data().toString().toDouble(&ok);
    QVERIFY(ok); // an unseen class has a ZSL accuracy
    QCOMPARE(m->index(row(*m, "red outlined square"), zsl).data().toString(), QStringLiteral("–"));
    const auto* summary = panel->findChild<QLabel*>(QStringLiteral("zeroShotSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("unseen top-1")), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QStringLiteral("ESZSL")));

    if (const QByteArray dir = qgetenv("TWB_SCREENSHOT_DIR"); !dir.isEmpty()) {
      window.findChild<QDockWidget*>(QStringLiteral("zeroShotDock"))->raise();
      QTest::qWait(200);
      window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/zeroshot-window.png"));
      panel->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/zeroshot-panel.png"));
    }
  }

private:
  QTemporaryDir home_;
};

QTEST_MAIN(TestZeroShotPanel)
#include "tst_zeroshotpanel.moc"
