// The Embedding tab driven as a user would, offscreen, on a real short DANN run:
// points arrive and move while t-SNE runs, hover and click tell what a point is,
// the legend hides, a rectangle selects, settings changes ask, exports are whole;
// and a zero-shot run's joint space with its class embeddings and a described class.
#include "experiment/ExperimentFile.h"
#include "embedding/EmbeddingPanel.h"
#include "embedding/EmbeddingScatter.h"
#include "IsolatedHome.h"
#include "window/MainWindow.h"
#include "embedding/PinnedEmbedding.h"
#include "training/Trainer.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace twb::ui;

namespace {

void sendMouse(QWidget* w, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers mods = Qt::NoModifier) {
  QMouseEvent e(type, QPointF(pos), w->mapToGlobal(QPointF(pos)), button, buttons, mods);
  QApplication::sendEvent(w, &e);
}

} // namespace

class TestEmbeddingPanel : public QObject {
  Q_OBJECT

  QTemporaryDir home_;
  QString run_;

  // A panel with the run's map computed: 150 images per domain, 300 iterations.
  void runToTheEnd(EmbeddingPanel& p) {
    QVERIFY(p.openRun(run_));
    p.setMaxPerDomain(150);
    p.setIterations(300);
    QSignalSpy ran(&p, &EmbeddingPanel::runningChanged);
    QTest::mouseClick(p.findChild<QPushButton*>(QStringLiteral("embeddingRunButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(ran.count() >= 2 && !p.isRunning(), 120000);
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(home_.isValid());
    twbtest::useIsolatedHome(home_);
    QApplication::setQuitOnLastWindowClosed(false);
    twb::useAllCores();
    twb::Experiment e = twb::defaultExperiment(); // DANN, digits -> digits-m
    e.training.steps = 60;
    e.training.batchSize = 32;
    e.training.device = "cpu";
    e.eval.every = 60;
    run_ = home_.filePath(QStringLiteral("runs/dann"));
    twb::Trainer(e, run_.toStdString()).run();
    QVERIFY(QFile::exists(run_ + QStringLiteral("/model.pt")));
  }

  void pointsArriveAndMoveWhileTsneRuns() {
    EmbeddingPanel p;
    p.resize(1200, 700);
    p.show();
    QVERIFY(p.openRun(run_));
    QCOMPARE(p.findChild<QComboBox*>(QStringLiteral("embeddingLayer"))->currentText(), QStringLiteral("conv2"));
    // It animates: layouts arrive while t-SNE runs, and the points move between them.
    // Waited for, not timed: a map no machine finishes within a few 40 ms redraws
    // (1,000 iterations of 300 points took under 100 ms on a fast CI machine and showed
    // one layout), then Stop.
    p.setMaxPerDomain(1000);
    p.setIterations(5000);
    int shownWhileRunning = 0;
    std::vector<float> first;
    connect(&p, &EmbeddingPanel::layoutShown, this, [&](int) {
      if (p.isRunning())
        ++shownWhileRunning;
      if (first.empty())
        first = p.scatter()->coords();
    });
    QTest::mouseClick(p.findChild<QPushButton*>(QStringLiteral("embeddingRunButton")), Qt::LeftButton);
    QVERIFY(p.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(shownWhileRunning >= 3, 60000);
    QVERIFY(p.scatter()->coords() != first); // the points moved
    p.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!p.isRunning(), 10000);
    // Run a smaller map to the end: the numbers and the status of a finished map.
    p.setMaxPerDomain(150);
    p.setIterations(1000);
    QTest::mouseClick(p.findChild<QPushButton*>(QStringLiteral("embeddingRunButton")), Qt::LeftButton);
    QVERIFY(p.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!p.isRunning(), 120000);
    QCOMPARE(p.scatter()->pointCount(), std::size_t(300));
    QVERIFY(p.numbersText().contains(QStringLiteral("Domain mixing")));
    QVERIFY2(p.numbersText().contains(QStringLiteral("Proxy A-distance")), qPrintable(p.numbersText()));
    QVERIFY(p.numbersText().contains(QStringLiteral("150 of ")));
    // The recipe names DANN's adversary and the backbone.
    QVERIFY2(p.numbersText().contains(QStringLiteral("dann (reversal), lenet, on digits")), qPrintable(p.numbersText()));
    // The long "Done: ..." status wraps rather than widening the panel (and the window).
    QVERIFY2(p.minimumSizeHint().width() < 1200, qPrintable(QString::number(p.minimumSizeHint().width())));
    QCOMPARE(p.legend()->count(), 12); // two domains, ten classes
    QVERIFY(p.findChild<QLabel*>(QStringLiteral("embeddingStatus"))->text().startsWith(QStringLiteral("Done: 1000")));
  }

  void hoverClickLegendAndSelection() {
    EmbeddingPanel p;
    p.resize(1200, 700);
    p.show();
    runToTheEnd(p);
    EmbeddingScatter* s = p.scatter();
    // Hover shows what the point is.
    const int target = static_cast<int>(s->pointCount()) - 1; // the last point is a target image
    const QPoint at = s->toWidget(static_cast<std::size_t>(target)).toPoint();
    sendMouse(s, QEvent::MouseMove, at, Qt::NoButton, Qt::NoButton);
    QVERIFY(s->hoverText().contains(QStringLiteral("label")));
    QVERIFY(s->hoverText().contains(QStringLiteral("predicted")));
    // A click lists its ten nearest neighbours in feature space.
    sendMouse(s, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    sendMouse(s, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(p.neighboursList()->count(), 10);
    // The legend hides a domain.
    QListWidgetItem* sourceItem = p.legend()->item(0);
    QVERIFY(s->isPointVisible(0));
    sourceItem->setCheckState(Qt::Unchecked);
    QVERIFY(!s->isPointVisible(0));
    QVERIFY(s->isPointVisible(static_cast<std::size_t>(target)));
    sourceItem->setCheckState(Qt::Checked);
    // A right-button rectangle over the whole map selects every point.
    const QPoint a(2, 2), b(s->width() - 2, s->height() - 2);
    sendMouse(s, QEvent::MouseButtonPress, a, Qt::RightButton, Qt::RightButton);
    sendMouse(s, QEvent::MouseMove, (a + b) / 2, Qt::NoButton, Qt::RightButton);
    sendMouse(s, QEvent::MouseMove, b, Qt::NoButton, Qt::RightButton);
    sendMouse(s, QEvent::MouseButtonRelease, b, Qt::RightButton, Qt::NoButton);
    QCOMPARE(p.selectionList()->count(), 300);
    // A Shift+drag lasso around the left half selects the points there and no others.
    const int midX = s->width() / 2;
    const QPoint lasso[] = {QPoint(2, 2), QPoint(midX, 2), QPoint(midX, s->height() - 2), QPoint(2, s->height() - 2)};
    sendMouse(s, QEvent::MouseButtonPress, lasso[0], Qt::LeftButton, Qt::LeftButton, Qt::ShiftModifier);
    for (const QPoint& corner : lasso)
      sendMouse(s, QEvent::MouseMove, corner, Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
    sendMouse(s, QEvent::MouseButtonRelease, lasso[3], Qt::LeftButton, Qt::NoButton, Qt::ShiftModifier);
    int left = 0;
    for (std::size_t i = 0; i < s->pointCount(); ++i)
      left += s->toWidget(i).x() < midX;
    QVERIFY(left > 0 && left < 300);
    QCOMPARE(p.selectionList()->count(), left);
    // Wheel zooms in: the first point moves away from the centre.
    const QPointF before = s->toWidget(0) - QPointF(s->rect().center());
    QWheelEvent wheel(QPointF(s->rect().center()), s->mapToGlobal(QPointF(s->rect().center())), QPoint(),
                      QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(s, &wheel);
    const QPointF after = s->toWidget(0) - QPointF(s->rect().center());
    QVERIFY(after.manhattanLength() > before.manhattanLength() * 1.2);
  }

  void exportsAreWhole() {
    EmbeddingPanel p;
    QVERIFY(!p.exportCsv(home_.filePath(QStringLiteral("none.csv"))).isEmpty()); // nothing to export yet
    QVERIFY(!QFile::exists(home_.filePath(QStringLiteral("none.csv"))));
    p.resize(1000, 600);
    p.show();
    runToTheEnd(p);
    const QString csv = home_.filePath(QStringLiteral("map.csv"));
    QCOMPARE(p.exportCsv(csv), QString());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 301);
    QVERIFY(lines[0].startsWith("x,y,label,domain,prediction"));
    const QString png = home_.filePath(QStringLiteral("map.png"));
    QCOMPARE(p.exportPicture(png), QString());
    QVERIFY(!QImage(png).isNull());
    const QString pdf = home_.filePath(QStringLiteral("map.pdf"));
    QCOMPARE(p.exportPicture(pdf), QString());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(4) == "%PDF");
    const QString projector = home_.filePath(QStringLiteral("projector"));
    QCOMPARE(p.exportProjector(projector), QString());
    for (const char* name : {"vectors.tsv", "metadata.tsv", "sprite.png", "projector_config.pbtxt"})
      QVERIFY2(QFile::exists(projector + "/" + name), name);
    QVERIFY(p.exportProjector(projector).contains(QStringLiteral("not an empty directory")));
  }

  // Pin keeps a finished map beside the live one; the next run (another layer here)
  // leaves it as it was; the pinned map's close button takes it away.
  void aPinnedMapStaysBesideTheNextRun() {
    EmbeddingPanel p;
    p.resize(1400, 700);
    p.show();
    auto* pin = p.findChild<QPushButton*>(QStringLiteral("embeddingPinButton"));
    QVERIFY(pin && !pin->isEnabled()); // no map yet
    QVERIFY(!p.pinned()->isPinned());
    runToTheEnd(p);
    QVERIFY(pin->isEnabled());
    QTest::mouseClick(pin, Qt::LeftButton);
    QVERIFY(p.pinned()->isPinned() && p.pinned()->isVisible());
    EmbeddingScatter* pinned = p.pinned()->scatter();
    QCOMPARE(pinned->pointCount(), std::size_t(300));
    QCOMPARE(pinned->coords(), p.scatter()->coords());
    const std::string firstLayer = pinned->data()->layer;
    QVERIFY2(p.pinned()->caption().contains(QStringLiteral("proxy A-distance")), qPrintable(p.pinned()->caption()));
    QVERIFY(p.pinned()->width() > 200 && p.scatter()->width() > 200); // side by side, both usable

    // The next run, at fc2: the live map changes, the pinned one does not.
    const std::vector<float> pinnedCoords = pinned->coords();
    p.setLayer(QStringLiteral("fc2"));
    QSignalSpy ran(&p, &EmbeddingPanel::runningChanged);
    QTest::mouseClick(p.findChild<QPushButton*>(QStringLiteral("embeddingRunButton")), Qt::LeftButton);
    QVERIFY(!pin->isEnabled()); // nothing finished to pin while it runs
    QTRY_VERIFY_WITH_TIMEOUT(ran.count() >= 2 && !p.isRunning(), 120000);
    QCOMPARE(p.features()->layer, std::string("fc2"));
    QCOMPARE(pinned->data()->layer, firstLayer);
    QVERIFY(firstLayer != "fc2");
    QCOMPARE(pinned->coords(), pinnedCoords);
    auto* liveCaption = p.findChild<QLabel*>(QStringLiteral("liveCaption"));
    QVERIFY(liveCaption->isVisible() && liveCaption->text().contains(QStringLiteral("layer fc2")));

    // A look at it: TWB_SHOT_DIR=/some/dir saves the panel as a PNG.
    const QString shots = qEnvironmentVariable("TWB_SHOT_DIR");
    if (!shots.isEmpty())
      QVERIFY(p.grab().save(QDir(shots).filePath(QStringLiteral("embedding-pinned.png"))));

    // One legend for both maps: hiding a class or a domain hides it in each.
    const auto hiddenIn = [](const EmbeddingScatter& scatter, auto&& matches) {
      std::size_t hidden = 0, matching = 0;
      for (std::size_t i = 0; i < scatter.pointCount(); ++i)
        if (matches(*scatter.data(), i)) {
          ++matching;
          hidden += scatter.isPointVisible(i) ? 0 : 1;
        }
      return matching > 0 && hidden == matching;
    };
    const auto ofClass3 = [](const twb::EmbeddingData& d, std::size_t i) { return d.labels[i] == 3; };
    const auto ofTarget = [](const twb::EmbeddingData& d, std::size_t i) {
      return d.domains[i] == twb::EmbeddingDomain::Target;
    };
    QListWidget* legend = p.legend();
    const auto legendItem = [legend](const QString& text) {
      for (int i = 0; i < legend->count(); ++i)
        if (legend->item(i)->text() == text)
          return legend->item(i);
      return static_cast<QListWidgetItem*>(nullptr);
    };
    QListWidgetItem* class3 = legendItem(QStringLiteral("class 3"));
    QVERIFY(class3);
    class3->setCheckState(Qt::Unchecked);
    QVERIFY(hiddenIn(*p.scatter(), ofClass3) && hiddenIn(*pinned, ofClass3));
    QVERIFY(!hiddenIn(*pinned, ofTarget));
    legend->item(1)->setCheckState(Qt::Unchecked); // the target domain
    QVERIFY(hiddenIn(*p.scatter(), ofTarget) && hiddenIn(*pinned, ofTarget));
    class3->setCheckState(Qt::Checked);
    legend->item(1)->setCheckState(Qt::Checked);
    QVERIFY(!hiddenIn(*pinned, ofClass3) && !hiddenIn(*pinned, ofTarget));

    // A map stopped before its planned iterations says so, and so does its pin.
    p.setIterations(5000);
    QSignalSpy shown(&p, &EmbeddingPanel::layoutShown);
    p.run();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 60000);
    p.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!p.isRunning(), 5000);
    QVERIFY2(liveCaption->text().contains(QStringLiteral("t-SNE stopped at iteration")) &&
                 liveCaption->text().contains(QStringLiteral("of 5000")),
             qPrintable(liveCaption->text()));
    QVERIFY(!p.pinned()->caption().contains(QStringLiteral("stopped"))); // the pinned map ran to its end
    QTest::mouseClick(pin, Qt::LeftButton);
    QVERIFY2(p.pinned()->caption().contains(QStringLiteral("t-SNE stopped at iteration")),
             qPrintable(p.pinned()->caption()));

    QTest::mouseClick(p.pinned()->findChild<QToolButton*>(QStringLiteral("unpinButton")), Qt::LeftButton);
    QVERIFY(!p.pinned()->isPinned());
    QVERIFY(!pinned->data());
    QVERIFY(!liveCaption->isVisible());
  }

  void settingsChangeAsksAndStopIsPrompt() {
    EmbeddingPanel p;
    p.resize(1000, 600);
    p.show();
    QVERIFY(p.openRun(run_));
    p.setMaxPerDomain(300);
    p.setIterations(5000);
    QSignalSpy shown(&p, &EmbeddingPanel::layoutShown);
    p.run();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 60000);
    p.setPerplexity(20);
    QMessageBox* ask = nullptr;
    QTRY_VERIFY((ask = p.findChild<QMessageBox*>(QStringLiteral("embeddingRestartQuestion"))) != nullptr);
    QVERIFY(p.isRunning()); // asking does not stop the map
    QPushButton* restart = nullptr;
    for (QAbstractButton* b : ask->buttons())
      if (b->text() == QStringLiteral("Restart"))
        restart = qobject_cast<QPushButton*>(b);
    QVERIFY(restart);
    restart->click();
    QVERIFY(p.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(p.numbersText().contains(QStringLiteral("perplexity 20.0")), 30000);
    QElapsedTimer t;
    t.start();
    p.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!p.isRunning(), 5000);
    QVERIFY(t.elapsed() < 3000);
  }

  // Zero-shot: the joint space of images and class embeddings, the unseen classes
  // marked, and a new class described in the box lands among its images.
  void aZeroShotRunShowsTheJointSpaceAndPlacesANewClass() {
    twb::Experiment e = twb::defaultExperiment();
    e.source.dataset = e.target.dataset = "shapes";
    e.method.name = "zeroshot";
    e.training.steps = 150;
    e.training.optimizer = "adam"; // as resources/experiments/zeroshot_shapes.json
    e.training.lr = 0.001;
    e.training.lrSchedule = "constant";
    e.training.device = "cpu";
    e.eval.every = 150;
    const QString run = home_.filePath(QStringLiteral("runs/zeroshot"));
    twb::Trainer(e, run.toStdString()).run();

    EmbeddingPanel p;
    p.resize(1200, 700);
    p.show();
    QVERIFY(p.openRun(run));
    QCOMPARE(p.findChild<QComboBox*>(QStringLiteral("embeddingLayer"))->currentText(), QStringLiteral("joint"));
    QVERIFY(!p.describeBox()->isVisible());
    p.setMaxPerDomain(400);
    p.setIterations(300);
    QSignalSpy ran(&p, &EmbeddingPanel::runningChanged);
    QTest::mouseClick(p.findChild<QPushButton*>(QStringLiteral("embeddingRunButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(ran.count() >= 2 && !p.isRunning(), 120000);

    EmbeddingScatter* s = p.scatter();
    QCOMPARE(s->pointCount(), std::size_t(400 + 32)); // images, then one star per class
    QVERIFY(p.describeBox()->isVisible());
    QVERIFY2(p.numbersText().contains(QStringLiteral("Unseen images nearest their own class")),
             qPrintable(p.numbersText()));
    QVERIFY(!p.numbersText().contains(QStringLiteral("Proxy A-distance"))); // one domain: not measured
    QCOMPARE(p.legend()->item(1)->text(), QStringLiteral("class embeddings g(y)"));
    QCOMPARE(p.legend()->item(2)->text(), QStringLiteral("class red filled circle (unseen)"));
    // Hovering a star says which class it describes and whether training saw it. Two
    // stars can land within a pixel of each other, so hover one that is alone under the
    // cursor: an unseen class's star and a seen one's.
    const twb::EmbeddingData& d = *s->data();
    bool hoveredUnseen = false, hoveredSeen = false;
    for (std::size_t star = 400; star < s->pointCount(); ++star) {
      const bool unseen = d.unseen[static_cast<std::size_t>(d.labels[star])];
      const QPoint at = s->toWidget(star).toPoint();
      if ((unseen ? hoveredUnseen : hoveredSeen) || s->pointAt(at) != static_cast<int>(star))
        continue;
      sendMouse(s, QEvent::MouseMove, at, Qt::NoButton, Qt::NoButton);
      const QString text = s->hoverText();
      QVERIFY2(text.contains(QStringLiteral("class embedding g(y)")), qPrintable(text));
      QVERIFY2(text.contains(QStringLiteral("never seen in training")) == unseen, qPrintable(text));
      (unseen ? hoveredUnseen : hoveredSeen) = true;
    }
    QVERIFY(hoveredUnseen && hoveredSeen);

    // Describe the unseen class in attribute words: its ten nearest images, mostly red.
    auto* edit = p.findChild<QLineEdit*>(QStringLiteral("embeddingDescribeEdit"));
    edit->setText(QStringLiteral("red circle filled"));
    QTest::mouseClick(p.findChild<QPushButton*>(QStringLiteral("embeddingDescribeButton")), Qt::LeftButton);
    QCOMPARE(s->describedLabel(), QStringLiteral("new: red circle filled"));
    QCOMPARE(p.neighboursList()->count(), 10);
    int red = 0;
    for (int i = 0; i < p.neighboursList()->count(); ++i)
      red += p.neighboursList()->item(i)->text().startsWith(QStringLiteral("red"));
    QVERIFY2(red >= 5, qPrintable(QString::number(red)));
    // A word the table does not have: one clear message, the last placement kept.
    QVERIFY(
        p.describeNewClass(QStringLiteral("purple circle")).contains(QStringLiteral("'purple' is not an attribute")));
    QCOMPARE(s->describedLabel(), QStringLiteral("new: red circle filled"));
    QVERIFY(!s->grab().isNull());
  }

  void aFolderWithoutAModelIsRefused() {
    EmbeddingPanel p;
    QString error;
    QVERIFY(!p.openRun(home_.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("model.pt")), qPrintable(error));
  }

  void theWindowHasTheTabAndTheMenuAction() {
    MainWindow w;
    auto* panel = w.findChild<EmbeddingPanel*>(QStringLiteral("embeddingPanel"));
    QVERIFY(panel);
    const auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("centralTabs"));
    QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Embedding"));
    bool inFileMenu = false;
    for (QAction* a : w.findChild<QMenu*>(QStringLiteral("menuFile"))->actions())
      inFileMenu |= a == panel->exportProjectorAction();
    QVERIFY(inFileMenu);
  }
};

QTEST_MAIN(TestEmbeddingPanel)
#include "tst_embeddingpanel.moc"
