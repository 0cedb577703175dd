// The domain-adaptation family beyond DANN: each method's term does what its paper
// says it does on real data (the MMD, the CORAL distance and the target's entropy
// fall when the term acts, against the same run with its weight at zero), and the
// ramp-in schedules keep a term quiet at the start. Every method also runs through
// `twb` and the window in tst_methods, which covers any registered method.
#include "base/Errors.h"
#include "experiment/ExperimentFile.h"
#include "training/RunDirectory.h"
#include "training/Schedules.h"
#include "training/Trainer.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <string>

namespace {

// The mean of `metric` over the run's last `rows` logged rows.
double meanOfLast(const twb::RunRecord& run, const std::string& metric, std::size_t rows) {
  double sum = 0.0;
  std::size_t n = 0;
  for (auto it = run.metrics.rbegin(); it != run.metrics.rend() && n < rows; ++it) {
    double v = 0.0;
    if (it->find(metric, v)) {
      sum += v;
      ++n;
    }
  }
  return n > 0 ? sum / static_cast<double>(n) : -1.0;
}

} // namespace

class TestAdaptation : public QObject {
  Q_OBJECT

private slots:
  // warmup: under 1 % of its max at the start, 29 % half way, its max from warmup_steps
  // on; ganin rises from 0; constant is its max throughout.
  void theRampsStartQuietAndReachTheirMax() {
    twb::LambdaSpec l;
    l.schedule = "warmup";
    l.max = 2.0;
    l.warmupSteps = 1000;
    QVERIFY(twb::scheduledLambda(l, 0.0, 4000) < 0.01 * l.max);
    QVERIFY(qAbs(twb::scheduledLambda(l, 500.0 / 4000, 4000) - 2.0 * std::exp(-1.25)) < 1e-9);
    QCOMPARE(twb::scheduledLambda(l, 0.25, 4000), 2.0);
    QCOMPARE(twb::scheduledLambda(l, 0.9, 4000), 2.0);
    l.schedule = "ganin";
    QCOMPARE(twb::scheduledLambda(l, 0.0, 4000), 0.0);
    QVERIFY(twb::scheduledLambda(l, 1.0, 4000) > 0.99 * l.max);
    l.schedule = "constant";
    QCOMPARE(twb::scheduledLambda(l, 0.0, 4000), 2.0);
  }

  // The experiment file spells it lambda.warmup_steps; zero is refused by name.
  void theWarmupIsReadFromTheFile() {
    const twb::Experiment e = twb::parseExperiment(
        R"({"method": {"name": "mmd", "lambda": {"schedule": "warmup", "warmup_steps": 300}}})", "warmup.json");
    QCOMPARE(e.method.lambda.schedule, std::string("warmup"));
    QCOMPARE(e.method.lambda.warmupSteps, std::int64_t{300});
    try {
      twb::parseExperiment(R"({"method": {"lambda": {"warmup_steps": 0}}})", "bad.json");
      QFAIL("warmup_steps 0 was accepted");
    } catch (const twb::InputError& error) {
      const std::string what = error.what();
      QVERIFY2(what.find("bad.json") != std::string::npos && what.find("warmup_steps") != std::string::npos,
               what.c_str());
    }
  }

  // Each term, when it acts (lambda 1, the method's default trade-off), ends far lower
  // than in the same run with it off (lambda 0): the features' distributions are pulled together, the target's
  // predictions made confident.
  void eachTermShrinksWhenItActs_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("term");
    QTest::newRow("mmd") << "mmd" << "loss/mmd";
    QTest::newRow("coral") << "coral" << "loss/coral";
    QTest::newRow("entropy") << "entropy" << "loss/entropy";
  }
  void eachTermShrinksWhenItActs() {
    QFETCH(QString, method);
    QFETCH(QString, term);
    double last[2] = {0.0, 0.0};
    for (int on = 0; on < 2; ++on) {
      twb::Experiment e = twb::defaultExperiment(); // digits -> digits-m, LeNet
      e.method.name = method.toStdString();
      e.method.lambda.schedule = "constant";
      e.method.lambda.max = on ? 1.0 : 0.0; // the method's own trade-off as its default
      e.training.steps = 200;
      e.training.batchSize = 32;
      e.training.lrSchedule = "constant";
      e.training.device = "cpu";
      e.eval.every = 200;
      const std::string dir = tmp_.filePath(QStringLiteral("%1-%2").arg(method).arg(on)).toStdString();
      twb::Trainer(e, dir).run();
      last[on] = meanOfLast(twb::readRunDirectory(dir), term.toStdString(), 5);
      QVERIFY2(last[on] >= 0.0, qPrintable(term + " was not logged"));
    }
    qInfo("%s: on %g, off %g", qPrintable(term), last[1], last[0]);
    QVERIFY2(last[1] < 0.75 * last[0], qPrintable(QStringLiteral("%1 with the term on %2, off %3")
                                                     .arg(term)
                                                     .arg(last[1])
                                                     .arg(last[0])));
  }

  // Self-training started from an earlier run: the teacher is that run's model, so it
  // is confident about much of the target from the first steps, where a teacher
  // trained from scratch is confident about nothing; a model of other classes is
  // refused by name.
  void selfTrainingStartsFromAnEarlierRun() {
    twb::Experiment source = twb::defaultExperiment();
    source.method.name = "source_only";
    source.training.steps = 300;
    source.training.batchSize = 32;
    source.training.lrSchedule = "constant";
    source.training.device = "cpu";
    source.eval.every = 300;
    const std::string sourceDir = tmp_.filePath(QStringLiteral("source")).toStdString();
    twb::Trainer(source, sourceDir).run();

    double firstConfident[2] = {-1.0, -1.0};
    for (int fromRun = 0; fromRun < 2; ++fromRun) {
      twb::Experiment e = source;
      e.method.name = "self_training";
      e.training.steps = 30;
      e.eval.every = 30;
      e.method.settings.set("self_training.threshold", 0.5);
      if (fromRun)
        e.model.initFrom = sourceDir;
      const std::string dir = tmp_.filePath(QStringLiteral("self-%1").arg(fromRun)).toStdString();
      twb::Trainer(e, dir).run();
      const twb::RunRecord run = twb::readRunDirectory(dir);
      QVERIFY(!run.metrics.empty() && run.metrics.front().find("pseudo/confident", firstConfident[fromRun]));
      QVERIFY(run.summary.extra.count("pseudo_label_acc") == 1);
    }
    QVERIFY2(firstConfident[1] > 0.2 && firstConfident[0] < 0.05,
             qPrintable(QStringLiteral("confident share at the start: from the run %1, from scratch %2")
                            .arg(firstConfident[1])
                            .arg(firstConfident[0])));

    twb::Experiment other = source;
    other.method.name = "self_training";
    other.source.classes = {0, 1, 2};
    other.target.classes = {0, 1, 2};
    other.model.initFrom = sourceDir;
    try {
      twb::Trainer(other, tmp_.filePath(QStringLiteral("other")).toStdString()).run();
      QFAIL("a model of ten classes started a three-class run");
    } catch (const twb::InputError& error) {
      QVERIFY2(std::string(error.what()).find(sourceDir) != std::string::npos, error.what());
    }
  }

private:
  QTemporaryDir tmp_;
};

QTEST_GUILESS_MAIN(TestAdaptation)
#include "tst_adaptation.moc"
