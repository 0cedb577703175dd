// A run survives being stopped or killed (issue #24): `twb train` killed with SIGKILL at
// random moments leaves a run directory whose files are each whole or absent, which is
// named as unfinished, and `twb train --resume` continues it to the numbers of an
// unbroken run of the same seed; a run that must not be resumed is refused, naming why.
#include "base/AtomicFile.h"
#include "base/Errors.h"
#include "data/Dataset.h"
#include "data/LoadDataset.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"
#include "training/Evaluate.h"
#include "training/Metrics.h"
#include "training/RunDirectory.h"
#include "training/RunLog.h"
#include "training/RunSummary.h"
#include "training/Trainer.h"

#include "TwbProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <sys/resource.h>

using namespace twb;

namespace {

// The losses a run logged while training (not its evaluations' rows), by step.
std::map<std::int64_t, double> trainingLosses(const std::vector<MetricRow>& rows) {
  std::map<std::int64_t, double> out;
  for (const MetricRow& row : rows) {
    double loss = 0;
    if (row.find("loss/total", loss))
      out[row.step] = loss;
  }
  return out;
}

std::string str(const QString& s) {
  return s.toStdString();
}

} // namespace

class TestResume : public QObject {
  Q_OBJECT

  QTemporaryDir tmp_;
  Experiment experiment_;
  TrainResult unbroken_;
  QString experimentFile_;
  std::string stoppedDir_;

  // The method on its first shipped example when it has one (zero-shot needs class
  // descriptions, multitask its tasks, translate its pair), else on the default
  // experiment; either with the default's short recipe (steps, batch, seed), evaluated
  // every 20 steps: a stop at 25 still falls between two evaluations, and each
  // evaluation of the default's per-domain statistics reads 8,000 training images.
  // A fine-tuning's source model trains 40 steps (its example's 1,000 took half a
  // minute a row): a resume reads it back from the run's folder either way. (The
  // translator keeps its width: at 8 channels instead of 32 its row no longer failed
  // when a resume from a stop left out the statistics from before the evaluation.)
  Experiment experimentFor(const std::string& method) const {
    Experiment e = experiment_;
    e.method.name = method;
    QDir examples(qEnvironmentVariable("TWB_SOURCE_DIR") + "/resources/experiments");
    const QStringList own = examples.entryList({QString::fromStdString(method) + "_*.json"}, QDir::Files, QDir::Name);
    if (!own.isEmpty() && method != experiment_.method.name) {
      e = loadExperimentFile(str(examples.filePath(own.front())));
      e.training.steps = experiment_.training.steps;
      e.training.batchSize = experiment_.training.batchSize;
      e.seed = experiment_.seed;
      e.training.device = experiment_.training.device;
    }
    e.eval.every = 20;
    for (const SettingSpec& s : methodOf(e).settings())
      if (s.key == "pretrain_steps")
        e.method.settings.set(s.key, std::int64_t{40});
    return e;
  }

  // The run of experiment_ in `dir`, stopped by the stop button once it reached `step`.
  TrainResult stoppedAt(std::int64_t step, const std::string& dir) {
    Trainer t(experiment_, dir);
    TrainerCallbacks cb;
    cb.onProgress = [&](std::int64_t done, std::int64_t) {
      if (done >= step)
        t.requestStop();
    };
    return t.run(cb);
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(tmp_.isValid());
    useAllCores();
    // The shipped default experiment (DANN, batch norm, dropout, per-domain statistics), short:
    // every piece of state a resume must bring back is in it (Adam's moments, the
    // domain classifier, dropout's random draws, two samplers, the lambda schedule).
    experiment_ = loadExperimentFile(qEnvironmentVariable("TWB_SOURCE_DIR").toStdString() +
                                     "/resources/experiments/dann_digits_to_digits_m.json");
    experiment_.training.steps = 40;
    experiment_.training.batchSize = 32;
    experiment_.eval.every = 10;
    experiment_.seed = 3;
    experiment_.training.device = "cpu";
    unbroken_ = Trainer(experiment_, (tmp_.path() + "/unbroken").toStdString()).run();
    QCOMPARE(unbroken_.summary.status, std::string("completed"));
    experimentFile_ = tmp_.path() + "/experiment.json";
    writeFileAtomic(str(experimentFile_), experimentToJson(experiment_));
  }

