// Lessons (issue #23): the built-in lesson files read, in both languages; a teacher's
// malformed file is refused naming its line; "what just happened" quotes the numbers
// the lesson's runs wrote; the window runs a lesson from its start page and points at
// what it names; presenter mode enlarges and gives everything back.
// TWB_LESSONS_FULL=1 also runs every built-in lesson as shipped, from the start page,
// and writes each one's timings, findings and a 1280x720 screenshot to
// TWB_LESSONS_OUT (docs/lessons.md), in TWB_LESSONS_LANG (en or zh_CN).
#include "WindowTestSetup.h"
#include "base/AtomicFile.h"
#include "base/Errors.h"
#include "experiment/ExperimentFile.h"
#include "curves/CurveStyle.h"
#include "curves/CurvesView.h"
#include "lessons/Lesson.h"
#include "lessons/LessonLibrary.h"
#include "lessons/LessonNumbers.h"
#include "lessons/LessonPanel.h"
#include "lessons/LessonsPage.h"
#include "model/ModelPanel.h"
#include "report/ReportExport.h"
#include "run/RunController.h"
#include "training/RunSummary.h"
#include "window/Language.h"
#include "window/MainWindow.h"
#include "window/PresenterMode.h"

#include <qcustomplot.h>

#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <filesystem>

using twb::ui::MainWindow;

namespace {

std::string errorOf(const std::string& text) {
  try {
    twb::parseLesson(text, "my_lesson.json");
  } catch (const twb::InputError& e) {
    return e.what();
  }
  return {};
}

// A lesson a teacher might write: tiny runs so the test is quick, its own experiment
// file beside it, and sentences that quote the numbers.
// (An escaped literal: moc does not read raw string literals.)
const char* kTeachersLesson =
    "{\n"
    "  \"lesson\": 9,\n"
    "  \"title\": {\"en\": \"A quick check\", \"zh_CN\": \"快速检查\"},\n"
    "  \"explanation\": \"<p>Two short runs.</p><p class=\\\"formula\\\">λ(p) = 2 / (1 + e<sup>−γp</sup>) − 1</p>\",\n"
    "  \"runs\": [\n"
    "    {\"id\": \"dann\", \"label\": \"DANN and source only\", \"experiment\": \"tiny.json\",\n"
    "     \"set\": {\"training.steps\": 20, \"eval.every\": 10}, \"baselines\": [\"source_only\"]}\n"
    "  ],\n"
    "  \"watch\": [{\"show\": \"curve:acc/target_test\", \"text\": \"the target\"}],\n"
    "  \"after\": [\n"
    "    {\"text\": \"DANN read {dann.target_test_acc:%}, source only {dann.source_only.target_test_acc:%}.\"},\n"
    "    {\"if\": \"dann.target_test_acc > dann.source_only.target_test_acc\", \"text\": \"DANN ahead by {dann.target_test_acc - dann.source_only.target_test_acc:pts} points.\"},\n"
    "    {\"if\": \"dann.target_test_acc <= dann.source_only.target_test_acc\", \"text\": \"DANN not ahead.\"}\n"
    "  ],\n"
    "  \"question\": \"Why?\",\n"
    "  \"panels\": [\"dock:runs\"]\n"
    "}";

double summaryAcc(const std::string& dir) {
  return twb::parseSummary(twb::readFile((std::filesystem::path(dir) / "summary.json").string()), dir).targetTestAcc;
}

QString percent(double value) {
  return QString::number(100.0 * value, 'f', 1) + QStringLiteral(" %");
}

} // namespace

class TestLessons : public QObject {
  Q_OBJECT

  QTemporaryDir home_;

private slots:
  void initTestCase() {
    QVERIFY(home_.isValid());
    twbtest::prepareWindowTests(home_);
    const QByteArray language = qgetenv("TWB_LESSONS_LANG");
    if (!language.isEmpty())
      twb::ui::language::apply(QString::fromLatin1(language));
  }

