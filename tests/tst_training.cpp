// A short real training run on digits with real LibTorch: it learns, it is
// reproducible for a seed, it stops promptly, bad settings fail clearly.
#include "training/CollapseWatch.h"
#include "nn/DomainProbe.h"
#include "embed/Embedding.h"
#include "base/Errors.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentFile.h"
#include "training/Trainer.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>
#include <set>
#include <thread>

using namespace twb;

namespace {
Experiment shortRun(std::int64_t steps) {
  Experiment e = defaultExperiment();
  e.target.dataset = "digits";
  e.method.name = "source_only";
  e.training.lrSchedule = "constant";
  e.training.steps = steps;
  e.eval.every = 50;
  e.training.device = "cpu";
  return e;
}
} // namespace

class TestTraining : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() { useAllCores(); }

  void sourceOnlyLearnsDigits() {
    Trainer t(shortRun(300));
    std::vector<MetricRow> seen;
    std::int64_t lastProgress = 0;
    TrainerCallbacks cb;
    cb.onMetrics = [&](const MetricRow& r) { seen.push_back(r); };
    cb.onProgress = [&](std::int64_t step, std::int64_t total) {
      QCOMPARE(total, std::int64_t(300));
      lastProgress = step;
    };
    const TrainResult r = t.run(cb);
    QCOMPARE(r.summary.status, std::string("completed"));
    QCOMPARE(r.summary.steps, std::int64_t(300));
    QCOMPARE(lastProgress, std::int64_t(300));
    // Chance is 0.1; 300 steps of LeNet reach well above 0.85 on these digits.
    QVERIFY2(r.summary.targetTestAcc > 0.85, qPrintable(QString::number(r.summary.targetTestAcc)));
    QVERIFY(r.summary.trainSeconds > 0);
    // images_per_second counts every image of a training step: one batch a step here.
    QCOMPARE(std::llround(r.summary.imagesPerSecond * r.summary.trainSeconds),
             static_cast<long long>(300 * t.experiment().training.batchSize));
    QCOMPARE(seen.size(), r.metrics.size());

    // The label loss falls: first logged value well above the last.
    double first = 0, last = 0, v = 0;
    for (const auto& row : seen)
      if (row.find("loss/label", v)) {
        if (first == 0)
          first = v;
        last = v;
      }
    QVERIFY2(last < first / 3, qPrintable(QString("%1 -> %2").arg(first).arg(last)));
  }

  void sameSeedSameCurve() {
    Trainer a(shortRun(40)), b(shortRun(40));
    const auto ra = a.run(), rb = b.run();
    QCOMPARE(ra.metrics.size(), rb.metrics.size());
    for (std::size_t i = 0; i < ra.metrics.size(); ++i)
      for (std::size_t k = 0; k < ra.metrics[i].values.size(); ++k)
        QCOMPARE(ra.metrics[i].values[k].second, rb.metrics[i].values[k].second);
  }

  void targetOnlyWithFewLabels() {
    Experiment e = shortRun(100);
    e.method.name = "target_only";
    e.target.labelsPerClass = 5;
    Trainer t(e);
    const TrainResult r = t.run();
    QCOMPARE(r.summary.method, std::string("target_only"));
    QVERIFY(r.summary.targetTestAcc > 0.3); // 50 labels: better than chance, below full data
    double v = 0;
    QVERIFY(r.metrics.front().find("acc/target_train", v));
  }

  void dannReportsItsDomainCurves() {
    Experiment e = shortRun(40);
    e.target.dataset = "digits-m";
    e.method.name = "dann";
    e.eval.every = 20;
    Trainer t(e);
    const TrainResult r = t.run();
    // The contract's DANN fields and curves.
    QVERIFY(r.summary.extra.count("domain_acc"));
    QVERIFY(r.summary.extra.count("final_lambda"));
    const double finalLambda = r.summary.extra.at("final_lambda");
    // Ganin's schedule at p = 39/40: 2 / (1 + exp(-10 * 0.975)) - 1.
    QVERIFY(std::abs(finalLambda - (2.0 / (1.0 + std::exp(-9.75)) - 1.0)) < 1e-9);
    std::set<std::string> names;
    for (const auto& row : r.metrics)
      for (const auto& [name, v] : row.values)
        names.insert(name);
    for (const char* m : {"loss/label", "loss/domain", "loss/total", "acc/domain", "lambda", "lr", "acc/domain_test"})
      QVERIFY2(names.count(m), m);
    // Both domains go through each step: twice the images of a source-only step
    // (the labelled batch and the unlabelled target batch), over the training time.
    QCOMPARE(std::llround(r.summary.imagesPerSecond * r.summary.trainSeconds),
             static_cast<long long>(2 * 40 * e.training.batchSize));
    const double domainAcc = r.summary.extra.at("domain_acc");
    QVERIFY(domainAcc >= 0.0 && domainAcc <= 1.0);
    // The same linear probe every two-domain run gets, beside the run's own classifier.
    const double pad = r.summary.extra.at("proxy_a_distance");
    QVERIFY2(pad >= 0.0 && pad <= 2.0, qPrintable(QString::number(pad)));
    QVERIFY(r.summary.extra.count("domain_probe_acc"));
  }

  // The proxy A-distance's probe on features whose answer is known: two draws of one
  // distribution (about 0), two distributions apart (2), too few images (not measured).
  void proxyADistanceOfKnownFeatures() {
    constexpr std::size_t dim = 32, n = 400;
    std::mt19937 rng(7);
    std::normal_distribution<float> normal;
    const auto cloud = [&](float shift) {
      std::vector<float> v(n * dim);
      for (auto& x : v)
        x = normal(rng) + shift;
      return v;
    };
    const auto a = cloud(0.0f), b = cloud(0.0f), far = cloud(3.0f);
    const DomainProbe same = probeDomains(a, b, dim, 1);
    QCOMPARE(same.perDomain, n);
    QVERIFY2(same.proxyADistance < 0.4, qPrintable(QString::number(same.proxyADistance)));
    const DomainProbe apart = probeDomains(a, far, dim, 1);
    QVERIFY2(apart.accuracy > 0.99 && apart.proxyADistance > 1.95, qPrintable(QString::number(apart.accuracy)));
    // Seeded: the same halves, the same number.
    QCOMPARE(probeDomains(a, far, dim, 1).accuracy, apart.accuracy);
    // The smaller domain sets the count.
    QCOMPARE(probeDomains(a, std::vector<float>(far.begin(), far.begin() + 100 * dim), dim, 1).perDomain,
             std::size_t(100));
    QCOMPARE(probeDomains(a, std::vector<float>(3 * dim, 1.0f), dim, 1).perDomain, std::size_t(0));
  }

  // Untrained for the target, the features tell grey digits from digits on photos
  // apart almost perfectly: source_only's proxy A-distance is near 2, the number a
  // DANN run's is read against. A run with one domain gets none.
  void sourceOnlyFeaturesSeparateTheDomains() {
    Experiment e = shortRun(40);
    e.target.dataset = "digits-m";
    const TrainResult r = Trainer(e).run();
    QVERIFY2(r.summary.extra.at("proxy_a_distance") > 1.5,
             qPrintable(QString::number(r.summary.extra.at("proxy_a_distance"))));
    QTemporaryDir dir;
    const std::string oneDir = dir.filePath(QStringLiteral("one")).toStdString();
    const TrainResult one = Trainer(shortRun(10), oneDir).run(); // digits -> digits
    QVERIFY(!one.summary.extra.count("proxy_a_distance"));
    // Nor does its embedding (twb embed, the Embedding view): one rule for both.
    EmbeddingRequest req;
    req.runDir = oneDir;
    req.layer = "conv2";
    req.maxPerDomain = 50;
    QCOMPARE(extractEmbedding(req).domainProbe.perDomain, std::size_t(0));
  }

  // The domain-confusion adversary (Tzeng et al. 2015): the same DANN curves, plus the
  // features' confusion loss, a cross-entropy against 0.5 that is never below ln 2.
  void dannWithTheConfusionAdversary() {
    Experiment e = shortRun(40);
    e.target.dataset = "digits-m";
    e.method.name = "dann";
    e.method.settings.set("adversary", std::string("confusion"));
    e.eval.every = 20;
    const TrainResult r = Trainer(e).run();
    QCOMPARE(r.summary.status, std::string("completed"));
    QVERIFY(r.summary.extra.count("domain_acc"));
    int confusionRows = 0;
    for (const auto& row : r.metrics) {
      double confusion = 0, domain = 0;
      if (!row.find("loss/confusion", confusion))
        continue;
      ++confusionRows;
      QVERIFY2(confusion >= std::log(2.0) - 1e-6, qPrintable(QString::number(confusion)));
      QVERIFY(row.find("loss/domain", domain) && domain > 0);
    }
    QCOMPARE(confusionRows, 4); // logged every 10 steps
    // The same seed gives the same curve with this adversary too.
    const TrainResult again = Trainer(e).run();
    QCOMPARE(again.metrics.size(), r.metrics.size());
    for (std::size_t i = 0; i < r.metrics.size(); ++i)
      QCOMPARE(again.metrics[i].values, r.metrics[i].values);
  }

  void stopEndsTheRunPromptly() {
    Trainer t(shortRun(100000));
    std::atomic<std::int64_t> step{0};
    TrainerCallbacks cb;
    cb.onProgress = [&](std::int64_t s, std::int64_t) { step = s; };
    TrainResult r;
    std::thread worker([&] { r = t.run(cb); });
    QTRY_VERIFY_WITH_TIMEOUT(step.load() >= 20, 60000);
    QElapsedTimer timer;
    timer.start();
    t.requestStop();
    worker.join();
#if defined(__SANITIZE_ADDRESS__)
    // Under ASan the step in flight and the stopped run's evaluation take several times
    // longer (page faults: ASan does not reuse freed tensor memory at once): 1,085 ms
    // on a two-core Zen 5 (2026-12-08). The second is the normal build's promise; here,
    // only that Stop ends this 100,000-step run within seconds.
    const qint64 promptly = 10000;
#else
    const qint64 promptly = 1000;
#endif
    QVERIFY2(timer.elapsed() < promptly, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(r.summary.status, std::string("stopped"));
    QVERIFY(r.summary.steps < 100000);
    QVERIFY(r.summary.targetTestAcc > 0); // still evaluated where it stopped
  }

  void unknownFreezeLayerIsAnInputError() {
    Experiment e = shortRun(10);
    e.model.freeze = {"conv9"};
    Trainer t(e);
    try {
      t.run();
      QFAIL("no error");
    } catch (const InputError& err) {
      QVERIFY2(QString(err.what()).contains("conv9"), err.what());
    }
  }

  // A DANN run whose adversary killed the features (lambda max 2 did, at step 750 of
  // the default recipe) is named once in the log, so a domain accuracy of 0.5 is not
  // taken for aligned domains.
  void aCollapseOfTheFeaturesIsNamedOnce() {
    CollapseWatch watch(10);
    QCOMPARE(watch.observe(250, 0.937).english(), std::string());
    QCOMPARE(watch.observe(500, 0.964).english(), std::string());
    const QString warning = QString::fromStdString(watch.observe(750, 0.100).english());
    QVERIFY2(warning.contains("collapsed at step 750") && warning.contains("from 0.964 to 0.100"), qPrintable(warning));
    QVERIFY(watch.collapsed());
    QCOMPARE(watch.observe(1000, 0.100).english(), std::string());
    // A dip well above chance is no collapse; a run still at chance after
    // kStepsToLearn steps (DANN on syndigits, seed 3) is named too, once.
    CollapseWatch never(10);
    QCOMPARE(never.observe(250, 0.10).english(), std::string());
    QCOMPARE(never.observe(1250, 0.11).english(), std::string());
    const QString still = QString::fromStdString(never.observe(CollapseWatch::kStepsToLearn, 0.1).english());
    QVERIFY2(still.contains("after 1500 steps the source test accuracy is still at chance (best 0.110"),
             qPrintable(still));
    QCOMPARE(never.observe(1750, 0.1).english(), std::string());
    CollapseWatch dip(10);
    dip.observe(250, 0.9);
    QCOMPARE(dip.observe(500, 0.4).english(), std::string());
  }

  void divergenceIsARunError() {
    Experiment e = shortRun(200);
    e.training.lr = 1e6; // explodes within a few steps
    e.training.momentum = 0.99;
    Trainer t(e);
    try {
      t.run();
      QFAIL("no error");
    } catch (const RunError& err) {
      QVERIFY2(QString(err.what()).contains("diverged"), err.what());
    }
  }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
