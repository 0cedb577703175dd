// The `twb` program as scripts use it: exit codes 0 / 1 / 2, one clear error
// sentence on stderr, JSON on stdout, run directories on disk.
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "TwbProcess.h"
#include "data/Speech.h"

class TestTwbCli : public QObject {
  Q_OBJECT

  using Result = twbtest::TwbResult;

  QTemporaryDir tmp_;

  static Result twb(const QStringList& args) { return twbtest::runTwb(args); }

  QString writeFile(const QString& name, const QByteArray& text) { return twbtest::writeTextFile(tmp_.path(), name, text); }

private Q_SLOTS:
  void versionAndHelp() {
    auto r = twb({"--version"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("twb 0."));
    for (const QStringList& args : {QStringList{"--help"}, QStringList{"train", "--help"}, QStringList{"datasets", "--help"}}) {
      r = twb(args);
      QCOMPARE(r.code, 0);
      QVERIFY(r.out.startsWith("usage: twb"));
    }
  }

  // On a processor with AVX2, OpenBLAS runs kernels that use it. Debian 12's OpenBLAS
  // falls back to SSE3 ("Prescott") kernels on processors newer than it (Intel's
  // Sapphire and Emerald Rapids): sgemm 5 times slower, CDAN's step half as fast. twb
  // then restarts itself with OPENBLAS_CORETYPE (nn/ComputeInfo.h); started without it,
  // it must say kernels with AVX2 or better.
  void blasKernelsFitTheProcessor() {
    QFile cpuinfo("/proc/cpuinfo");
    if (!cpuinfo.open(QIODevice::ReadOnly))
      QSKIP("no /proc/cpuinfo");
    const QString info = QString::fromLatin1(cpuinfo.readAll());
    const QRegularExpression avx2(R"(^flags\s*:.*\bavx2\b.*\bfma\b|^flags\s*:.*\bfma\b.*\bavx2\b)",
                                  QRegularExpression::MultilineOption);
    if (!avx2.match(info).hasMatch())
      QSKIP("this processor has no AVX2 and FMA");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("OPENBLAS_CORETYPE"); // as a user starts it (this test's own process may have set it)
    env.remove("TWB_OPENBLAS_FALLBACK");
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("TWB_BIN_DIR") + "/twb", {"--version"});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (!out.contains("OpenBLAS"))
      QSKIP("the BLAS is not OpenBLAS");
    const QRegularExpressionMatch kernels = QRegularExpression(R"((\w+) kernels)").match(out);
    QVERIFY2(kernels.hasMatch(), qPrintable(out));
    const QStringList withAvx2{"Haswell", "Zen", "SkylakeX", "Cooperlake", "SapphireRapids"};
    QVERIFY2(withAvx2.contains(kernels.captured(1), Qt::CaseInsensitive), qPrintable(out));
  }

  void badUsageExitsTwo() {
    auto r = twb({});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("no command"));
    r = twb({"frobnicate"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("unknown command 'frobnicate'"));
    r = twb({"train"});
    QCOMPARE(r.code, 2);
    r = twb({"train", "x.json", "--bogus"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("unknown option '--bogus'"));
  }

  void badInputExitsTwoNamingTheFile() {
    auto r = twb({"train", tmp_.path() + "/missing.json"});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed(), "twb: " + tmp_.path() + "/missing.json: no such file");

    const QString bad = writeFile("bad.json", R"({"training": {"stpes": 5}})");
    r = twb({"train", bad});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed(), "twb: " + bad + ": unknown key 'training.stpes'");
    QCOMPARE(r.err.count('\n'), 1); // one sentence, no stack trace

    const QString good = writeFile("good.json", "{}");
    r = twb({"train", good, "--set", "training.steps=-4"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("'training.steps' must be at least 1"));
  }

