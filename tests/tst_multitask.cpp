// Multitask learning on real data with real LibTorch: the built-in families train a
// head per task on one trunk, log a curve per task, write a per-task summary, are
// reproducible for a seed, and a bad tasks section fails with a clear message.
#include "base/Errors.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentFile.h"
#include "training/RunSummary.h"
#include "data/Speech.h"
#include "methods/Registry.h"
#include "methods/multitask/Tasks.h"
#include "training/Trainer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace twb;

namespace {

Experiment multitask(const std::string& family, std::int64_t steps) {
  Experiment e = defaultExperiment();
  e.method.name = "multitask";
  e.tasks.family = family;
  e.training.lrSchedule = "constant";
  e.training.steps = steps;
  e.training.batchSize = 32; // short and small: the suite runs on two busy cores
  e.eval.every = steps;
  e.training.device = "cpu";
  return e;
}

// The last logged value of `name`, or NaN.
double last(const std::vector<MetricRow>& rows, const std::string& name) {
  double value = std::nan(""), v = 0;
  for (const auto& r : rows)
    if (r.find(name, v))
      value = v;
  return value;
}

double first(const std::vector<MetricRow>& rows, const std::string& name) {
  double v = 0;
  for (const auto& r : rows)
    if (r.find(name, v))
      return v;
  return std::nan("");
}

std::string readText(const QString& path) {
  std::ifstream in(path.toStdString());
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void expectInputError(const std::string& json, const std::string& fragment) {
  try {
    parseExperiment(json, "mt.json");
  } catch (const InputError& e) {
    QVERIFY2(std::string(e.what()).find(fragment) != std::string::npos, e.what());
    return;
  }
  QFAIL(("no error for " + json).c_str());
}

} // namespace

class TestMultitask : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() { useAllCores(); }

  void digitsFamilyLearnsEveryTask() {
    QTemporaryDir dir;
    const QString runDir = dir.filePath("run");
    Trainer t(multitask("digits", 150), runDir.toStdString());
    const TrainResult r = t.run();
    QCOMPARE(r.summary.status, std::string("completed"));
    // Chance: 0.1 for the digit, 0.5 for parity and greater-than-4.
    const double digit = last(r.metrics, "acc/digit"), parity = last(r.metrics, "acc/parity"),
                 gt4 = last(r.metrics, "acc/greater_than_4");
    QVERIFY2(digit > 0.6, qPrintable(QString::number(digit)));
    QVERIFY2(parity > 0.75, qPrintable(QString::number(parity)));
    QVERIFY2(gt4 > 0.75, qPrintable(QString::number(gt4)));
    for (const char* task : {"digit", "parity", "greater_than_4"}) {
      const std::string loss = std::string("loss/") + task;
      QVERIFY2(last(r.metrics, loss) < first(r.metrics, loss) / 2, task);
      QCOMPARE(last(r.metrics, std::string("weight/") + task), 1.0);
    }
    // One batch carries the three labels: 32 images a step, not 96.
    QVERIFY(std::abs(r.summary.imagesPerSecond * r.summary.trainSeconds - 150 * 32) < 1);
    QCOMPARE(r.summary.sourceTestAcc, digit);
    QCOMPARE(r.summary.targetTestAcc, digit);

    const RunSummary back = parseSummary(readText(runDir + "/summary.json"), "summary.json");
    QCOMPARE(back.tasks.size(), std::size_t(3));
    QCOMPARE(back.tasks.at("parity").at("test_acc"), parity);
    QCOMPARE(back.tasks.at("digit").at("weight"), 1.0);
    const Experiment resolved = loadExperimentFile((runDir + "/experiment.json").toStdString());
    QCOMPARE(resolved.method.name, std::string("multitask"));
    QCOMPARE(resolved.tasks.family, std::string("digits"));
    const std::string csv = readText(runDir + "/metrics.csv");
    for (const char* column : {"loss/digit", "acc/greater_than_4", "weight/parity", "loss/total"})
      QVERIFY2(csv.find(column) != std::string::npos, column);
  }

  void sameSeedSameCurves() {
    Experiment e = multitask("digits", 20);
    e.tasks.weighting = "uncertainty";
    e.eval.every = 10;
    Trainer a(e), b(e);
    const auto ra = a.run(), rb = b.run();
    QCOMPARE(ra.metrics.size(), rb.metrics.size());
    for (std::size_t i = 0; i < ra.metrics.size(); ++i) {
      QCOMPARE(ra.metrics[i].values.size(), rb.metrics[i].values.size());
      for (std::size_t k = 0; k < ra.metrics[i].values.size(); ++k)
        QCOMPARE(ra.metrics[i].values[k].second, rb.metrics[i].values[k].second);
    }
  }