  // Stopped after step 25 (evaluated there), resumed: the same batches, dropout masks
  // and optimizer moments as the unbroken run, so the same losses and accuracies.
  void aStoppedRunResumesToTheUnbrokenNumbers() {
    stoppedDir_ = (tmp_.path() + "/stopped").toStdString();
    const TrainResult stopped = stoppedAt(25, stoppedDir_);
    QCOMPARE(stopped.summary.status, std::string("stopped"));
    QCOMPARE(stopped.summary.steps, std::int64_t{25});
    const std::string copy = (tmp_.path() + "/stopped-copy").toStdString(); // for the refusals below
    QVERIFY(QDir().mkpath(QString::fromStdString(copy)));
    for (const QString& f : QDir(QString::fromStdString(stoppedDir_)).entryList(QDir::Files))
      QVERIFY(QFile::copy(QString::fromStdString(stoppedDir_) + "/" + f, QString::fromStdString(copy) + "/" + f));

    const TrainResult resumed = Trainer(experimentToResume(stoppedDir_), stoppedDir_, true).run();
    QCOMPARE(resumed.summary.status, std::string("completed"));
    QCOMPARE(resumed.summary.steps, std::int64_t{40});
    QCOMPARE(resumed.summary.targetTestAcc, unbroken_.summary.targetTestAcc);
    QCOMPARE(resumed.summary.sourceTestAcc, unbroken_.summary.sourceTestAcc);
    // Every training loss after the resume, as the unbroken run logged it (within
    // float rounding): another batch or dropout mask changes them in the first digits.
    const auto want = trainingLosses(unbroken_.metrics), got = trainingLosses(resumed.metrics);
    QCOMPARE(got.size(), want.size());
    for (const auto& [step, loss] : want) {
      QVERIFY2(got.count(step), qPrintable(QString("no loss at step %1").arg(step)));
      QVERIFY2(std::abs(got.at(step) - loss) <= 1e-4 * std::abs(loss),
               qPrintable(QString("step %1: resumed %2, unbroken %3").arg(step).arg(got.at(step)).arg(loss)));
    }
    // The run directory is a whole run again: listed, its metrics from step 10 to 40.
    const RunRecord record = readRunDirectory(stoppedDir_);
    QCOMPARE(record.summary.status, std::string("completed"));
    QCOMPARE(record.metrics.back().step, std::int64_t{40});
    bool resumedLogged = false;
    for (const RunEvent& event : readRunLog(stoppedDir_))
      resumedLogged = resumedLogged || event.text.english().find("Resumed at step 25 of 40") != std::string::npos;
    QVERIFY(resumedLogged);
  }

  // Every method that says it can resume does, to its unbroken run's numbers: the
  // registry is asked, so a method that opts in later is held to it here too. (DANN,
  // the default, is checked step by step above.) A row per method.
  void everyResumableMethodResumesToTheUnbrokenNumbers_data() {
    QTest::addColumn<QString>("method");
    int rows = 0;
    for (const Method* method : allMethods()) {
      Experiment e = experiment_;
      e.method.name = method->name();
      if (method->name() != "dann" && methodResumes(e)) {
        QTest::newRow(method->name().c_str()) << QString::fromStdString(method->name());
        ++rows;
      }
    }
    QVERIFY2(rows >= 14, qPrintable(QString::number(rows)));
  }
  void everyResumableMethodResumesToTheUnbrokenNumbers() {
    QFETCH(QString, method);
    Experiment e = experimentFor(method.toStdString());
    const std::int64_t stopAt = 25; // between two evaluations
    const std::string base = (tmp_.path() + "/each-" + method).toStdString();
    const TrainResult unbroken = Trainer(e, base + "-unbroken").run();
    Trainer stopping(e, base + "-stopped");
    TrainerCallbacks cb;
    bool pretraining = false; // a fine-tuning's source model: its steps are not the run's
    cb.onPhase = [&](RunPhase phase, std::int64_t) { pretraining = phase == RunPhase::SourcePretraining; };
    cb.onProgress = [&](std::int64_t done, std::int64_t) {
      if (!pretraining && done >= stopAt)
        stopping.requestStop();
    };
    QCOMPARE(stopping.run(cb).summary.status, std::string("stopped"));
    const TrainResult resumed = Trainer(experimentToResume(base + "-stopped"), base + "-stopped", true).run();
    QCOMPARE(resumed.summary.status, std::string("completed"));
    const auto want = trainingLosses(unbroken.metrics), got = trainingLosses(resumed.metrics);
    QCOMPARE(got.size(), want.size());
    for (const auto& [step, loss] : want)
      QVERIFY2(got.count(step) && std::abs(got.at(step) - loss) <= 1e-4 * std::abs(loss),
               qPrintable(QString("step %1: resumed %2, unbroken %3")
                              .arg(step)
                              .arg(got.count(step) ? got.at(step) : -1.0)
                              .arg(loss)));
    QCOMPARE(resumed.summary.targetTestAcc, unbroken.summary.targetTestAcc);
    QCOMPARE(resumed.summary.extra, unbroken.summary.extra); // the method's own numbers
  }

