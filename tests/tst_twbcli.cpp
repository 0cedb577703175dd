// The `twb` program as scripts use it: exit codes 0 / 1 / 2, one clear error
// sentence on stderr, JSON on stdout, run directories on disk.
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "TwbProcess.h"

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