  void uncertaintyWeightsMove() {
    Experiment e = multitask("digits", 60);
    e.tasks.weighting = "uncertainty";
    e.tasks.labelsPerClass = 10; // few digit labels: a batch of its own
    const TrainResult r = Trainer(e).run();
    QCOMPARE(r.summary.tasks.at("digit").at("train_labels"), 100.0);
    // The few-label digits have a batch of their own; parity and greater-than-4 share one.
    QVERIFY(std::abs(r.summary.imagesPerSecond * r.summary.trainSeconds - 60 * 64) < 1);
    QCOMPARE(r.summary.tasks.at("parity").at("train_labels"), r.summary.tasks.at("greater_than_4").at("train_labels"));
    // exp(-s) starts at 1 and moves as the losses fall (a logged weight is the mean over
    // the steps since the last log row; the summary's is the value at the end).
    for (const char* task : {"digit", "parity", "greater_than_4"}) {
      const double logged = last(r.metrics, std::string("weight/") + task);
      const double final = r.summary.tasks.at(task).at("weight");
      QVERIFY2(logged > 0 && std::abs(logged - 1.0) > 0.01, qPrintable(QString("%1 %2").arg(task).arg(logged)));
      QVERIFY2(std::abs(final - logged) < 0.1 * logged,
               qPrintable(QString("%1 %2 %3").arg(task).arg(final).arg(logged)));
    }
  }

  void onlyTrainsOneTask() {
    Experiment e = multitask("digits", 20);
    e.tasks.only = "parity";
    const TrainResult r = Trainer(e).run();
    QCOMPARE(r.summary.tasks.size(), std::size_t(1));
    QVERIFY(std::isnan(last(r.metrics, "acc/digit")));
    QCOMPARE(r.summary.sourceTestAcc, last(r.metrics, "acc/parity"));
  }

  void digitsAndFashionShareATrunk() {
    const TrainResult r = Trainer(multitask("digits_fashion", 60)).run();
    // Two batches a step, one per dataset; both heads well above chance (0.1).
    QVERIFY2(last(r.metrics, "acc/digit") > 0.25, qPrintable(QString::number(last(r.metrics, "acc/digit"))));
    QVERIFY2(last(r.metrics, "acc/fashion") > 0.25, qPrintable(QString::number(last(r.metrics, "acc/fashion"))));
  }

  // The multilingual family (Huang et al. 2013): a task per language, each on its own
  // language's spoken digits, the first (Finnish) with the few labels.
  void spokenLanguagesHaveATaskPerLanguage() {
    TasksSpec spec;
    spec.family = "spoken_languages";
    spec.labelsPerClass = 5;
    const auto tasks = resolveTasks(spec);
    QCOMPARE(tasks.size(), std::size_t(5));
    std::vector<std::string> names;
    for (const auto& t : tasks) {
      names.push_back(t.name);
      QCOMPARE(t.dataset, "spoken-digits:lang=" + t.name);
      QCOMPARE(t.label, std::string("class"));
      QCOMPARE(t.labelsPerClass, &t == &tasks.front() ? 5 : 0);
      for (const auto& voice : spokenDigitsVoices(t.dataset))
        QVERIFY2(voice.rfind("espeak:" + t.name + "+", 0) == 0, voice.c_str());
    }
    QCOMPARE(names, (std::vector<std::string>{"fi", "en", "de", "fr", "es"}));
    const auto families = taskFamilies();
    QVERIFY(std::find(families.begin(), families.end(), "spoken_languages") != families.end());
    QVERIFY(QString::fromStdString(describeTaskFamily("spoken_languages").english()).contains("Finnish"));
    // Its baselines are each language alone.
    const Experiment e = parseExperiment(
        R"({"method": {"name": "multitask"}, "tasks": {"family": "spoken_languages", "labels_per_class": 5}})", "l.json");
    const auto alone = findMethod("multitask")->baselines(e);
    QCOMPARE(alone.size(), std::size_t(5));
    QCOMPARE(alone.front().tasks.only, std::string("fi"));
  }

