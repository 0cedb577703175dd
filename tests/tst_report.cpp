// twb report (issue #23, report/): real short runs made by the real twb (a comparison
// of DANN and its baselines over two seeds), then handouts of the folder, of one run
// and of doctored copies, read back as a student's browser and printer would get them.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "TwbProcess.h"

#include <cmath>

class TestReport : public QObject {
  Q_OBJECT

  QTemporaryDir tmp_;
  QString compare_;      // the twb compare folder
  QJsonArray rows_;      // its table, as twb compare --json printed it
  QString table_;        // and as it prints it

  static twbtest::TwbResult twb(const QStringList& args) { return twbtest::runTwb(args); }

  static QString readText(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
  }

  static QJsonObject readJson(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
  }

  static bool copyDir(const QString& from, const QString& to) {
    if (!QDir().mkpath(to))
      return false;
    for (const QFileInfo& info : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
      const QString target = to + "/" + info.fileName();
      if (info.isDir() ? !copyDir(info.filePath(), target) : !QFile::copy(info.filePath(), target))
        return false;
    }
    return true;
  }

  // Writes the report of `input` to `out`; the HTML text, failing the test on an error.
  QString report(const QString& input, const QString& out) {
    const auto r = twb({"report", input, "--out", out});
    if (r.code != 0)
      qWarning("%s", qPrintable(r.err));
    return r.code == 0 ? readText(out) : QString();
  }

  static QStringList dataImages(const QString& html) {
    QStringList out;
    const QRegularExpression re("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");
    for (auto it = re.globalMatch(html); it.hasNext();)
      out << it.next().captured(1);
    return out;
  }

  static QString percent(double fraction) { return QString::asprintf("%.2f%%", fraction * 100.0); }