  void datasetsJsonListsDigits() {
    const auto r = twb({"datasets", "--json"});
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!list.isEmpty());
    const QJsonObject digits = list.first().toObject();
    QCOMPARE(digits["name"].toString(), QString("digits"));
    QCOMPARE(digits["classes"].toInt(), 10);
    QCOMPARE(digits["train"].toInt(), 4000);
    QCOMPARE(digits["test"].toInt(), 1000);
    QVERIFY(digits["available"].toBool());
  }

  void datasetsShowGivesStatsAndAGrid() {
    const QString grid = tmp_.path() + "/grid.png";
    auto r = twb({"datasets", "show", "digits-m", "--grid", grid, "--json"});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o["name"].toString(), QString("digits-m"));
    QCOMPARE(o["channels"].toInt(), 3);
    QCOMPARE(o["train"].toInt(), 4000);
    QCOMPARE(o["classes"].toArray().size(), 10);
    QCOMPARE(o["classes"].toArray()[0].toObject()["train"].toInt(), 400);
    QCOMPARE(o["mean"].toArray().size(), 3);
    QVERIFY(QFileInfo(grid).size() > 1000);
    QVERIFY(QImage(grid).width() > 200);

    r = twb({"datasets", "show", "folder:" + tmp_.path() + "/nope"});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed(), "twb: folder:" + tmp_.path() + "/nope: no such folder");
    r = twb({"datasets", "show"});
    QCOMPARE(r.code, 2);
  }

  // twb datasets show SPEC --wav DIR (issue #22): utterances to hear from a terminal,
  // one sub-folder per class, each file core's waveform of the item its name gives;
  // folder:DIR reads them back as the same ten classes. A spec without audio and a DIR
  // that holds something are refused before anything is written.
  void datasetsShowWritesUtterancesAsWav() {
    const QString spec = "spoken-digits:voices=flite:slt";
    const QString dir = tmp_.path() + "/hear";
    auto r = twb({"datasets", "show", spec, "--wav", dir, "--per-class", "2", "--json"});
    QCOMPARE(r.code, 0);
    const QJsonObject wav = QJsonDocument::fromJson(r.out.toUtf8()).object()["wav"].toObject();
    QCOMPARE(wav["files"].toInt(), 20);
    QCOMPARE(wav["sample_rate"].toInt(), 16000);
    const QStringList classes = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(classes, (QStringList{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}));
    const QRegularExpression name(R"(^train-(\d{5})_flite-slt\.wav$)");
    for (const QString& c : classes) {
      const QStringList files = QDir(dir + "/" + c).entryList(QDir::Files);
      QCOMPARE(files.size(), 2);
      for (const QString& file : files) {
        const auto match = name.match(file);
        QVERIFY2(match.hasMatch(), qPrintable(file));
        const twb::Waveform w = twb::readWav((dir + "/" + c + "/" + file).toStdString());
        QCOMPARE(w.sampleRate, 16000);
        QCOMPARE(w.seconds(), 1.0);
        QVERIFY(w.samples == twb::spokenDigitsWaveform(spec.toStdString(), 1, false, match.captured(1).toULong()).samples);
      }
    }
    QVERIFY(QDir(tmp_.path()).entryList({"hear.tmp-*"}, QDir::AllEntries).isEmpty());

    r = twb({"datasets", "show", "folder:" + dir, "--json"});
    QCOMPARE(r.code, 0);
    const QJsonObject back = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(back["classes"].toArray().size(), 10);
    QCOMPARE(back["loaded"].toInt(), 20);

    r = twb({"datasets", "show", spec, "--wav", dir});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--wav " + dir + " exists and is not an empty folder"), qPrintable(r.err));
    r = twb({"datasets", "show", "digits", "--wav", tmp_.path() + "/digits-wav"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--wav needs a spoken-digits spec"), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(tmp_.path() + "/digits-wav"));
    r = twb({"datasets", "show", spec, "--wav", tmp_.path() + "/none", "--per-class", "0"});
    QCOMPARE(r.code, 2);
    QVERIFY(!QFileInfo::exists(tmp_.path() + "/none"));
  }

  void trainWritesARunAndPrintsJson() {
    const QString exp = writeFile("exp.json", R"({"seed": 2, "target": {"dataset": "digits"}, "method": {"name": "source_only"}, "training": {"steps": 500, "lr_schedule": "constant"}, "eval": {"every": 50}})");
    const QString out = tmp_.path() + "/run";
    auto r = twb({"train", exp, "--out", out, "--set", "training.steps=120", "--set", "training.device=cpu", "--json"});
    QCOMPARE(r.code, 0);
    const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(s["steps"].toInt(), 120);
    QCOMPARE(s["seed"].toInt(), 2);
    QCOMPARE(s["run_dir"].toString(), out);
    QVERIFY2(s["target_test_acc"].toDouble() > 0.5, qPrintable(r.out));
    for (const char* f : {"experiment.json", "metrics.csv", "summary.json", "model.pt"})
      QVERIFY2(QFile::exists(out + "/" + f), f);

    // The same --out again is refused, and the first run is intact.
    r = twb({"train", exp, "--out", out, "--set", "training.steps=10"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("already holds a run"));
    QVERIFY(QFile::exists(out + "/model.pt"));
  }

  // twb compare: the method and its bounds for each seed, the table over seeds (the
  // window's results table), cached cells read back, and --plan / --collect for a
  // comparison filled elsewhere.
  void compareRunsAMethodBesideItsBaselines() {
    const QString exp = writeFile("compare.json", R"({"training": {"steps": 20, "batch_size": 16, "device": "cpu"},
                                                    "eval": {"every": 10}})");
    const QString out = tmp_.path() + "/comparison";
    auto r = twb({"compare", exp, "--seeds", "1,2", "--out", out, "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).object()["rows"].toArray();
    QCOMPARE(rows.size(), 3);
    QStringList methods;
    for (const auto& row : rows)
      methods << row.toObject()["name"].toString();
    QCOMPARE(methods, (QStringList{"source_only", "dann", "target_only"})); // the method between its bounds
    const auto mean = [&](int i, const char* key) { return rows[i].toObject()[key].toObject()["mean"].toDouble(); };
    for (int i = 0; i < 3; ++i) {
      const QJsonObject row = rows[i].toObject();
      QCOMPARE(row["seeds"].toArray().size(), 2);
      const QJsonArray perSeed = row["target_acc"].toObject()["per_seed"].toArray();
      QCOMPARE(perSeed.size(), 2);
      // The mean is the two seeds' own summaries' mean.
      QCOMPARE(mean(i, "target_acc"), (perSeed[0].toDouble() + perSeed[1].toDouble()) / 2);
      for (const auto& dir : row["run_dirs"].toArray())
        QVERIFY(QFile::exists(dir.toString() + "/summary.json"));
    }
    const double lower = mean(0, "target_acc"), upper = mean(2, "target_acc");
    QCOMPARE(rows[1].toObject()["gap_closed"].toDouble(), (mean(1, "target_acc") - lower) / (upper - lower));
    QVERIFY(rows[0].toObject()["domain_acc"].isNull());    // a baseline has no domain classifier
    QVERIFY(!rows[1].toObject()["domain_acc"].isNull());   // DANN has
    QCOMPARE(rows[1].toObject()["settings"].toString(), QStringLiteral("reversal"));

    // Again: every cell is read back, nothing trains, the table is the same.
    const auto again = twb({"compare", exp, "--seeds", "1,2", "--out", out});
    QCOMPARE(again.code, 0);
    QCOMPARE(again.err.count("read back"), 6);
    QVERIFY2(again.out.contains("| dann | reversal | 1, 2 |"), qPrintable(again.out));

    // --plan: a command a missing cell, for machines that fill the same folder.
    r = twb({"compare", exp, "--seeds", "3", "--out", out, "--plan"});
    QCOMPARE(r.code, 0);
    const QStringList plan = r.out.trimmed().split('\n');
    QCOMPARE(plan.size(), 3); // dann, source_only, target_only for seed 3
    for (const QString& line : plan)
      QVERIFY2(line.contains(" train ") && line.contains("/plan/") && line.contains("-s3"), qPrintable(line));
    const QStringList first = plan.front().split(' ');
    QCOMPARE(twb(first.mid(1)).code, 0); // run one as a job array would
    r = twb({"compare", exp, "--seeds", "3", "--out", out, "--collect"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("missing 2 of 3 cells"), qPrintable(r.out));

    r = twb({"compare", exp, "--out", out});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("--seeds"));
    r = twb({"compare", exp, "--seeds", "1", "--out", out, "--methods", "magic"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("'magic' is not a method"), qPrintable(r.err));
  }

  // twb evaluate: a digits run on its own test split gives its summary's number; on
  // digits-m, the same classes in colour, per class; on a dataset of other classes, one error.
  void evaluateMeasuresARunOnAnyDataset() {
    const QString exp = writeFile("eval.json", R"({"target": {"dataset": "digits"}, "method": {"name": "source_only"},
        "training": {"steps": 60, "batch_size": 32, "lr_schedule": "constant", "device": "cpu"}, "eval": {"every": 60}})");
    const QString run = tmp_.path() + "/evalrun";
    auto r = twb({"train", exp, "--out", run, "--json"});
    QCOMPARE(r.code, 0);
    const double sourceAcc = QJsonDocument::fromJson(r.out.toUtf8()).object()["source_test_acc"].toDouble();

    r = twb({"evaluate", run, "digits", "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()["accuracy"].toDouble(), sourceAcc);

    r = twb({"evaluate", run, "digits-m", "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject ev = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray classes = ev["classes"].toArray();
    QCOMPARE(classes.size(), 10);
    int images = 0, correct = 0;
    for (const auto& c : classes) {
      images += c.toObject()["images"].toInt();
      correct += c.toObject()["correct"].toInt();
    }
    QCOMPARE(images, ev["images"].toInt());
    QVERIFY(images > 0);
    QCOMPARE(ev["accuracy"].toDouble(), static_cast<double>(correct) / images);
    r = twb({"evaluate", run, "digits-m"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("on digits-m (test split)") && r.out.contains("\n9 "), qPrintable(r.out));

    r = twb({"evaluate", run, "fashion"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("shares no class name"), qPrintable(r.err));
  }

  void embedWritesTensorBoardProjectorFiles() {
    const QString exp = writeFile("embed.json", R"({"training": {"steps": 40, "batch_size": 32, "device": "cpu"}, "eval": {"every": 40}})");
    const QString run = tmp_.path() + "/embedrun";
    QCOMPARE(twb({"train", exp, "--out", run}).code, 0);
    const QString out = tmp_.path() + "/projector";

    auto r = twb({"embed", "--help"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("usage: twb embed"));
    r = twb({"embed", run, "--out", out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("no --layer NAME given") && r.err.contains("conv2"), qPrintable(r.err));
    r = twb({"embed", run, "--layer", "conv7", "--out", out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("no layer 'conv7'"), qPrintable(r.err));
    r = twb({"embed", tmp_.path() + "/nope", "--layer", "fc2", "--out", out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("no such folder"), qPrintable(r.err));
    r = twb({"embed", run, "--layer", "fc2", "--split", "val", "--out", out});
    QCOMPARE(r.code, 2);
    QVERIFY(!QFile::exists(out));

    r = twb({"embed", run, "--layer", "fc2", "--max-per-domain", "100", "--out", out, "--json"});
    QCOMPARE(r.code, 0);
    const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(j["n"].toInt(), 200);
    QCOMPARE(j["source"].toObject()["used"].toInt(), 100);
    QVERIFY(j["source"].toObject()["available"].toInt() > 100);
    QCOMPARE(j["target"].toObject()["dataset"].toString(), QString("digits-m"));
    const double mixing = j["domain_mixing"].toDouble(-1);
    QVERIFY(mixing >= 0 && mixing <= 1);
    const double pad = j["proxy_a_distance"].toDouble(-1);
    QVERIFY2(pad >= 0 && pad <= 2, qPrintable(QString::number(pad)));
    QVERIFY(j.contains("domain_probe_acc"));
    for (const char* f : {"vectors.tsv", "metadata.tsv", "sprite.png", "projector_config.pbtxt"})
      QVERIFY2(QFile::exists(out + "/" + f), f);
    QFile meta(out + "/metadata.tsv");
    QVERIFY(meta.open(QIODevice::ReadOnly));
    QCOMPARE(meta.readLine(), QByteArray("label\tdomain\tprediction\n"));
    QFile cfg(out + "/projector_config.pbtxt");
    QVERIFY(cfg.open(QIODevice::ReadOnly));
    QVERIFY(cfg.readAll().contains("single_image_dim: 28"));
    QCOMPARE(QImage(out + "/sprite.png").width(), 15 * 28); // ceil(sqrt(200)) images a row

    // The same --out again is refused; what is there stays.
    r = twb({"embed", run, "--layer", "conv2", "--out", out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("not an empty directory"), qPrintable(r.err));
    QVERIFY(QFile::exists(out + "/vectors.tsv"));
  }

  void divergedRunExitsOne() {
    const QString exp = writeFile("diverge.json", R"({"training": {"steps": 200, "lr": 1000000, "momentum": 0.99, "device": "cpu"}})");
    const auto r = twb({"train", exp, "--out", tmp_.path() + "/diverged"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("diverged"), qPrintable(r.err));
  }
};

QTEST_GUILESS_MAIN(TestTwbCli)
#include "tst_twbcli.moc"