  // The seven parts of the lecture, in order, each in English and Chinese, each run's
  // experiment found among the examples and valid with the lesson's settings.
  void theBuiltInLessonsWalkTheLecture() {
    QStringList errors;
    const std::vector<twb::Lesson> lessons = twb::ui::builtInLessons(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(lessons.size(), std::size_t(7));
    for (std::size_t i = 0; i < lessons.size(); ++i) {
      const twb::Lesson& l = lessons[i];
      QCOMPARE(l.number, static_cast<int>(i) + 1);
      for (const twb::LessonText* text : {&l.title, &l.explanation, &l.question, &l.summary, &l.timing}) {
        QVERIFY2(text->byLanguage.count("en") && text->byLanguage.count("zh_CN"), l.file.c_str());
        QVERIFY(text->in("zh_CN") != text->in("en"));
      }
      QVERIFY2(l.minutes <= 3, l.file.c_str()); // the budget, as measured (docs/lessons.md)
      QVERIFY2(!l.findings.empty() && !l.runs.empty() && !l.fullRecipe.empty(), l.file.c_str());
      std::map<std::string, std::string> dirs;
      for (const twb::LessonRun& run : l.runs) {
        const twb::Experiment e = twb::ui::lessonExperiment(l, run, dirs);
        QVERIFY(e.training.steps > 0);
        dirs[run.id] = home_.path().toStdString(); // what a later run may start from
      }
      QVERIFY2(l.explanation.in("en").find("class=\"formula\"") != std::string::npos, l.file.c_str());
    }
    // Lesson 6 runs the naive loss the lecture warns of.
    QCOMPARE(twb::ui::lessonExperiment(lessons[5], lessons[5].runs[1]).zeroshot.loss, std::string("l2"));
  }

  // A teacher's mistake is one error naming the file, the line and what is wrong.
  void aMalformedLessonNamesItsLine() {
    std::string e = errorOf("{\n  \"lesson\": 1,\n  \"title\": \"x\"\n  \"explanation\": \"y\"\n}");
    QVERIFY2(e.find("my_lesson.json, line 4") != std::string::npos, e.c_str());

    const std::string base = "{\n \"lesson\": 1,\n \"title\": \"t\",\n \"explanation\": \"e\",\n \"runs\": [\n"
                             "  {\"id\": \"a\", \"label\": \"l\", \"experiment\": \"x.json\"}\n ],\n";
    e = errorOf(base + " \"watch\": [\n  {\"show\": \"dock:nowhere\", \"text\": \"t\"}\n ]\n}");
    QVERIFY2(e.find("line 9") != std::string::npos && e.find("dock:nowhere") != std::string::npos, e.c_str());
    e = errorOf(base + " \"after\": [\n  {\"if\": \"a.x >\", \"text\": \"t\"}\n ]\n}");
    QVERIFY2(e.find("line 9") != std::string::npos && e.find("a.x >") != std::string::npos, e.c_str());
    e = errorOf(base + " \"after\": [\n  {\"text\": \"value {a.x:q}\"}\n ]\n}");
    QVERIFY2(e.find("line 9") != std::string::npos && e.find("'q'") != std::string::npos, e.c_str());
    e = errorOf(base + " \"colour\": \"red\"\n}");
    QVERIFY2(e.find("line 8") != std::string::npos && e.find("colour") != std::string::npos, e.c_str());
    e = errorOf("{\n \"lesson\": 1,\n \"title\": \"t\",\n \"explanation\": \"e\",\n \"runs\": [\n  {\"id\": \"a\", "
                "\"label\": \"l\"}\n ]\n}");
    QVERIFY2(e.find("line 6") != std::string::npos && e.find("experiment") != std::string::npos, e.c_str());
    // Nesting a condition or a {number} thousands of levels deep is refused, not a
    // stack overflow (fuzz_lesson found it).
    const std::string deep = std::string(100000, '(') + "1" + std::string(100000, ')');
    e = errorOf(base + " \"after\": [\n  {\"if\": \"" + deep + "\", \"text\": \"t\"}\n ]\n}");
    QVERIFY2(e.find("line 9") != std::string::npos && e.find("nested") != std::string::npos, e.substr(0, 200).c_str());
    e = errorOf(base + " \"after\": [\n  {\"text\": \"{" + std::string(100000, '-') + "1}\"}\n ]\n}");
    QVERIFY2(e.find("line 9") != std::string::npos && e.find("nested") != std::string::npos, e.substr(0, 200).c_str());
    QVERIFY(!twb::evaluateLessonExpression(deep, {}));
    QVERIFY(errorOf(kTeachersLesson).empty());
  }

  // The sentences are the runs' numbers: another outcome, another sentence.
  void findingsFollowTheNumbers() {
    const twb::Lesson l = twb::parseLesson(kTeachersLesson, "t.json");
    twb::LessonNumbers n{{"dann.target_test_acc", 0.612}, {"dann.source_only.target_test_acc", 0.3}};
    QCOMPARE(*twb::fillLessonText(l.findings[0].text.in("en"), n), std::string("DANN read 61.2 %, source only 30.0 %."));
    QCOMPARE(*twb::evaluateLessonExpression(l.findings[1].condition, n), 1.0);
    QCOMPARE(*twb::fillLessonText(l.findings[1].text.in("en"), n), std::string("DANN ahead by 31.2 points."));
    QCOMPARE(*twb::evaluateLessonExpression(l.findings[2].condition, n), 0.0);
    n["dann.target_test_acc"] = 0.2;
    QCOMPARE(*twb::evaluateLessonExpression(l.findings[1].condition, n), 0.0);
    QCOMPARE(*twb::evaluateLessonExpression("max(1, 2 * 3) - abs(-2) >= 4 and 1 < 2", n), 1.0);
    QCOMPARE(*twb::evaluateLessonExpression("(1 + 2) * 3 / 9 - -1", n), 2.0);
    // A number no run wrote yet: the sentence waits instead of saying something false.
    QVERIFY(!twb::fillLessonText("{dann.domain_acc:%}", n));
    QVERIFY(!twb::evaluateLessonExpression("dann.domain_acc > 0.5", n));
  }

  // From the start page to "what just happened", as a class would do it.
  void aLessonRunsFromTheStartPageAndSaysWhatHappened() {
    QTemporaryDir dir;
    twb::Experiment tiny = twb::defaultExperiment();
    tiny.name = "tiny DANN";
    tiny.method.name = "dann";
    tiny.training.batchSize = 32;
    twb::saveExperimentFile(dir.filePath(QStringLiteral("tiny.json")).toStdString(), tiny);
    QFile file(dir.filePath(QStringLiteral("lesson.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kTeachersLesson);
    file.close();

    MainWindow window;
    window.resize(1280, 720);
    window.show();
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("centralTabs"));
    QCOMPARE(tabs->currentWidget(), window.lessonsPage()); // the start page
    QCOMPARE(tabs->tabText(0), QStringLiteral("Lessons"));
    QVERIFY(window.lessonsPage()->lessonButton(6));

    // A built-in lesson from its card: its dock, its first experiment in the form.
    QTest::mouseClick(window.lessonsPage()->lessonButton(5), Qt::LeftButton);
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("lessonDock"));
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(window.experiment().method.name, std::string("zeroshot"));
    QVERIFY(window.lessonPanel()->browser()->toPlainText().contains(QStringLiteral("margin loss")));

    // The teacher's lesson: Run, then the findings quote the summaries.
    window.openLesson(twb::ui::readLessonFile(dir.filePath(QStringLiteral("lesson.json"))));
    twb::ui::LessonPanel* panel = window.lessonPanel();
    QVERIFY(panel->browser()->toPlainText().contains(QStringLiteral("Run the lesson's experiments first")));
    QTest::mouseClick(panel->runButton(0), Qt::LeftButton);
    QVERIFY(window.isRunning());
    QCOMPARE(window.experiment().training.steps, std::int64_t(20));
    QTRY_VERIFY_WITH_TIMEOUT(panel->activeRun() < 0, 240000);
    QVERIFY(panel->runDirs().count("dann"));
    const std::string dannDir = panel->runDirs().at("dann");
    QVERIFY(panel->numbers().count("dann.source_only.target_test_acc"));
    const double dann = summaryAcc(dannDir);
    const double sourceOnly = panel->numbers().at("dann.source_only.target_test_acc");
    const QStringList said = panel->findings();
    QCOMPARE(said.size(), 2);
    QCOMPARE(said[0], QStringLiteral("DANN read %1, source only %2.").arg(percent(dann), percent(sourceOnly)));
    QCOMPARE(said[1].startsWith(QStringLiteral("DANN ahead")), dann > sourceOnly);
    QVERIFY(panel->browser()->toPlainText().contains(said[0]));
    QVERIFY(panel->runButton(0)->text().contains(QStringLiteral("took")));
    QVERIFY(panel->secondsOf(0) > 0);

    // The handout: the lesson, what it said, the question, and both runs' curves and rows.
    const QString handout = dir.filePath(QStringLiteral("handout.html"));
    QSignalSpy written(window.reportExport(), &twb::ui::ReportExport::finished);
    QVERIFY(window.writeLessonHandout(handout));
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 60000);
    QCOMPARE(written.at(0).at(1).toString(), QString());
    QFile page(handout);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(page.readAll());
    QVERIFY2(html.contains(said[0].toHtmlEscaped()) || html.contains(said[0]), qPrintable(said[0]));
    QVERIFY(html.contains(QStringLiteral("Question for the class")) && html.contains(QStringLiteral("Why?")));
    QVERIFY(html.contains(QStringLiteral("Lesson 9: A quick check")));
    QVERIFY(html.contains(QStringLiteral("source_only")) && html.contains(QStringLiteral("data:image/png;base64,")));
  }

  // Each thing a lesson can point at is raised and outlined where it is.
  void everyTargetIsShownAndOutlined() {
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    std::vector<std::string> targets = twb::lessonTargets();
    targets.push_back("curve:acc/target_test");
    for (const std::string& target : targets) {
      QWidget* outline = window.showLessonTarget(QString::fromStdString(target));
      QVERIFY2(outline, target.c_str());
      QVERIFY2(outline->isVisible() && outline->width() > 20 && outline->height() > 20, target.c_str());
      QVERIFY2(window.rect().contains(outline->geometry()), target.c_str());
    }
    QVERIFY(!window.showLessonTarget(QStringLiteral("tab:nowhere")));
    // A curve is outlined on its own plot, not the whole view.
    auto* curves = window.findChild<twb::ui::CurvesView*>(QStringLiteral("curvesView"));
    QWidget* outline = window.showLessonTarget(QStringLiteral("curve:lambda"));
    QVERIFY(outline->height() < curves->plot()->height() * 2 / 3);
  }

  // F11: full screen, larger text, wider high-contrast curves, the lesson's panels;
  // F11 again: everything as it was.
  void presenterModeEnlargesAndGivesBack() {
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const std::vector<twb::Lesson> lessons = twb::ui::builtInLessons();
    window.openLesson(lessons[3]); // DANN: keeps the Runs dock only
    const double points = QApplication::font().pointSizeF();
    const QPen pen = twb::ui::penFor("acc/target_test", 0);
    auto* experimentDock = window.findChild<QDockWidget*>(QStringLiteral("experimentDock"));
    auto* runsDock = window.findChild<QDockWidget*>(QStringLiteral("runsDock"));
    QVERIFY(experimentDock->isVisible());

    window.presenterAction()->trigger();
    QVERIFY(window.isPresenting());
    QTRY_VERIFY(window.isFullScreen());
    QCOMPARE(QApplication::font().pointSizeF(),
             points * twb::ui::PresenterMode::fontScaleFor(window.screen()->size()));
    QVERIFY(QApplication::font().pointSizeF() >= points * 1.25);
    QVERIFY(!experimentDock->isVisible());
    QVERIFY(!runsDock->isHidden()); // the lesson's panel stays (tabbed beside Datasets)
    QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("lessonDock"))->isVisible());
    const QPen bright = twb::ui::penFor("acc/target_test", 0);
    QCOMPARE(bright.widthF(), pen.widthF() * 2);
    QVERIFY(bright.color() != pen.color());