  // Two languages, one voice each (the family's five take a minute to synthesise on
  // two cores): both heads learn their own language's digits from the shared trunk,
  // the few-label one from its 50 utterances.
  void languagesShareATrunk() {
    Experiment e = multitask("custom", 60);
    e.tasks.list = parseExperiment(R"({"method": {"name": "multitask"}, "tasks": {"family": "custom", "list": [
        {"name": "fi", "dataset": "spoken-digits:voices=espeak:fi+m3", "labels_per_class": 5},
        {"name": "de", "dataset": "spoken-digits:voices=espeak:de+m3"}]}})",
                                   "l.json")
                       .tasks.list;
    const TrainResult r = Trainer(e).run();
    QCOMPARE(r.summary.tasks.size(), std::size_t(2));
    QCOMPARE(r.summary.tasks.at("fi").at("train_labels"), 50.0);
    QCOMPARE(r.summary.tasks.at("de").at("train_labels"), 800.0);
    QVERIFY2(last(r.metrics, "acc/de") > 0.3, qPrintable(QString::number(last(r.metrics, "acc/de"))));
    QVERIFY2(last(r.metrics, "acc/fi") > 0.2, qPrintable(QString::number(last(r.metrics, "acc/fi"))));
  }

  void resnetTrunkIsPooled() {
    // resnet's heads read its last block averaged over space, as its own head does.
    Experiment e = multitask("digits", 5);
    e.model.backbone = "resnet";
    const TrainResult r = Trainer(e).run();
    QCOMPARE(r.summary.status, std::string("completed"));
    QCOMPARE(r.summary.tasks.size(), std::size_t(3));
    QVERIFY(last(r.metrics, "acc/parity") >= 0 && last(r.metrics, "acc/parity") <= 1);
  }

  void coarseFashionGroups() {
    const std::vector<std::string> fashion = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                              "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
    TaskSpec group;
    group.name = "group";
    group.dataset = "fashion";
    group.label = "coarse";
    const LabelMapping m = mapLabels(group, fashion);
    QCOMPARE(m.classNames, (std::vector<std::string>{"tops", "bottoms", "footwear", "bags"}));
    QCOMPARE(m.fromDatasetClass, (std::vector<std::int64_t>{0, 1, 0, 0, 0, 2, 0, 2, 3, 2}));
    group.label = "parity";
    QVERIFY_THROWS_EXCEPTION(InputError, mapLabels(group, fashion));
  }

  void badTasksSectionsFailClearly() {
    const std::string head = R"({"method": {"name": "multitask"}, "tasks": )";
    expectInputError(head + R"({"familly": "digits"}})", "'tasks.familly'");
    expectInputError(head + R"({"family": "cifar"}})", "'tasks.family' is 'cifar'");
    expectInputError(head + R"({"family": "custom"}})", "'tasks.list' must list at least one task");
    expectInputError(head + R"({"family": "digits", "list": [{"name": "a"}]}})", "only read when");
    expectInputError(head + R"({"only": "colour"}})", "'tasks.only' is 'colour'");
    expectInputError(head + R"({"family": "custom", "list": [{"name": "a", "label": "hue"}]}})",
                     "'tasks.list[0].label' is 'hue'");
    expectInputError(head + R"({"family": "custom", "list": [{"name": "a"}, {"name": "a"}]}})", "twice");
    expectInputError(head + R"({"family": "custom", "list": [{"name": "label"}]}})", "existing metric");
    expectInputError(head + R"({"family": "custom", "list": [{"name": "a", "weight": 0}]}})", "greater than 0");
  }

  void customListRoundTrips() {
    const std::string json =
        R"({"method": {"name": "multitask"}, "tasks": {"family": "custom", "weighting": "uncertainty",
      "list": [{"name": "digit", "dataset": "digits", "labels_per_class": 5},
               {"name": "odd", "dataset": "syndigits", "label": "parity", "weight": 0.5}]}})";
    const Experiment e = parseExperiment(json, "mt.json");
    QCOMPARE(e.tasks.list.size(), std::size_t(2));
    QCOMPARE(e.tasks.list[1].weight, 0.5);
    const Experiment back = parseExperiment(experimentToJson(e), "back.json");
    QCOMPARE(experimentToJson(back), experimentToJson(e));
    Experiment set = back;
    applySetting(set, "tasks.only=odd");
    QCOMPARE(resolveTasks(set.tasks).front().dataset, std::string("syndigits"));
  }
};

QTEST_GUILESS_MAIN(TestMultitask)
#include "tst_multitask.moc"
