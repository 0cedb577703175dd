// Image-to-image translation (method translate: UNIT and MUNIT) on real data and real
// LibTorch, in short runs: the run writes its curves, sample grids and checkpoint, its
// reconstruction loss falls, the checkpoint translates images through the window's API
// (several styles for MUNIT), and `twb translate` writes a dataset's translations as an
// image folder that `twb evaluate` reads, or one clear error. The run also goes
// through `twb train` and the window in tst_methods, which covers every method.
#include "TwbProcess.h"

#include "base/Errors.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"
#include "methods/translate/Translation.h"
#include "training/RunDirectory.h"
#include "training/Trainer.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <string>
#include <thread>

namespace {

// digits -> digits-m, the method's own example cut to `steps` of 16 + 16 images.
twb::Experiment shortRun(const std::string& model, std::int64_t steps) {
  const twb::Method* translate = twb::findMethod("translate");
  twb::Experiment e = translate ? translate->example() : twb::defaultExperiment();
  e.method.settings.set("translate.model", model);
  e.training.steps = steps;
  e.training.batchSize = 16;
  e.training.device = "cpu";
  e.eval.every = steps / 2;
  return e;
}

// The values of `metric` in the order they were logged.
std::vector<double> curve(const twb::RunRecord& run, const std::string& metric) {
  std::vector<double> out;
  for (const auto& row : run.metrics) {
    double v = 0.0;
    if (row.find(metric, v))
      out.push_back(v);
  }
  return out;
}

double meanAbsoluteDifference(const twb::TranslationImage& a, const twb::TranslationImage& b) {
  double sum = 0.0;
  for (std::size_t i = 0; i < a.pixels.size() && i < b.pixels.size(); ++i)
    sum += std::abs(static_cast<double>(a.pixels[i]) - static_cast<double>(b.pixels[i]));
  return a.pixels.empty() ? 0.0 : sum / static_cast<double>(a.pixels.size());
}

QStringList pngsUnder(const QString& dir) {
  QStringList files;
  QDirIterator it(dir, {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext())
    files << it.next();
  return files;
}

} // namespace

class TestTranslate : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    twb::useAllCores(); // both cores, as `twb train` and the window train
    QVERIFY(tmp_.isValid());
    QVERIFY2(twb::findMethod("translate"), "no translate method is registered");
  }

  // UNIT, 60 steps: every curve the method declares for UNIT is in metrics.csv, the
  // within-domain reconstruction falls well below where it started, a sample grid is
  // written at each evaluation (and latest.png repeats the last, as the layout says),
  // and model.pt holds generators the window's API loads.
  void unitRunWritesCurvesSamplesAndCheckpoint() {
    twb::Experiment e = shortRun("unit", 60);
    e.method.settings.set("translate.lr", 0.0005); // a short run that visibly learns
    twb::Trainer(e, unitDir().toStdString()).run();
    const twb::RunRecord run = twb::readRunDirectory(unitDir().toStdString());
    QCOMPARE(run.summary.status, std::string("completed"));
    for (const char* metric : {"loss/gan_gen", "loss/gan_dis", "loss/recon", "loss/kl", "loss/cycle", "loss/semantic",
                               "loss/label", "acc/translated_train"})
      QVERIFY2(curve(run, metric).size() >= 5, metric);
    const std::vector<double> recon = curve(run, "loss/recon");
    qInfo("reconstruction L1: %g at step 10, %g at step 60", recon.front(), recon.back());
    QVERIFY2(recon.back() < 0.6 * recon.front(),
             qPrintable(QStringLiteral("reconstruction %1 -> %2").arg(recon.front()).arg(recon.back())));

    for (const char* name : {"step_000030.png", "step_000060.png", "latest.png"})
      QVERIFY2(QFileInfo::exists(unitDir() + "/samples/" + name), name);
    const twb::SampleGridLayout grid = twb::latestSampleGrid(unitDir().toStdString());
    QCOMPARE(grid.step, std::int64_t{60});
    QCOMPARE(grid.rows.size(), std::size_t{8}); // 4 rows a direction: images, translated, reconstructed, cycled
    QCOMPARE(grid.columnLeft.size(), std::size_t{10});
    const QImage picture(QString::fromStdString(grid.path));
    QVERIFY(!picture.isNull());
    QCOMPARE(picture.width(), grid.columnLeft.back() + grid.cell + grid.columnLeft.front());
    QVERIFY(picture.height() > grid.rowTop.back() + grid.cell);
    QCOMPARE(QImage(unitDir() + "/samples/step_000060.png"), picture);

    const twb::TranslationModel model(unitDir().toStdString());
    QCOMPARE(model.model(), std::string("unit"));
    QVERIFY(!model.multimodal());
    QCOMPARE(model.step(), std::int64_t{60});
    QCOMPARE(model.channels(false), 1); // digits are grey, digits-m colour
    QCOMPARE(model.channels(true), 3);
  }

  // The window's API on that checkpoint: an image of the source translated has the
  // target's size and channels, is not the input, and is the same each time (UNIT
  // decodes the latent mean); an image of another size is refused.
  void theApiTranslatesImages() {
    const twb::TranslationModel model(unitDir().toStdString());
    twb::TranslationImage digit{28, 28, 1, std::vector<std::uint8_t>(28 * 28, 0)};
    for (int y = 6; y < 22; ++y)
      digit.pixels[static_cast<std::size_t>(y * 28 + 14)] = 255; // a "1"
    const auto out = model.translate({digit, digit}, twb::TranslationDirection::SourceToTarget, 3);
    QCOMPARE(out.size(), std::size_t{2}); // UNIT: one each, whatever the styles
    QCOMPARE(out[0].channels, 3);
    QCOMPARE(out[0].pixels.size(), std::size_t{28 * 28 * 3});
    QCOMPARE(out[0].pixels, out[1].pixels);
    const auto back = model.translate(out, twb::TranslationDirection::TargetToSource);
    QCOMPARE(back[0].channels, 1);
    QCOMPARE(model.reconstruct({digit}, false).size(), std::size_t{1});
    twb::TranslationImage wrong{32, 32, 1, std::vector<std::uint8_t>(32 * 32, 0)};
    QVERIFY_THROWS_EXCEPTION(twb::InputError, model.translate({wrong}, twb::TranslationDirection::SourceToTarget));
    QVERIFY_THROWS_EXCEPTION(twb::InputError,
                             model.translateInStyleOf({digit}, twb::TranslationDirection::SourceToTarget, out[0]));
  }

  // `twb translate` writes the digits test split translated, one folder per class, the
  // right number of images of the right size, and `twb evaluate` scores the folder.
  void twbTranslateWritesOneFolderPerClass() {
    const QString out = tmp_.filePath(QStringLiteral("digits-as-digits-m"));
    const auto r =
        twbtest::runTwb({"translate", unitDir(), "--from", "source", "--in", "digits", "--out", out, "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(summary.value("images").toInt(), 1000); // the digits test split
    const QStringList classes = QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(classes, QStringList({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}));
    const QStringList files = pngsUnder(out);
    QCOMPARE(files.size(), 1000);
    const QImage first(files.front());
    QCOMPARE(first.size(), QSize(28, 28));
    QVERIFY(!first.allGray()); // digits-m is in colour
    QCOMPARE(QDir(tmp_.path()).entryList({QStringLiteral("*.tmp-*")}, QDir::AllEntries).size(), 0);

    const auto scored = twbtest::runTwb({"evaluate", unitDir(), "folder:" + out, "--json"});
    QVERIFY2(scored.code == 0, qPrintable(scored.err));
    QCOMPARE(QJsonDocument::fromJson(scored.out.toUtf8()).object().value("images").toInt(), 1000);
  }

  // Each mistake is one sentence on stderr naming what is wrong, exit 2, and nothing
  // is written.
  void twbTranslateErrorsNameTheirInput() {
    const QString missing = tmp_.filePath(QStringLiteral("no-such-run"));
    const QString out = tmp_.filePath(QStringLiteral("never"));
    auto r = twbtest::runTwb({"translate", missing, "--from", "source", "--in", "digits", "--out", out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(missing) && r.err.count('\n') == 1, qPrintable(r.err));
    r = twbtest::runTwb({"translate", unitDir(), "--from", "source", "--in", "digits", "--out", out, "--styles", "3"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("UNIT") && r.err.contains(unitDir()), qPrintable(r.err));
    r = twbtest::runTwb({"translate", unitDir(), "--from", "sideways", "--in", "digits", "--out", out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--from"), qPrintable(r.err));
    const QString taken = tmp_.filePath(QStringLiteral("taken"));
    QVERIFY(QDir().mkpath(taken + "/keep"));
    r = twbtest::runTwb({"translate", unitDir(), "--from", "source", "--in", "digits", "--out", taken});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(taken) && r.err.contains("not empty"), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(QDir(taken).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{"keep"});
  }

  // MUNIT: its own curves, a grid with a row per style, and several different
  // translations of one input, through the API and through `twb translate --styles 3`.
  void munitGivesSeveralStylesForOneInput() {
    const QString dir = tmp_.filePath(QStringLiteral("munit"));
    twb::Experiment e = shortRun("munit", 30);
    e.method.settings.set("translate.styles", std::int64_t{3});
    twb::Trainer(e, dir.toStdString()).run();
    const twb::RunRecord run = twb::readRunDirectory(dir.toStdString());
    for (const char* metric : {"loss/style_recon", "loss/content_recon", "loss/recon", "loss/gan_gen"})
      QVERIFY2(!curve(run, metric).empty(), metric);
    QCOMPARE(twb::latestSampleGrid(dir.toStdString()).rows.size(), std::size_t{2 * (3 + 3)});

    const twb::TranslationModel model(dir.toStdString());
    QVERIFY(model.multimodal());
    const twb::TranslationImage blank{28, 28, 1, std::vector<std::uint8_t>(28 * 28, 0)};
    const auto styled = model.translate({blank}, twb::TranslationDirection::SourceToTarget, 3, 7);
    QCOMPARE(styled.size(), std::size_t{3});
    QVERIFY(meanAbsoluteDifference(styled[0], styled[1]) > 0.5);
    QVERIFY(meanAbsoluteDifference(styled[1], styled[2]) > 0.5);
    QCOMPARE(model.translate({blank}, twb::TranslationDirection::SourceToTarget, 3, 7)[2].pixels, styled[2].pixels);
    const auto inStyle = model.translateInStyleOf({blank}, twb::TranslationDirection::SourceToTarget, styled[1]);
    QCOMPARE(inStyle.size(), std::size_t{1});

    const QString out = tmp_.filePath(QStringLiteral("munit-styles"));
    const auto r =
        twbtest::runTwb({"translate", dir, "--from", "source", "--in", "digits", "--out", out, "--styles", "3"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(pngsUnder(out).size(), 3000);
    const QImage s1(out + "/0/00000_s1.png"), s2(out + "/0/00000_s2.png"), s3(out + "/0/00000_s3.png");
    QVERIFY(!s1.isNull() && !s2.isNull() && !s3.isNull());
    QVERIFY(s1 != s2 && s2 != s3 && s1 != s3);
  }

  // Stop ends a run within a few steps, and the stopped run is still written whole.
  void stopEndsTheRunPromptly() {
    twb::Experiment e = shortRun("unit", 100000);
    e.eval.every = 100000;
    const QString dir = tmp_.filePath(QStringLiteral("stopped"));
    twb::Trainer trainer(e, dir.toStdString());
    std::atomic<std::int64_t> stepsWhenAsked{-1};
    twb::TrainerCallbacks callbacks;
    callbacks.onProgress = [&](std::int64_t step, std::int64_t) {
      if (step == 5 && stepsWhenAsked.load() < 0) {
        stepsWhenAsked.store(step);
        trainer.requestStop();
      }
    };
    const twb::TrainResult result = trainer.run(callbacks);
    QCOMPARE(result.summary.status, std::string("stopped"));
    QCOMPARE(result.summary.steps, std::int64_t{5});
    QVERIFY(QFileInfo::exists(dir + "/samples/latest.png"));
    QVERIFY(QFileInfo::exists(dir + "/model.pt"));
  }

  // A run whose loss becomes infinite stops with one sentence that names the step and
  // the run directory, which keeps the last checkpoint written before it broke.
  void aDivergingRunKeepsItsLastGoodCheckpoint() {
    twb::Experiment e = shortRun("unit", 40);
    e.eval.every = 1; // a checkpoint after the first step, before the classifier blows up
    e.training.optimizer = "sgd";
    e.training.lr = 1e12; // the classifier blows up within a few steps
    const QString dir = tmp_.filePath(QStringLiteral("diverged"));
    try {
      twb::Trainer(e, dir.toStdString()).run();
      QFAIL("a run with a learning rate of 1e12 did not diverge");
    } catch (const twb::RunError& error) {
      const std::string what = error.what();
      QVERIFY2(what.find("diverged") != std::string::npos && what.find(dir.toStdString()) != std::string::npos,
               error.what());
    }
    const twb::TranslationModel last(dir.toStdString());
    QVERIFY(last.step() >= 1);
    QCOMPARE(twb::readRunDirectory(dir.toStdString()).summary.status, std::string("diverged"));
  }

private:
  QString unitDir() const { return tmp_.filePath(QStringLiteral("unit")); }

  QTemporaryDir tmp_;
};

QTEST_GUILESS_MAIN(TestTranslate)
#include "tst_translate.moc"
