// The Confusion tab and `twb evaluate`'s confusion matrix, on two real short runs
// (source_only and DANN, digits -> digits-m, 40 steps each): the matrix counts every
// test image once, by its true class; its diagonal gives the accuracy the run's
// summary reports; clicking a cell shows exactly its images; the right matrix's
// fixed/broke marks and summary line agree with the two diagonals; closing the window
// while predictions are computed ends at once.
#include "TwbProcess.h"
#include "WindowTestSetup.h"
#include "confusion/ConfusionCellImages.h"
#include "confusion/ConfusionMatrixView.h"
#include "confusion/ConfusionPanel.h"
#include "data/LoadDataset.h"
#include "experiment/ExperimentFile.h"
#include "results/RunList.h"
#include "training/Confusion.h"
#include "training/RunDirectory.h"
#include "window/MainWindow.h"

#include <QElapsedTimer>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <memory>

using twb::ui::ConfusionCellImages;
using twb::ui::ConfusionMatrixView;
using twb::ui::ConfusionPanel;
using twb::ui::MainWindow;

namespace {

twb::Experiment tinyRun(bool sourceOnly) {
  twb::Experiment e = twb::defaultExperiment(); // DANN, digits -> digits-m
  if (sourceOnly)
    twb::applySetting(e, "method.name=source_only");
  e.training.steps = 40;
  e.training.batchSize = 32;
  e.training.device = "cpu";
  e.eval.every = 40;
  return e;
}

std::size_t diagonal(const twb::ConfusionMatrix& m, std::size_t c) {
  return m.counts[c][c];
}

} // namespace

class TestConfusion : public QObject {
  Q_OBJECT

  QTemporaryDir home_;
  QString sourceOnly_, dann_;
  twb::Dataset target_; // digits-m with the runs' seed: its test split is what both runs are scored on

  // A window showing the Confusion tab with both runs listed and `selected` selected.
  std::unique_ptr<MainWindow> windowOnConfusion(const QString& selected) {
    auto window = std::make_unique<MainWindow>();
    window->resize(1280, 720);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
      return nullptr;
    auto* runs = window->findChild<twb::ui::RunList*>(QStringLiteral("runList"));
    runs->addRunDirectory(sourceOnly_);
    runs->addRunDirectory(dann_);
    runs->selectRuns({selected});
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("centralTabs"));
    tabs->setCurrentWidget(window->findChild<ConfusionPanel*>(QStringLiteral("confusionPanel")));
    return window;
  }

  static ConfusionPanel* panel(const MainWindow& window) {
    return window.findChild<ConfusionPanel*>(QStringLiteral("confusionPanel"));
  }

  // What a user checks a matrix by: every test image once, in its true class's row,
  // and the diagonal over the sum is the run's accuracy as its summary says.
  void checkCountsAgainstTheRun(const twb::ConfusionMatrix& m, const QString& runDir) {
    const std::vector<std::size_t> perClass = target_.test.classCounts(target_.classNames.size());
    QCOMPARE(m.classes, target_.classNames);
    QCOMPARE(m.total(), target_.test.size());
    for (std::size_t r = 0; r < m.size(); ++r)
      QCOMPARE(m.rowTotal(r), perClass[r]);
    const twb::RunRecord run = twb::readRunDirectory(runDir.toStdString());
    QCOMPARE(static_cast<double>(m.correct()) / static_cast<double>(m.total()), run.summary.targetTestAcc);
  }