  void refusesWhatMustNotResume() {
    const std::string copy = (tmp_.path() + "/stopped-copy").toStdString();
    QVERIFY(QFileInfo::exists(QString::fromStdString(copy) + "/model.pt"));
    const auto refusal = [](const std::string& dir) -> QString {
      try {
        experimentToResume(dir);
      } catch (const InputError& e) {
        return QString::fromStdString(e.what());
      }
      return {};
    };
    // A completed run.
    QVERIFY2(refusal(stoppedDir_).contains("the run is complete (40 of 40 steps)"), qPrintable(refusal(stoppedDir_)));
    // An experiment.json edited since the checkpoint was written.
    Experiment edited = experiment_;
    edited.training.lr *= 2;
    writeFileAtomic(copy + "/experiment.json", experimentToJson(edited));
    QVERIFY2(refusal(copy).contains("experiment.json was edited"), qPrintable(refusal(copy)));
    // Killed before its first evaluation: nothing to resume from.
    writeFileAtomic(copy + "/experiment.json", experimentToJson(experiment_));
    QVERIFY(QFile::remove(QString::fromStdString(copy) + "/model.pt"));
    QVERIFY2(refusal(copy).contains("no checkpoint yet"), qPrintable(refusal(copy)));
  }

  // The real program, killed with SIGKILL at random moments (while loading, in a step,
  // while model.pt, metrics.csv or log.json is written), many times: each file left is
  // whole or absent (temporary files aside), the folder is named as an unfinished run,
  // and --resume ends it with the unbroken run's numbers. TWB_KILLS sets the count.
  void killedRunsLoseNothingAndResume() {
    const int kills = qEnvironmentVariableIsSet("TWB_KILLS") ? qEnvironmentVariableIntValue("TWB_KILLS") : 12;
    const Dataset target = loadDataset(experiment_.target.dataset, experiment_.seed);
    // How long an unkilled run takes, start to end: the kills fall anywhere in it.
    QElapsedTimer clock;
    clock.start();
    const auto full = twbtest::runTwb({"train", experimentFile_, "--out", tmp_.path() + "/timed"});
    QCOMPARE(full.code, 0);
    const qint64 lifetimeMs = clock.elapsed();
    QRandomGenerator random(7);
    int resumed = 0, noCheckpoint = 0, finishedFirst = 0, afterSummary = 0;
    for (int i = 0; i < kills; ++i) {
      const QString dir = tmp_.path() + QString("/killed-%1").arg(i);
      QProcess p;
      p.start(qEnvironmentVariable("TWB_BIN_DIR") + "/twb", {"train", experimentFile_, "--out", dir});
      QVERIFY(p.waitForStarted());
      const int delay = static_cast<int>(random.bounded(static_cast<quint32>(lifetimeMs)));
      if (!p.waitForFinished(delay)) {
        p.kill(); // SIGKILL: no handler, no flush, no destructor runs
        QVERIFY(p.waitForFinished(30000));
      } else {
        ++finishedFirst;
      }
      const std::string d = str(dir);
      QStringList files = QDir(dir).entryList(QDir::Files);
      for (const QString& f : files) {
        const std::string path = d + "/" + str(f);
        if (f.contains(".tmp-"))
          continue; // a write the kill interrupted, never read: whole files are renamed into place
        try {
          if (f == "experiment.json")
            loadExperimentFile(path);
          else if (f == "metrics.csv")
            parseMetricsCsv(readFile(path), path);
          else if (f == "summary.json")
            parseSummary(readFile(path), path);
          else if (f == "log.json")
            readRunLog(d);
          else if (f == "model.pt")
            evaluateCheckpoint(path, target.test);
          else
            QFAIL(qPrintable("an unexpected file " + f));
        } catch (const std::exception& e) {
          QFAIL(qPrintable(QString("kill %1 after %2 ms: %3 is damaged: %4").arg(i).arg(delay).arg(f, e.what())));
        }
      }
      if (files.contains("summary.json")) { // finished, or killed after its summary
        afterSummary += p.exitStatus() == QProcess::CrashExit ? 1 : 0;
        continue;
      }
      if (files.contains("experiment.json")) {
        try {
          readRunDirectory(d);
          QFAIL("an unfinished run read as a whole one");
        } catch (const InputError& e) {
          QVERIFY2(QString(e.what()).contains("an unfinished run"), e.what());
        }
      }
      const auto r = twbtest::runTwb({"train", "--resume", dir, "--json"});
      if (!files.contains("model.pt")) {
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("no checkpoint yet") || r.err.contains("not a run directory"), qPrintable(r.err));
        ++noCheckpoint;
        continue;
      }
      QVERIFY2(r.code == 0, qPrintable(r.err));
      const RunRecord record = readRunDirectory(d);
      QCOMPARE(record.summary.status, std::string("completed"));
      QVERIFY2(std::abs(record.summary.targetTestAcc - unbroken_.summary.targetTestAcc) < 1e-9,
               qPrintable(QString("kill %1: resumed to %2, unbroken %3")
                              .arg(i)
                              .arg(record.summary.targetTestAcc)
                              .arg(unbroken_.summary.targetTestAcc)));
      ++resumed;
    }
    qInfo("%d kills: %d resumed to the unbroken numbers, %d before the first checkpoint, %d after the summary, %d "
          "finished first",
          kills, resumed, noCheckpoint, afterSummary, finishedFirst);
  }

  // Disk trouble: a resumed run whose next checkpoint does not fit (a file size limit
  // below model.pt's size stands in for a full disk; a tmpfs needs root to mount) ends
  // with one error naming model.pt, leaves the last checkpoint as it was and no
  // temporary file, and resumes from it to the unbroken numbers once there is room.
  void aFullDiskEndsTheRunWithOneErrorAndKeepsTheLastCheckpoint() {
    const std::string dir = (tmp_.path() + "/full-disk").toStdString();
    QCOMPARE(stoppedAt(25, dir).summary.status, std::string("stopped"));
    const QString model = QString::fromStdString(dir) + "/model.pt";
    QFile before(model);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray checkpoint = before.readAll();
    before.close();

    QProcess p;
    const rlim_t limit = static_cast<rlim_t>(checkpoint.size() / 2); // metrics.csv and log.json fit
    p.setChildProcessModifier([limit] {
      const rlimit fsize{limit, limit};
      ::setrlimit(RLIMIT_FSIZE, &fsize);
    });
    p.start(qEnvironmentVariable("TWB_BIN_DIR") + "/twb", {"train", "--resume", QString::fromStdString(dir)});
    QVERIFY(p.waitForFinished(300000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit); // not killed by SIGXFSZ, not aborted
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains("cannot write " + model + ": File too large"), qPrintable(err));
    QCOMPARE(err.count("twb: "), 1);
    QFile after(model);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QVERIFY(after.readAll() == checkpoint);
    QVERIFY2(QDir(QString::fromStdString(dir)).entryList({"*.tmp-*"}, QDir::Files).isEmpty(),
             qPrintable(QDir(QString::fromStdString(dir)).entryList().join(' ')));

    const auto r = twbtest::runTwb({"train", "--resume", QString::fromStdString(dir)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(readRunDirectory(dir).summary.targetTestAcc, unbroken_.summary.targetTestAcc);
  }
};

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
