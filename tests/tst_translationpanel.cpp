// The Translation tab on real short translation runs (UNIT and MUNIT, digits ->
// digits-m, a few steps of a narrow translator): a finished run's sample grid is shown
// as the run wrote it; clicking a test image translates it with the run's checkpoint
// (the same pixels core's TranslationModel gives), with the way back for UNIT and
// several different styles for MUNIT, other styles and the style of a chosen image; a
// dropped image file is translated too; Export writes the grid as shown; a run started
// in the window brings the tab forward and its grid is redrawn as it trains; closing
// the window while a translation is computed ends at once.
#include "WindowTestSetup.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"
#include "methods/translate/Translation.h"
#include "results/RunList.h"
#include "run/RunController.h"
#include "run/RunQueue.h"
#include "run/TrainingJob.h"
#include "training/Trainer.h"
#include "translation/TranslationCapability.h"
#include "translation/TranslationDetail.h"
#include "translation/TranslationGridView.h"
#include "translation/TranslationImages.h"
#include "translation/TranslationPanel.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>
#include <set>

using twb::ui::MainWindow;
using twb::ui::TranslationDetail;
using twb::ui::TranslationGridView;
using twb::ui::TranslationPanel;

namespace {

constexpr int kSteps = 20;

// The one registered method that translates images, found as the window finds it.
const twb::Method* translationMethod() {
  for (const twb::Method* m : twb::allMethods())
    if (twb::ui::translatesImages(*m))
      return m;
  return nullptr;
}

// Its example, cut to a run of seconds: a narrow translator, small batches, the
// recipe's 10 test images a row, a grid at steps 10 and 20.
twb::Experiment shortRun(const std::string& model) {
  twb::Experiment e = translationMethod()->example();
  e.name = "translation tab test (" + model + ")";
  twb::applySetting(e, "method.translate.model=" + model);
  twb::applySetting(e, "method.translate.width=16");
  twb::applySetting(e, "method.translate.samples=10");
  twb::applySetting(e, "method.translate.styles=3");
  e.training.steps = kSteps;
  e.training.batchSize = 8;
  e.training.device = "cpu";
  e.eval.every = 10;
  return e;
}

QImage rgb(const QImage& image) {
  return image.convertToFormat(QImage::Format_RGB888);
}

} // namespace

class TestTranslationPanel : public QObject {
  Q_OBJECT

  QTemporaryDir home_;
  QString unit_, munit_;
  std::unique_ptr<MainWindow> window_;

  TranslationPanel* panel() const { return window_->findChild<TranslationPanel*>(QStringLiteral("translationPanel")); }
  TranslationGridView* grid() const { return panel()->gridView(); }
  TranslationDetail* detail() const { return panel()->detail(); }

  // The tab in front showing `dir`'s grid.
  bool showRunGrid(const QString& dir) {
    if (!panel()->showRun(dir))
      return false;
    if (!QTest::qWaitFor([this] { return grid()->hasGrid() && !panel()->isBusy(); }, 60000))
      return false;
    return panel()->runDir() == dir;
  }

  // Clicks the test image of `column` in the source's (or the target's) block and waits
  // for its translations.
  bool clickImage(bool target, int column) {
    const int row = target ? static_cast<int>(grid()->gridLayout().rows.size()) / 2 : 0;
    const QRect cell = grid()->cellRect(row, column);
    if (cell.isEmpty())
      return false;
    QSignalSpy shown(panel(), &TranslationPanel::translationShown);
    QTest::mouseClick(grid(), Qt::LeftButton, {}, cell.center());
    return shown.wait(60000) || shown.size() > 0;
  }

private slots:
  void initTestCase() {
    QVERIFY(home_.isValid());
    twbtest::prepareWindowTests(home_);
    QVERIFY2(translationMethod(), "no registered method translates images");
    unit_ = home_.filePath(QStringLiteral("runs/unit"));
    munit_ = home_.filePath(QStringLiteral("runs/munit"));
    twb::Trainer(shortRun("unit"), unit_.toStdString()).run();
    twb::Trainer(shortRun("munit"), munit_.toStdString()).run();
  }

  void init() {
    window_ = std::make_unique<MainWindow>();
    window_->resize(1280, 720);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    window_->findChild<QTabWidget*>(QStringLiteral("centralTabs"))->setCurrentWidget(panel());
  }

  void cleanup() { window_.reset(); }

  // The capability the tab goes by picks the translation method and no other.
  void onlyTheTranslationMethodTranslatesImages() {
    int translating = 0;
    for (const twb::Method* m : twb::allMethods())
      translating += twb::ui::translatesImages(*m) ? 1 : 0;
    QCOMPARE(translating, 1);
    QVERIFY(!twb::ui::isTranslationRun(twb::defaultExperiment()));
    QVERIFY(twb::ui::isTranslationRun(shortRun("unit")));
  }