  static void setTargetAcc(const QString& runDir, double acc) {
    QJsonObject s = readJson(runDir + "/summary.json");
    s["target_test_acc"] = acc;
    QFile f(runDir + "/summary.json");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(s).toJson());
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(tmp_.isValid());
    const QString exp = twbtest::writeTextFile(tmp_.path(), "dann.json",
                                               R"({"name": "DANN handout test", "training": {"steps": 40,
                                                   "batch_size": 16, "device": "cpu"}, "eval": {"every": 20}})");
    compare_ = tmp_.path() + "/comparison";
    auto r = twb({"compare", exp, "--seeds", "1,2", "--out", compare_, "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    rows_ = QJsonDocument::fromJson(r.out.toUtf8()).object()["rows"].toArray();
    QCOMPARE(rows_.size(), 3); // source_only, dann, target_only
    r = twb({"compare", exp, "--seeds", "1,2", "--out", compare_, "--collect"});
    QCOMPARE(r.code, 0);
    table_ = r.out;
  }

  // The handout of a comparison: twb compare's numbers, both seeds, every run's own
  // summary.json, the baselines' rows.
  void htmlOfAComparisonHoldsItsNumbers() {
    const QString html = report(compare_, tmp_.path() + "/comparison.html");
    QVERIFY(!html.isEmpty());
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    // Each row's cells as twb compare prints them ("| dann | reversal | 1, 2 | 12.3 ± 0.4% | ...").
    int rowsSeen = 0;
    for (const QString& line : table_.split('\n')) {
      if (!line.startsWith("| ") || line.startsWith("| Method") || line.startsWith("|---"))
        continue;
      ++rowsSeen;
      const QStringList cells = line.mid(2, line.size() - 4).split(" | ");
      QCOMPARE(cells.size(), 9);
      for (const QString& cell : cells)
        QVERIFY2(html.contains("<td>" + cell.toHtmlEscaped()) || html.contains(">" + cell.toHtmlEscaped() + "<") ||
                     html.contains(cell.toHtmlEscaped() + " <small>"),
                 qPrintable("not in the report: " + cell + " (of " + line + ")"));
    }
    QCOMPARE(rowsSeen, 3);
    // The same numbers from the JSON: mean ± sd with one decimal, per seed, gap closed.
    for (const auto& value : rows_) {
      const QJsonObject row = value.toObject();
      const QJsonObject acc = row["target_acc"].toObject();
      const QString meanSd = QString::asprintf("%.1f ± %.1f%%", acc["mean"].toDouble() * 100, acc["sd"].toDouble() * 100);
      QVERIFY2(html.contains(meanSd), qPrintable(meanSd));
      const QJsonArray seeds = acc["per_seed"].toArray();
      QCOMPARE(seeds.size(), 2);
      QVERIFY(html.contains(QString::asprintf("%.1f %.1f", seeds[0].toDouble() * 100, seeds[1].toDouble() * 100)));
      if (row["name"] == "dann")
        QVERIFY(html.contains(QString::asprintf("%.0f%%", row["gap_closed"].toDouble() * 100)));
      // Every run of the row, by its own summary.json.
      for (const auto& dir : row["run_dirs"].toArray()) {
        const QJsonObject summary = readJson(dir.toString() + "/summary.json");
        QVERIFY2(html.contains("<td>" + QFileInfo(dir.toString()).fileName() + "</td>"), qPrintable(dir.toString()));
        QVERIFY2(html.contains(percent(summary["target_test_acc"].toDouble())), qPrintable(dir.toString()));
      }
    }
    QVERIFY(html.contains("source_only <small>(lower bound)"));
    QVERIFY(html.contains("target_only <small>(upper bound)"));
    QVERIFY(html.contains("Seeds: 1, 2."));
    QVERIFY(html.contains("<td>dann-s1</td>") && html.contains("<td>dann-s2</td>"));
    QVERIFY(html.contains("DANN handout test"));      // the recipe's name
    QVERIFY(html.contains("&quot;steps&quot;: 40")); // the full experiment file, in the appendix
  }

  // Nothing outside the file: every image a data: URI, real PNGs with the curves drawn.
  void htmlIsSelfContainedWithRealCurves() {
    const QString html = readText(tmp_.path() + "/comparison.html");
    QVERIFY(!html.isEmpty());
    QVERIFY(!html.contains("href="));
    QVERIFY(!html.contains("url("));
    QVERIFY(!html.contains("file:"));
    const QRegularExpression src("src=\"([^\"]{0,30})");
    for (auto it = src.globalMatch(html); it.hasNext();) {
      const QString start = it.next().captured(1);
      QVERIFY2(start.startsWith("data:image/png;base64,"), qPrintable(start));
    }
    const QStringList images = dataImages(html);
    QCOMPARE(images.size(), 2); // loss and accuracy; no embedding map was saved
    for (const QString& b64 : images) {
      const QImage image = QImage::fromData(QByteArray::fromBase64(b64.toLatin1()), "PNG");
      QVERIFY(!image.isNull());
      QVERIFY2(image.width() >= 600 && image.width() <= 4000, qPrintable(QString::number(image.width())));
      QVERIFY(image.height() >= 300 && image.height() <= 3000);
      // DANN's lines (blue), source_only's (grey) and target_only's (green), drawn and anti-aliased.
      // Over the whole picture (the legend has each); in the plot area above the legend
      // (the top 80 %, right of the axis labels) the lines themselves.
      int blue = 0, green = 0, grey = 0, inPlot = 0;
      for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
          const QColor c = image.pixelColor(x, y);
          const auto near = [&](int r, int g, int b) {
            return std::abs(c.red() - r) < 20 && std::abs(c.green() - g) < 20 && std::abs(c.blue() - b) < 20;
          };
          const bool b = near(31, 119, 180), gr = near(44, 160, 44), g = near(127, 127, 127);
          blue += b;
          green += gr;
          grey += g;
          // Not grey there: the anti-aliased edges of the black tick labels are grey too.
          inPlot += (b || gr) && y < image.height() * 80 / 100 && x > image.width() / 10;
        }
      QVERIFY2(blue > 300 && green > 300 && grey > 300 && inPlot > 1000,
               qPrintable(QString("curve pixels: blue %1, green %2, grey %3, in the plot %4")
                              .arg(blue).arg(green).arg(grey).arg(inPlot)));
    }
    QVERIFY(html.contains("No embedding map was saved"));
  }

  void pdfOfAComparison() {
    const QString out = tmp_.path() + "/comparison.pdf";
    const auto r = twb({"report", compare_, "--out", out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    const qsizetype pages = QString::fromLatin1(pdf).count(QRegularExpression("/Type\\s*/Page[^s]"));
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages))); // tables, curves and appendix do not fit one page
    QVERIFY(pdf.contains("/Subtype /Image"));                 // the curves
    QVERIFY(QDir(tmp_.path()).entryList({"*.pdf*"}, QDir::Files).size() == 1); // no temporary file left
  }

  // One run: its own numbers and those of the baselines beside it with its seed only.
  void singleRunWithItsBaselines() {
    const QString html = report(compare_ + "/dann-s1", tmp_.path() + "/one.html");
    QVERIFY(!html.isEmpty());
    for (const char* run : {"dann-s1", "source_only-s1", "target_only-s1"}) {
      QVERIFY2(html.contains(QStringLiteral("<td>%1</td>").arg(run)), run);
      const QJsonObject s = readJson(compare_ + "/" + run + "/summary.json");
      QVERIFY2(html.contains(percent(s["target_test_acc"].toDouble())), run);
    }
    QVERIFY(!html.contains("dann-s2"));
    QVERIFY(!html.contains(" ± "));  // one seed: no spread
    QVERIFY(!html.contains("No baselines"));
  }

  void singleRunAloneSaysSo() {
    const QString lone = tmp_.path() + "/lone/dann-s1";
    QVERIFY(copyDir(compare_ + "/dann-s1", lone));
    const QString html = report(lone, tmp_.path() + "/lone.html");
    QVERIFY(!html.isEmpty());
    QVERIFY(html.contains("No baselines (source_only, target_only) with this recipe and seed were found"));
    QVERIFY(!html.contains("source_only-s1"));
  }

  // A method below source_only is said to be below; a lesson's title; a saved map.
  void negativeResultTitleAndMap() {
    const QString lesson = tmp_.path() + "/lesson";
    QVERIFY(copyDir(compare_, lesson));
    setTargetAcc(lesson + "/dann-s1", 0.01);
    setTargetAcc(lesson + "/dann-s2", 0.02);
    twbtest::writeTextFile(lesson, "lesson.json", R"({"title": "Lesson 4: when adaptation hurts"})");
    QImage map(400, 300, QImage::Format_RGB32);
    map.fill(QColor(200, 30, 160));
    QVERIFY(map.save(lesson + "/dann-s1/embedding.png"));
    const QString html = report(lesson, tmp_.path() + "/lesson.html");
    QVERIFY(!html.isEmpty());
    QVERIFY(html.contains("<h1>Lesson 4: when adaptation hurts</h1>"));
    QVERIFY(html.contains("Negative result:"));
    QVERIFY(html.contains("1.5 ± 0.7% on the target, below source_only"));
    QVERIFY(html.contains("(below source_only)"));
    const QStringList images = dataImages(html);
    QCOMPARE(images.size(), 3);
    const QImage shown = QImage::fromData(QByteArray::fromBase64(images[2].toLatin1()), "PNG");
    QCOMPARE(shown.size(), map.size());
    QCOMPARE(shown.pixelColor(10, 10), QColor(200, 30, 160));
    QVERIFY(!html.contains("No embedding map"));
  }

  // Bad input: one sentence naming it, exit 2, and no file (an old one left as it was).
  void badInputIsRefusedAndWritesNothing() {
    const QString empty = tmp_.path() + "/empty";
    QVERIFY(QDir().mkpath(empty + "/not-a-run"));
    const QString existing = twbtest::writeTextFile(tmp_.path(), "old.html", "old");
    struct Case {
      QStringList args;
      QString named, says, out;
    };
    const QString missing = tmp_.path() + "/no-such-folder";
    const QList<Case> cases = {
        {{missing, "--out", tmp_.path() + "/a.html"}, missing, "does not exist", tmp_.path() + "/a.html"},
        {{empty, "--out", tmp_.path() + "/b.html"}, empty, "holds no finished run", tmp_.path() + "/b.html"},
        {{missing, "--out", existing}, missing, "does not exist", existing},
        {{compare_, "--out", tmp_.path() + "/nowhere/c.html"}, tmp_.path() + "/nowhere/c.html", "does not exist",
         tmp_.path() + "/nowhere/c.html"},
        {{compare_, "--out", tmp_.path() + "/d.txt"}, tmp_.path() + "/d.txt", "must end in .html or .pdf",
         tmp_.path() + "/d.txt"},
        {{compare_, "--out", empty}, empty, "is a folder", QString()},
        {{tmp_.path() + "/dann.json", "--out", tmp_.path() + "/e.pdf"}, tmp_.path() + "/dann.json", "is a file",
         tmp_.path() + "/e.pdf"},
    };
    for (const Case& c : cases) {
      const auto r = twb(QStringList{"report"} + c.args);
      QVERIFY2(r.code == 2, qPrintable(c.args.join(' ') + ": " + QString::number(r.code) + " " + r.err));
      QCOMPARE(r.err.trimmed().count('\n'), 0);
      QVERIFY2(r.err.contains("'" + c.named + "'") && r.err.contains(c.says), qPrintable(r.err));
      if (c.out == existing)
        QCOMPARE(readText(existing), QStringLiteral("old"));
      else if (!c.out.isEmpty())
        QVERIFY2(!QFileInfo::exists(c.out), qPrintable(c.out));
    }
    QVERIFY(QDir(tmp_.path()).entryList({"*.tmp*", ".*tmp*"}, QDir::Files | QDir::Hidden).isEmpty());
    const auto r = twb({"report", compare_});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("--out"));
  }

  // Headless: no display and no QT_QPA_PLATFORM; and no other command starts Qt (a
  // platform that does not exist would abort one that did).
  void headlessAndOnlyReportStartsQt() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("QT_QPA_PLATFORM");
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    QProcess p;
    p.setProcessEnvironment(env);
    const QString out = tmp_.path() + "/headless.pdf";
    p.start(qEnvironmentVariable("TWB_BIN_DIR") + "/twb", {"report", compare_ + "/dann-s2", "--out", out});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(QFileInfo(out).size() > 1000);

    env.insert("QT_QPA_PLATFORM", "no-such-platform");
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("TWB_BIN_DIR") + "/twb", {"datasets", "--json"});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    p.start(qEnvironmentVariable("TWB_BIN_DIR") + "/twb", {"compare", tmp_.path() + "/dann.json", "--seeds", "1,2",
                                                           "--out", compare_, "--collect"});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
  }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