    window.presenterAction()->trigger();
    QVERIFY(!window.isPresenting());
    QTRY_VERIFY(!window.isFullScreen());
    QCOMPARE(QApplication::font().pointSizeF(), points);
    QTRY_VERIFY(experimentDock->isVisible());
    QCOMPARE(twb::ui::penFor("acc/target_test", 0), pen);
  }

  // TWB_LESSONS_FULL=1: every built-in lesson as shipped, from the start page.
  void everyLessonInFull_data() {
    QTest::addColumn<int>("index");
    for (int i = 0; i < 7; ++i)
      QTest::newRow(qPrintable(QStringLiteral("lesson %1").arg(i + 1))) << i;
  }
  void everyLessonInFull() {
    if (qEnvironmentVariableIntValue("TWB_LESSONS_FULL") != 1)
      QSKIP("TWB_LESSONS_FULL=1 runs the seven lessons in full (about 15 minutes)");
    QFETCH(int, index);
    const QString out = qEnvironmentVariable("TWB_LESSONS_OUT", home_.filePath(QStringLiteral("lessons")));
    QDir().mkpath(out);
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(window.lessonsPage()->lessonButton(index), Qt::LeftButton);
    if (index == 0)
      window.grab().save(out + QStringLiteral("/start-page.png"));
    twb::ui::LessonPanel* panel = window.lessonPanel();
    QJsonArray runs;
    for (std::size_t r = 0; r < panel->lesson()->runs.size(); ++r) {
      QTest::mouseClick(panel->runButton(static_cast<int>(r)), Qt::LeftButton);
      QVERIFY(panel->activeRun() == static_cast<int>(r));
      QTRY_VERIFY_WITH_TIMEOUT(panel->activeRun() < 0, 600000);
      runs.append(QJsonObject{{QStringLiteral("id"), QString::fromStdString(panel->lesson()->runs[r].id)},
                              {QStringLiteral("seconds"), panel->secondsOf(static_cast<int>(r))}});
    }
    for (const auto& watch : panel->lesson()->watch) // what the lesson points at first
      if (watch.target.rfind("curve:", 0) != 0) {
        window.showLessonTarget(QString::fromStdString(watch.target));
        break;
      }
    QTest::qWait(300);
    const QString name = QStringLiteral("%1/lesson-%2").arg(out).arg(index + 1);
    window.grab().save(name + QStringLiteral(".png"));
    QJsonObject numbers;
    for (const auto& [key, value] : panel->numbers())
      numbers[QString::fromStdString(key)] = value;
    const QJsonObject record{{QStringLiteral("lesson"), index + 1},
                             {QStringLiteral("runs"), runs},
                             {QStringLiteral("findings"), QJsonArray::fromStringList(panel->findings())},
                             {QStringLiteral("numbers"), numbers}};
    QFile file(name + QStringLiteral(".json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(record).toJson());
    // The lesson's handout, as a class would get it (a sweep writes no run to hand out).
    if (window.writeLessonHandout(name + QStringLiteral(".pdf"))) {
      QSignalSpy written(window.reportExport(), &twb::ui::ReportExport::finished);
      QVERIFY(written.wait(120000));
      QCOMPARE(written.at(0).at(1).toString(), QString());
    }
    QVERIFY2(!panel->findings().isEmpty(), "no finding was written from the runs");
  }
};

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