  // A run opened from disk (File > Open Run lists and selects it): the tab lists only
  // translation runs and shows the selected one's latest grid, the PNG the run wrote.
  void anOpenedRunShowsItsLatestGrid() {
    auto* runs = window_->findChild<twb::ui::RunList*>(QStringLiteral("runList"));
    QVERIFY(runs->addRunDirectory(unit_));
    QVERIFY(runs->addRunDirectory(munit_));
    runs->selectRuns({unit_});
    panel()->refreshRuns();
    QTRY_VERIFY_WITH_TIMEOUT(grid()->hasGrid() && !panel()->isBusy(), 60000);
    QCOMPARE(panel()->runDir(), unit_);
    QCOMPARE(window_->findChild<QComboBox*>(QStringLiteral("translationRun"))->count(), 2);
    QCOMPARE(panel()->gridStep(), std::int64_t{kSteps});
    const QImage written(unit_ + QStringLiteral("/samples/latest.png"));
    QVERIFY(!written.isNull());
    QCOMPARE(rgb(grid()->grid()), rgb(written));
    QCOMPARE(grid()->columns(), 10);
    // Drawn on screen: the first test image's cell lies inside the view, at least as large as its pixels.
    const QRect cell = grid()->cellRect(0, 0);
    QVERIFY(grid()->rect().contains(cell));
    QVERIFY2(cell.width() >= 28, qPrintable(QString::number(cell.width())));
    QVERIFY(detail()->isHidden()); // until an image is clicked, the grid has the width
  }

  // UNIT: a clicked test image is shown large with its translation and the way back,
  // the very images core's TranslationModel makes of it.
  void clickingAnImageTranslatesIt() {
    QVERIFY(showRunGrid(unit_));
    QVERIFY(clickImage(false, 3));
    QVERIFY(detail()->isVisible());
    // Beside the detail, at 1280x720, the recipe's ten columns still draw each image at
    // least at its own size (the rows' names move above them to give the room).
    const QRect shrunk = grid()->cellRect(0, 0);
    QVERIFY2(shrunk.width() >= 28 && grid()->rect().contains(shrunk), qPrintable(QString::number(shrunk.width())));
    QCOMPARE(rgb(detail()->input()), rgb(grid()->testImage(false, 3)));
    QCOMPARE(detail()->translations().size(), std::size_t{1});
    const QImage translated = detail()->translations().front();
    QCOMPARE(translated.size(), QSize(28, 28));
    QVERIFY(!detail()->back().isNull());

    const twb::TranslationModel model(unit_.toStdString());
    const twb::TranslationImage input = twb::ui::toTranslationImage(grid()->testImage(false, 3), model.side());
    const auto expected = model.translate({input}, twb::TranslationDirection::SourceToTarget);
    QCOMPARE(rgb(translated), rgb(twb::ui::toQImage(expected.front())));
    QVERIFY(rgb(translated) != rgb(twb::ui::toQImage(input))); // a colour image from a grey digit
    QVERIFY(detail()->caption().contains(QStringLiteral("column 4")));

    // A target image goes the other way; the grid shows the target's images for it.
    QVERIFY(grid()->cellRect(grid()->gridLayout().rows.size() / 2, 0).isEmpty());
    window_->findChild<QComboBox*>(QStringLiteral("translationDirection"))->setCurrentIndex(1);
    QVERIFY(clickImage(true, 0));
    const twb::TranslationImage targetInput = twb::ui::toTranslationImage(grid()->testImage(true, 0), model.side());
    QCOMPARE(rgb(detail()->translations().front()),
             rgb(twb::ui::toQImage(model.translate({targetInput}, twb::TranslationDirection::TargetToSource).front())));
  }

  // MUNIT: one input, a row of different styles; Other styles draws new ones; the
  // style of a clicked target image gives one translation more.
  void munitShowsSeveralStyles() {
    QVERIFY(showRunGrid(munit_));
    QVERIFY(clickImage(false, 1));
    const std::vector<QImage> first = detail()->translations();
    QCOMPARE(first.size(), std::size_t{6});
    std::set<QByteArray> distinct;
    for (const QImage& image : first)
      distinct.insert(QByteArray(reinterpret_cast<const char*>(rgb(image).constBits()), rgb(image).sizeInBytes()));
    QCOMPARE(distinct.size(), first.size());
    QVERIFY(detail()->otherStylesButton()->isVisible());

    QSignalSpy shown(panel(), &TranslationPanel::translationShown);
    QTest::mouseClick(detail()->otherStylesButton(), Qt::LeftButton);
    QVERIFY(shown.wait(60000));
    QCOMPARE(detail()->translations().size(), first.size());
    QVERIFY(rgb(detail()->translations().front()) != rgb(first.front()));

    // Style picking shows the target's images; one clicked gives its style.
    QTest::mouseClick(detail()->styleButton(), Qt::LeftButton);
    QVERIFY(detail()->isPickingStyle());
    QCOMPARE(grid()->blocks(), TranslationGridView::Blocks::Target);
    QVERIFY(clickImage(true, 2));
    QVERIFY(!detail()->isPickingStyle());
    QCOMPARE(grid()->blocks(), TranslationGridView::Blocks::Source);
    QVERIFY(!detail()->styled().isNull());
    const twb::TranslationModel model(munit_.toStdString());
    const auto styled =
        model.translateInStyleOf({twb::ui::toTranslationImage(grid()->testImage(false, 1), model.side())},
                                 twb::TranslationDirection::SourceToTarget,
                                 twb::ui::toTranslationImage(grid()->testImage(true, 2), model.side()));
    QCOMPARE(rgb(detail()->styled()), rgb(twb::ui::toQImage(styled.front())));
  }

