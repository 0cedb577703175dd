// The method registry: every registered method runs, through `twb train` and through
// the window, on its own example experiment cut to 20 steps; each declares the
// metrics it logs; and no file of the window names a method (the window asks the
// registry). A method added with its files and one line of methods/MethodList.h is
// covered here without a line of its own.
#include "WindowTestSetup.h"
#include "TwbProcess.h"

#include "base/Errors.h"
#include "curves/CurvesView.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"
#include "run/RunController.h"
#include "training/Metrics.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <set>

namespace {

// A method's example, short: 20 steps (a fine-tuning's pretraining too), two evaluations.
twb::Experiment shortExample(const twb::Method& m) {
  twb::Experiment e = m.example();
  e.training.steps = 20;
  e.training.batchSize = 16;
  e.eval.every = 10;
  for (const twb::SettingSpec& s : m.settings())
    if (s.key == "pretrain_steps")
      e.method.settings.set(s.key, std::int64_t{20});
  return e;
}

} // namespace

class TestMethods : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QVERIFY(home_.isValid());
    twbtest::prepareWindowTests(home_);
  }

  void theRegistryIsConsistent() {
    std::set<std::string> names;
    for (const twb::Method* m : twb::allMethods()) {
      QVERIFY2(names.insert(m->name()).second, m->name().c_str());
      QVERIFY(m->title().translatable());
      QCOMPARE(twb::methodOf(m->example()).name(), m->name());
      for (const twb::SettingSpec& s : m->settings()) {
        QVERIFY2(s.title.translatable() && s.help.translatable(), s.key.c_str());
        QCOMPARE(m->setting(twb::defaultExperiment(), s.key), s.defaultValue); // none stored: its default
      }
    }
    // One lower and one upper bound, and a default that is a method between them.
    QCOMPARE(twb::boundMethod(twb::MethodRole::LowerBound).role(), twb::MethodRole::LowerBound);
    QCOMPARE(twb::boundMethod(twb::MethodRole::UpperBound).role(), twb::MethodRole::UpperBound);
    QCOMPARE(twb::defaultMethod().role(), twb::MethodRole::Method);
    QCOMPARE(twb::methodOf(twb::defaultExperiment()).name(), twb::defaultMethod().name());
    QVERIFY_THROWS_EXCEPTION(twb::InputError, [] {
      twb::Experiment e = twb::defaultExperiment();
      e.method.name = "no_such_method";
      twb::methodOf(e);
    }());
  }

  // `twb train` runs every method; every metric its run writes was declared by a
  // method or the trainer (so the window knows its plot and its name for people).
  void everyMethodRunsThroughTwb() {
    for (const twb::Method* m : twb::allMethods()) {
      const QString dir = tmp_.filePath(QString::fromStdString("twb-" + m->name()));
      const QString file = twbtest::writeTextFile(tmp_.path(), QString::fromStdString(m->name() + ".json"),
                                                  QByteArray::fromStdString(twb::experimentToJson(shortExample(*m))));
      const twbtest::TwbResult r = twbtest::runTwb({"train", file, "--out", dir, "--json"});
      QVERIFY2(r.code == 0, qPrintable(QString::fromStdString(m->name()) + ": " + r.err));
      const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
      QCOMPARE(summary.value("method").toString(), QString::fromStdString(m->name()));
      QCOMPARE(summary.value("steps").toInt(), 20);
      QCOMPARE(summary.value("status").toString(), QStringLiteral("completed"));
      QFile csv(dir + "/metrics.csv");
      QVERIFY(csv.open(QIODevice::ReadOnly));
      const QStringList columns = QString::fromUtf8(csv.readLine()).trimmed().split(',');
      QVERIFY(columns.size() > 4);
      for (const QString& column : columns.mid(3)) { // after step, epoch, wall_seconds
        const twb::MetricInfo info = twb::describeMetric(column.toStdString());
        QVERIFY2(info.title.translatable(), qPrintable(QString::fromStdString(m->name()) + " logs " + column +
                                                       ", which no method declares"));
        // A newcomer reads what it means in the legend's tooltip.
        QVERIFY2(info.meaning.translatable(), qPrintable(column + " has no one-line meaning"));
      }
    }
  }

  // The window runs every method too: its example set as the document, Start pressed,
  // curves arrive and the run finishes with its run directory.
  void everyMethodRunsThroughTheWindow() {
    for (const twb::Method* m : twb::allMethods()) {
      twb::ui::MainWindow window;
      window.show();
      QVERIFY(QTest::qWaitForWindowExposed(&window));
      window.setExperiment(shortExample(*m));
      QCOMPARE(window.experiment().method.name, m->name());
      QSignalSpy finished(window.runController(), &twb::ui::RunController::runFinished);
      auto* baselines = window.findChild<QAction*>(QStringLiteral("actionRunBaselines"));
      baselines->setChecked(false); // the method alone
      window.findChild<QAction*>(QStringLiteral("actionStart"))->trigger();
      QVERIFY2(window.isRunning(), m->name().c_str());
      auto* curves = window.findChild<twb::ui::CurvesView*>(QStringLiteral("curvesView"));
      QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 300000);
      QVERIFY2(finished.size() == 1, m->name().c_str());
      QVERIFY2(!curves->rows().empty(), m->name().c_str());
      QVERIFY(QFile::exists(finished.first().first().toString() + "/summary.json"));
    }
  }

  // What the window shows is asked of the registry: no file under ui/ names a method
  // in a string literal. A new method needs no change there.
  void noFileOfTheWindowNamesAMethod() {
    const QByteArray sourceDir = qgetenv("TWB_SOURCE_DIR");
    if (sourceDir.isEmpty())
      QSKIP("TWB_SOURCE_DIR is not set (CTest sets it)");
    QStringList quoted;
    for (const std::string& name : twb::methodNames())
      quoted << QRegularExpression::escape(QString::fromStdString(name));
    const QRegularExpression literal(QStringLiteral("\"(%1)\"").arg(quoted.join('|')));
    int files = 0;
    QDirIterator it(QString::fromLocal8Bit(sourceDir) + "/ui", {"*.cpp", "*.h"}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
      QFile f(it.next());
      QVERIFY(f.open(QIODevice::ReadOnly));
      const QString text = QString::fromUtf8(f.readAll());
      const QRegularExpressionMatch match = literal.match(text);
      QVERIFY2(!match.hasMatch(), qPrintable(f.fileName() + " names " + match.captured(0)));
      ++files;
    }
    QVERIFY(files > 50);
  }

private:
  QTemporaryDir home_, tmp_;
};

QTEST_MAIN(TestMethods)
#include "tst_methods.moc"
