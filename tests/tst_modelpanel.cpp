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
#include "window/MainWindow.h"
#include "model/ModelPanel.h"
#include "model/MultitaskDiagram.h"
#include "window/SettingsKeys.h"
#include "training/Trainer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSpinBox>
#include <QPushButton>
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

private:
  QTemporaryDir home_;
};

QTEST_MAIN(TestModelPanel)
#include "tst_modelpanel.moc"