private slots:
  void initTestCase() {
    QVERIFY(home_.isValid());
    twbtest::prepareWindowTests(home_);
    sourceOnly_ = home_.filePath(QStringLiteral("runs/source_only"));
    dann_ = home_.filePath(QStringLiteral("runs/dann"));
    twb::Trainer(tinyRun(true), sourceOnly_.toStdString()).run();
    twb::Trainer(tinyRun(false), dann_.toStdString()).run();
    target_ = twb::loadDataset("digits-m", tinyRun(false).seed);
  }

  // The core's matrix and `twb evaluate --json`: the same counts, consistent with the
  // per-class accuracy it prints beside them.
  void evaluateJsonHasTheConfusionMatrix() {
    const twb::ConfusionMatrix m = twb::confusionOf(twb::predictRun(dann_.toStdString(), "digits-m"));
    checkCountsAgainstTheRun(m, dann_);

    const auto r = twbtest::runTwb({"evaluate", dann_, "digits-m", "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray classes = j["classes"].toArray();
    const QJsonArray confusion = j["confusion"].toArray();
    QCOMPARE(confusion.size(), classes.size());
    int total = 0, correct = 0;
    for (qsizetype t = 0; t < confusion.size(); ++t) {
      const QJsonArray row = confusion[t].toArray();
      QCOMPARE(row.size(), classes.size());
      int rowSum = 0;
      for (qsizetype p = 0; p < row.size(); ++p) {
        rowSum += row[p].toInt();
        QCOMPARE(static_cast<std::size_t>(row[p].toInt()),
                 m.counts[static_cast<std::size_t>(t)][static_cast<std::size_t>(p)]);
      }
      const QJsonObject c = classes[t].toObject();
      QCOMPARE(rowSum, c["images"].toInt()); // rows are the true class
      QCOMPARE(row[t].toInt(), c["correct"].toInt());
      total += rowSum;
      correct += row[t].toInt();
    }
    QCOMPARE(total, j["images"].toInt());
    QCOMPARE(static_cast<double>(correct) / total, j["accuracy"].toDouble());

    const auto text = twbtest::runTwb({"evaluate", dann_, "digits-m"});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QStringLiteral("confusion (rows: true class, columns: predicted class)")),
             qPrintable(text.out));
  }

  // The tab as a user meets it: the selected DANN run on the right, its lower bound on
  // the left, "computing" while predictions run, then both matrices; a clicked cell's
  // images; the fixed/broke marks and line agree with the diagonals.
  void twoMatricesSideBySideWithTheirImages() {
    QElapsedTimer clock;
    clock.start();
    const auto window = windowOnConfusion(dann_);
    QVERIFY(window);
    ConfusionPanel* p = panel(*window);
    QCOMPARE(p->runDir(ConfusionPanel::Left), sourceOnly_);
    QCOMPARE(p->runDir(ConfusionPanel::Right), dann_);
    QVERIFY(p->isComputing());
    QVERIFY(!p->matrixView(ConfusionPanel::Right)->hasMatrix()); // "computing…" in its place
    QTRY_VERIFY_WITH_TIMEOUT(!p->isComputing(), 60000);
    QVERIFY(p->confusion(ConfusionPanel::Left) && p->confusion(ConfusionPanel::Right));

    const twb::ConfusionMatrix& left = p->matrixView(ConfusionPanel::Left)->matrix();
    const twb::ConfusionMatrix& right = p->matrixView(ConfusionPanel::Right)->matrix();
    checkCountsAgainstTheRun(left, sourceOnly_);
    checkCountsAgainstTheRun(right, dann_);
    QVERIFY2(p->matrixView(ConfusionPanel::Right)->title().startsWith(QStringLiteral("Accuracy ")),
             qPrintable(p->matrixView(ConfusionPanel::Right)->title()));

    // Fixed and broken classes: the right's diagonal against the left's, framed and summed up.
    std::size_t fixed = 0, broke = 0;
    long long gained = 0, lost = 0;
    const std::vector<long long>& frames = p->matrixView(ConfusionPanel::Right)->diagonalChange();
    QCOMPARE(frames.size(), right.size());
    for (std::size_t c = 0; c < right.size(); ++c) {
      const long long delta = static_cast<long long>(diagonal(right, c)) - static_cast<long long>(diagonal(left, c));
      QCOMPARE(frames[c], delta);
      fixed += delta > 0;
      broke += delta < 0;
      gained += std::max(delta, 0LL);
      lost += std::max(-delta, 0LL);
    }
    const QString summary = p->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("fixed: %1 (+%2 images)").arg(fixed).arg(gained)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("broke: %1 (−%2 images)").arg(broke).arg(lost)), qPrintable(summary));

    // The right matrix's most frequent mistake, clicked: exactly its images, each of
    // its true class (read from the dataset itself) and shown as predicted so.
    std::size_t bestT = 0, bestP = 1;
    for (std::size_t t = 0; t < right.size(); ++t)
      for (std::size_t q = 0; q < right.size(); ++q)
        if (t != q && right.counts[t][q] > right.counts[bestT][bestP]) {
          bestT = t;
          bestP = q;
        }
    const std::size_t count = right.counts[bestT][bestP];
    QVERIFY(count > 0);
    ConfusionMatrixView* view = p->matrixView(ConfusionPanel::Right);
    const QRect cell = view->cellRect(static_cast<int>(bestT), static_cast<int>(bestP));
    QVERIFY2(view->rect().contains(cell), "the cell is not in view on a 1280x720 window");
    QTest::mouseClick(view, Qt::LeftButton, {}, cell.center());
    QListWidget* images = p->cellImages()->list();
    QCOMPARE(static_cast<std::size_t>(images->count()), count);
    for (int i = 0; i < images->count(); ++i) {
      const QListWidgetItem* item = images->item(i);
      const auto index = item->data(Qt::UserRole).toULongLong();
      QCOMPARE(target_.test.labels[index], static_cast<std::int64_t>(bestT)); // digits-m keeps every class
      QCOMPARE(item->data(ConfusionCellImages::kTruthRole).toLongLong(), static_cast<qlonglong>(bestT));
      QCOMPARE(item->data(ConfusionCellImages::kPredictedRole).toLongLong(), static_cast<qlonglong>(bestP));
    }
    const QString caption = p->cellImages()->caption();
    const QString expected =
        QStringLiteral("true %1 → predicted %2 · %3 image")
            .arg(QString::fromStdString(right.classes[bestT]), QString::fromStdString(right.classes[bestP]))
            .arg(count);
    QVERIFY2(caption.contains(expected), qPrintable(caption));

    // Hovering the cell says its count and its share of the row.
    QHelpEvent hover(QEvent::ToolTip, cell.center(), view->mapToGlobal(cell.center()));
    QApplication::sendEvent(view, &hover);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString share = QStringLiteral("%1%").arg(
        100.0 * static_cast<double>(count) / static_cast<double>(right.rowTotal(bestT)), 0, 'f', 1);
    QVERIFY2(QToolTip::text().contains(QStringLiteral(": %1 of the %2 images").arg(count).arg(right.rowTotal(bestT))) &&
                 QToolTip::text().contains(share),
             qPrintable(QToolTip::text()));
    QToolTip::hideText();

    // A diagonal cell of the left run: its images, all predicted right.
    ConfusionMatrixView* leftView = p->matrixView(ConfusionPanel::Left);
    QTest::mouseClick(leftView, Qt::LeftButton, {}, leftView->cellRect(0, 0).center());
    QCOMPARE(static_cast<std::size_t>(images->count()), diagonal(left, 0));
    QVERIFY2(p->cellImages()->caption().startsWith(QStringLiteral("source_only: true 0 → predicted 0")),
             qPrintable(p->cellImages()->caption()));

    // In Chinese, the painted title, the summary line and the caption follow.
    twbtest::action(*window, "actionLanguage_zh_CN")->trigger();
    QCoreApplication::processEvents();
    QVERIFY2(p->summaryText().contains(QStringLiteral("改善：%1 类").arg(fixed)), qPrintable(p->summaryText()));
    QVERIFY2(p->cellImages()->caption().contains(QStringLiteral("真实 0 → 预测 0")),
             qPrintable(p->cellImages()->caption()));
    QVERIFY(leftView->title().startsWith(QStringLiteral("准确率")));
    twbtest::action(*window, "actionLanguage_en")->trigger();
    QCoreApplication::processEvents();
    QVERIFY2(p->summaryText().startsWith(QStringLiteral("Right against left")), qPrintable(p->summaryText()));
    qInfo("window part: %lld ms", static_cast<long long>(clock.elapsed()));
  }

  // Selecting the lower bound puts it on the left and its comparison's method on the
  // right. A new window computes again (the cache is its panel's); closing it while it
  // does ends at once: the jobs stop and join as the panel goes.
  void lowerBoundSelectedAndClosingMidJob() {
    auto window = windowOnConfusion(sourceOnly_);
    QVERIFY(window);
    ConfusionPanel* p = panel(*window);
    QCOMPARE(p->runDir(ConfusionPanel::Left), sourceOnly_);
    QCOMPARE(p->runDir(ConfusionPanel::Right), dann_);
    QVERIFY(p->isComputing());
    QElapsedTimer clock;
    clock.start();
    window->close();
    window.reset();
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
  }
};

QTEST_MAIN(TestConfusion)
#include "tst_confusion.moc"
