// The Model panel in the real window, offscreen: freeze a layer with a click, watch
// the trainable count fall, undo and redo it with the keyboard, switch backbones; the
// layer sweep starts on a worker thread, fills the plot in, and stops on request;
// a multitask experiment shows its shared trunk and per-task heads as a diagram.
#include "window/Application.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentFile.h"
#include "FashionSplit.h"
#include "experiment/ExperimentPanel.h"
#include "WindowTestSetup.h"
#include "model/LayerSweepPlot.h"
#include <qcustomplot.h>
#include "window/MainWindow.h"
#include "model/ModelPanel.h"
#include "model/MultitaskDiagram.h"
#include "window/SettingsKeys.h"
#include "training/Trainer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSpinBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using twb::ui::MainWindow;
using twb::ui::ModelPanel;

class TestModelPanel : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QVERIFY(home_.isValid());
    twbtest::prepareWindowTests(home_);
  }

  // DANN trains a domain classifier beside the network: the totals name its shape
  // and size, and follow the domain head set in the Experiment panel.
  void dannTotalsNameTheDomainClassifier() {
    MainWindow window; // the opening experiment: DANN with the paper's 1 x 100 domain head
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* totals = window.findChild<ModelPanel*>(QStringLiteral("modelPanel"))->findChild<QLabel*>(
        QStringLiteral("parameterTotals"));
    const auto says = [totals](const QString& shape, qlonglong parameters) {
      return totals->text().contains(shape) && totals->text().contains(QLocale().toString(parameters));
    };
    QVERIFY2(says(QStringLiteral("768 → 100 → 1"), 768 * 100 + 100 + 100 + 1), qPrintable(totals->text()));
    window.findChild<QSpinBox*>(QStringLiteral("setting_domain_classifier.hidden_layers"))->setValue(2);
    window.findChild<QSpinBox*>(QStringLiteral("setting_domain_classifier.width"))->setValue(50);
    QVERIFY2(says(QStringLiteral("768 → 50 → 50 → 1"), (768 * 50 + 50) + (50 * 50 + 50) + (50 + 1)),
             qPrintable(totals->text()));
  }

  void freezeChangesTrainableCountAndUndoes() {
    MainWindow window;
    window.setExperiment(twb::defaultExperiment()); // the paper's lenet, without batch norm
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* panel = window.findChild<ModelPanel*>(QStringLiteral("modelPanel"));
    QVERIFY(panel);
    QTableWidget* table = panel->table();
    QCOMPARE(table->rowCount(), 5); // lenet: conv1, conv2, fc1, fc2, head
    QCOMPARE(table->item(0, ModelPanel::LayerColumn)->text(), QStringLiteral("conv1"));
    QCOMPARE(table->item(1, ModelPanel::OutputColumn)->text(), QStringLiteral("768"));
    const std::int64_t all = panel->trainableParameters();
    QCOMPARE(panel->frozenParameters(), std::int64_t(0));

    // A click on conv2's Frozen box, as a user makes it.
    table->scrollToItem(table->item(1, ModelPanel::FrozenColumn));
    const QRect box = table->visualItemRect(table->item(1, ModelPanel::FrozenColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, QPoint(box.left() + 10, box.center().y()));
    if (table->item(1, ModelPanel::FrozenColumn)->checkState() != Qt::Checked) // style puts the box elsewhere
      table->item(1, ModelPanel::FrozenColumn)->setCheckState(Qt::Checked);
    const std::int64_t conv2 = 32 * 48 * 25 + 48;
    QCOMPARE(panel->frozenParameters(), conv2);
    QCOMPARE(panel->trainableParameters(), all - conv2);
    QCOMPARE(window.experiment().model.freeze, (std::vector<std::string>{"conv2"}));
    QVERIFY(window.isWindowModified());
    auto* totals = panel->findChild<QLabel*>(QStringLiteral("parameterTotals"));
    QVERIFY(totals->text().contains(QLocale().toString(static_cast<qlonglong>(conv2))));

    // A rate multiplier is one more undoable edit.
    table->item(3, ModelPanel::LrColumn)->setData(Qt::EditRole, 0.1);
    QCOMPARE(window.experiment().model.lrMult.at("fc2"), 0.1);
    QCOMPARE(panel->undoStack()->count(), 2);

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier); // undo the rate
    QVERIFY(window.experiment().model.lrMult.empty());
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier); // undo the freeze
    QVERIFY(window.experiment().model.freeze.empty());
    QCOMPARE(panel->trainableParameters(), all);
    QCOMPARE(table->item(1, ModelPanel::FrozenColumn)->checkState(), Qt::Unchecked);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo
    QCOMPARE(window.experiment().model.freeze, (std::vector<std::string>{"conv2"}));
    QCOMPARE(panel->trainableParameters(), all - conv2);
  }

  void backboneChoiceShowsResnetBlocks() {
    MainWindow window;
    auto* panel = window.findChild<ModelPanel*>(QStringLiteral("modelPanel"));
    auto* backbone = panel->findChild<QComboBox*>(QStringLiteral("backboneChoice"));
    const int index = backbone->findData(QStringLiteral("resnet"));
    QVERIFY(index >= 0);
    backbone->setCurrentIndex(index);
    emit backbone->activated(index);
    QCOMPARE(window.experiment().model.backbone, std::string("resnet"));
    QCOMPARE(panel->table()->rowCount(), 7);
    QVERIFY(panel->table()->item(1, ModelPanel::LayerColumn)->text().contains("batch norm"));
    panel->undoStack()->undo();
    QCOMPARE(window.experiment().model.backbone, twb::openingExperiment().model.backbone);
    QCOMPARE(panel->table()->rowCount(), 5);
  }

  // Per-domain batch statistics belong to backbones with batch norm: the opening
  // recipe has them on, the box is greyed on lenet, and on lenet_bn a click makes
  // the recipe's model.batch_stats joint, and Undo takes it back.
  void perDomainBatchStatsNeedBatchNorm() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* panel = window.findChild<ModelPanel*>(QStringLiteral("modelPanel"));
    auto* stats = panel->findChild<QCheckBox*>(QStringLiteral("perDomainBatchStats"));
    QVERIFY(stats);
    QVERIFY(stats->isEnabled() && stats->isChecked());
    auto* backbone = panel->findChild<QComboBox*>(QStringLiteral("backboneChoice"));
    const auto choose = [backbone](const QString& name) {
      const int index = backbone->findData(name);
      QVERIFY(index >= 0);
      backbone->setCurrentIndex(index);
      emit backbone->activated(index);
    };
    choose(QStringLiteral("lenet"));
    QVERIFY(!stats->isEnabled());
    choose(QStringLiteral("lenet_bn"));
    QVERIFY(stats->isEnabled());
    QTest::mouseClick(stats, Qt::LeftButton, {}, QPoint(8, stats->height() / 2));
    QCOMPARE(window.experiment().model.batchStats, std::string("joint"));
    QCOMPARE(window.experiment().model.backbone, std::string("lenet_bn"));
    QVERIFY(!stats->isChecked());
    panel->undoStack()->undo();
    QCOMPARE(window.experiment().model.batchStats, std::string("per_domain"));
    QVERIFY(stats->isChecked());
  }

  // Multitask: the diagram shows the shared trunk and one head per task, follows the
  // Frozen toggles, and the backbone's own head row is marked unused.
  void multitaskShowsTrunkAndHeads() {
    MainWindow window;
    auto* panel = window.findChild<ModelPanel*>(QStringLiteral("modelPanel"));
    twb::ui::MultitaskDiagram* diagram = panel->multitaskDiagram();
    QVERIFY(diagram->isHidden()); // the default experiment is not multitask
    twb::Experiment e = twb::defaultExperiment(); // lenet
    window.setExperiment(e);
    const std::int64_t trainableAll = panel->trainableParameters();
    e.method.name = "multitask";
    e.tasks.family = "digits";
    window.setExperiment(e);
    QVERIFY(!diagram->isHidden());
    QCOMPARE(diagram->taskNames(), (QStringList{"digit", "parity", "greater_than_4"}));
    QCOMPARE(diagram->trunkLayers(), (QStringList{"conv1", "conv2", "fc1", "fc2"}));
    QTableWidget* table = panel->table();
    QVERIFY(table->item(4, ModelPanel::LayerColumn)->text().contains(QStringLiteral("unused")));
    QVERIFY(!(table->item(4, ModelPanel::FrozenColumn)->flags() & Qt::ItemIsEnabled));

    // The unused head is in neither total: lenet's head is 100 x 10 + 10.
    QCOMPARE(panel->trainableParameters(), trainableAll - (100 * 10 + 10));
    QCOMPARE(panel->frozenParameters(), std::int64_t(0));
    auto* totals = panel->findChild<QLabel*>(QStringLiteral("parameterTotals"));
    QVERIFY(totals->text().contains(QStringLiteral("trunk")));

    QVERIFY(diagram->frozenLayers().isEmpty());
    table->item(0, ModelPanel::FrozenColumn)->setCheckState(Qt::Checked); // freeze conv1
    QCOMPARE(diagram->frozenLayers(), QStringList{"conv1"});
    table->item(1, ModelPanel::FrozenColumn)->setCheckState(Qt::Checked);
    QCOMPARE(diagram->frozenLayers(), (QStringList{"conv1", "conv2"}));
    panel->undoStack()->undo();
    QCOMPARE(diagram->frozenLayers(), QStringList{"conv1"});

    // A look at it: TWB_SHOT_DIR=/some/dir saves the panel as a PNG.
    const QString shots = qEnvironmentVariable("TWB_SHOT_DIR");
    if (!shots.isEmpty()) {
      window.resize(1500, 1000);
      QVERIFY(panel->grab().save(QDir(shots).filePath(QStringLiteral("modelpanel-multitask.png"))));
    }

    e.method.name = "finetune";
    window.setExperiment(e);
    QVERIFY(diagram->isHidden());
    QCOMPARE(table->item(4, ModelPanel::LayerColumn)->text(), QStringLiteral("head"));
    QVERIFY(table->item(4, ModelPanel::FrozenColumn)->flags() & Qt::ItemIsEnabled);
    QCOMPARE(panel->trainableParameters() + panel->frozenParameters(), trainableAll); // the head counts again
  }

  void sweepFillsThePlotAndStops() {
    MainWindow window;
    twb::Experiment e = twbtest::fashionSplitFinetune("sweep test");
    e.method.settings.set("pretrain_steps", std::int64_t{20});
    e.training.steps = 5;
    e.training.device = "cpu";
    e.eval.every = 5;
    window.setExperiment(e);
    auto* panel = window.findChild<ModelPanel*>(QStringLiteral("modelPanel"));
    QSignalSpy ended(panel, &ModelPanel::sweepFinished);
    // The Model dock sits behind the Run Log tab here: click() as the hidden button would.
    panel->findChild<QPushButton*>(QStringLiteral("sweepButton"))->click();
    QVERIFY(panel->isSweeping());
    // The plot fills in while the window stays responsive; then Stop ends it.
    QTRY_VERIFY_WITH_TIMEOUT(panel->sweepPlot()->pointCount() >= 3, 240000);
    panel->findChild<QPushButton*>(QStringLiteral("sweepStopButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 120000);
    QVERIFY(!panel->isSweeping());
    const int points = panel->sweepPlot()->pointCount();
    QVERIFY(points >= 3 && points < 9); // 9 = the whole lenet sweep: it did stop
  }

  // Issue #22: sweeps of two pairs in one plot, as a class compares images (first k)
  // with speech (last k). A finished sweep stays when the experiment changes and the
  // next one runs; the same recipe and direction replaces its own series (its cells
  // read back from disk); Clear removes the kept sweeps, and a sweep run again after
  // it comes back whole from its cells.
  void sweepsOfTwoPairsShareThePlot() {
    const auto tiny = [](twb::Experiment e) {
      e.method.settings.set("pretrain_steps", std::int64_t{20});
      e.training.steps = 5;
      e.training.device = "cpu";
      e.eval.every = 5;
      return e;
    };
    const twb::Experiment images = tiny(twbtest::fashionSplitFinetune("overlay: 0-4 to 5-9"));
    twb::Experiment reversed = images;
    reversed.name = "overlay: 5-9 to 0-4";
    reversed.source.classes = {5, 6, 7, 8, 9};
    reversed.target.classes = {0, 1, 2, 3, 4};

    MainWindow window;
    window.resize(1280, 720);
    window.setExperiment(images);
    auto* panel = window.findChild<ModelPanel*>(QStringLiteral("modelPanel"));
    twb::ui::LayerSweepPlot* plot = panel->sweepPlot();
    auto* copyLast = panel->findChild<QCheckBox*>(QStringLiteral("sweepCopyLast"));
    auto* clear = panel->findChild<QPushButton*>(QStringLiteral("sweepClearButton"));
    QVERIFY(copyLast && clear);
    QVERIFY(!clear->isEnabled());
    QSignalSpy ended(panel, &ModelPanel::sweepFinished);
    const auto sweep = [&] {
      const int before = static_cast<int>(ended.count());
      panel->findChild<QPushButton*>(QStringLiteral("sweepButton"))->click();
      QTRY_COMPARE_WITH_TIMEOUT(ended.count(), before + 1, 600000);
    };
    // What the user reads: one legend entry per sweep with its scratch accuracy, then
    // the key to the line styles.
    const auto legend = [plot] {
      static const QRegularExpression scratch(QStringLiteral(" \\(scratch 0\\.\\d{3}\\)$"));
      QStringList names;
      for (int i = 0; i < plot->plot()->legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->plot()->legend->item(i))) {
          QString name = item->plottable()->name();
          if (i < plot->sweepCount()) {
            if (!scratch.match(name).hasMatch())
              return QStringList{QStringLiteral("no scratch accuracy in: ") + name};
            name.remove(scratch);
          }
          names << name;
        }
      return names;
    };
    const QString imagesFirst = QStringLiteral("fashion 0-4 → 5-9 · lenet, first k");
    const QString reversedLast = QStringLiteral("fashion 5-9 → 0-4 · lenet, last k");
    const QStringList key = {QStringLiteral("solid: copied layers frozen"), QStringLiteral("dashed: copied layers fine-tuned"),
                             QStringLiteral("dotted: from scratch (k = 0)")};
    const int whole = 2 + 2 * 4; // lenet: k = 0 (scratch) on both curves, then k = 1..4 frozen and fine-tuned

    sweep();
    QCOMPARE(plot->sweepCount(), 1);
    QCOMPARE(legend(), QStringList{imagesFirst} + key);
    QCOMPARE(plot->pointCount(0), whole);
    QVERIFY(clear->isEnabled()); // a finished sweep is a kept one

    window.setExperiment(reversed);
    QCOMPARE(plot->sweepCount(), 1); // a new experiment leaves the plot as it was
    copyLast->setChecked(true);
    sweep();
    QCOMPARE(plot->sweepCount(), 2);
    QCOMPARE(legend(), (QStringList{imagesFirst, reversedLast} + key));
    QCOMPARE(plot->sweepName(1), reversedLast);
    QCOMPARE(plot->pointCount(0), whole); // the first sweep is still all there
    QCOMPARE(plot->pointCount(1), whole);
    QVERIFY(clear->isEnabled());

    // The same recipe and direction again: its own series is refilled, from disk.
    const QFileInfo cell(QDir(panel->sweepDirectory()).filePath(QStringLiteral("last4-frozen/summary.json")));
    QVERIFY2(cell.exists(), qPrintable(cell.filePath()));
    const QDateTime written = cell.lastModified();
    sweep();
    QCOMPARE(plot->sweepCount(), 2);
    QCOMPARE(legend(), (QStringList{imagesFirst, reversedLast} + key));
    QCOMPARE(plot->pointCount(1), whole);
    QCOMPARE(QFileInfo(cell.filePath()).lastModified(), written); // read back, not rerun

    clear->click();
    QCOMPARE(plot->sweepCount(), 0);
    QCOMPARE(legend(), key);
    QVERIFY(!clear->isEnabled());

    // A finished sweep comes back whole from its cells on disk.
    window.setExperiment(images);
    copyLast->setChecked(false);
    sweep();
    QCOMPARE(legend(), QStringList{imagesFirst} + key);
    QCOMPARE(plot->pointCount(0), whole);
  }

private:
  QTemporaryDir home_;
};

QTEST_MAIN(TestModelPanel)
#include "tst_modelpanel.moc"