  // A file dropped on the tab is translated from the domain the grid shows.
  void aDroppedImageIsTranslated() {
    QVERIFY(showRunGrid(unit_));
    const QString file = home_.filePath(QStringLiteral("my-digit.png"));
    QVERIFY(grid()->testImage(false, 5).scaled(56, 56).save(file));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(file)});
    QSignalSpy shown(panel(), &TranslationPanel::translationShown);
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(panel(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(panel(), &drop);
    QVERIFY(shown.wait(60000));
    QVERIFY(detail()->caption().contains(QStringLiteral("my-digit.png")));
    QCOMPARE(detail()->translations().size(), std::size_t{1});
    QCOMPARE(detail()->input().size(), QSize(56, 56));
  }

  // Export writes what the tab shows at the grid's own size: the names' column, then
  // the run's grid pixel for pixel (both directions: the whole PNG).
  void exportWritesTheGrid() {
    QVERIFY(showRunGrid(munit_));
    window_->findChild<QComboBox*>(QStringLiteral("translationDirection"))->setCurrentIndex(2); // both
    const QString path = home_.filePath(QStringLiteral("exported.png"));
    QCOMPARE(panel()->exportGrid(path), QString());
    const QImage exported(path);
    const QImage written(munit_ + QStringLiteral("/samples/latest.png"));
    QVERIFY(!exported.isNull() && !written.isNull());
    QCOMPARE(exported.height(), written.height() + 8);
    QVERIFY(exported.width() > written.width() + 60); // the rows' names on the left
    const QImage part = exported.copy(exported.width() - 4 - written.width(), 4, written.width(), written.height());
    QCOMPARE(rgb(part), rgb(written));

    // One direction: the source's block alone, half the rows.
    window_->findChild<QComboBox*>(QStringLiteral("translationDirection"))->setCurrentIndex(0);
    QCOMPARE(panel()->exportGrid(path), QString());
    const QImage oneBlock(path);
    const twb::SampleGridLayout& layout = grid()->gridLayout();
    const int rows = static_cast<int>(layout.rows.size()) / 2;
    QCOMPARE(oneBlock.height(), layout.rowTop[static_cast<std::size_t>(rows - 1)] + layout.cell + 2 + 8);
  }

  // A translation run started in the window: the tab comes forward by itself and its
  // grid follows the run's evaluations, the last one once it ends.
  void aLiveRunIsRedrawnAsItTrains() {
    auto* tabs = window_->findChild<QTabWidget*>(QStringLiteral("centralTabs"));
    tabs->setCurrentIndex(0); // the Curves tab
    twb::Experiment e = shortRun("unit");
    e.training.steps = 30;
    window_->setExperiment(e);
    window_->findChild<QAction*>(QStringLiteral("actionRunBaselines"))->setChecked(false);
    std::set<std::int64_t> steps;
    QObject::connect(panel(), &TranslationPanel::gridShown, panel(), [this, &steps] {
      if (panel()->gridStep() >= 0)
        steps.insert(panel()->gridStep());
    });
    auto* queue = window_->findChild<twb::ui::RunQueue*>();
    QVERIFY(queue);
    QSignalSpy batchEnded(queue, &twb::ui::RunQueue::batchEnded);
    twbtest::action(*window_, "actionStart")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(tabs->currentWidget(), static_cast<QWidget*>(panel()), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!window_->isRunning(), 300000);
    QTRY_COMPARE_WITH_TIMEOUT(panel()->gridStep(), std::int64_t{30}, 30000);
    // Its batch over, the run comes back into view on its grid, not its curves.
    QTRY_COMPARE_WITH_TIMEOUT(batchEnded.size(), 1, 10000);
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(panel()));
    QVERIFY2(steps.size() >= 2, qPrintable(QStringLiteral("%1 grids seen").arg(steps.size())));
    QCOMPARE(panel()->runDir(), QString::fromStdString(window_->runController()->job()->runDir()));
  }

  // Closing the window while the checkpoint is read and an image translated waits
  // for that work only, not longer.
  void closingMidTranslationEndsAtOnce() {
    QVERIFY(showRunGrid(munit_));
    const QRect cell = grid()->cellRect(0, 0);
    QTest::mouseClick(grid(), Qt::LeftButton, {}, cell.center());
    QVERIFY(panel()->isBusy());
    QElapsedTimer timer;
    timer.start();
    window_.reset();
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
  }
};

QTEST_MAIN(TestTranslationPanel)
#include "tst_translationpanel.moc"
