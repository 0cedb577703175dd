// The experiment file: defaults, round trip, and one clear error per bad input.
#include "base/AtomicFile.h"
#include "base/Errors.h"
#include "experiment/Experiment.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace twb;

class TestExperiment : public QObject {
  Q_OBJECT

  static QString errorOf(const std::string& json) {
    try {
      parseExperiment(json, "exp.json");
    } catch (const InputError& e) {
      return QString::fromStdString(e.what());
    }
    return {};
  }

private Q_SLOTS:
  void missingKeysTakeDefaults() {
    const Experiment e = parseExperiment("{}", "exp.json");
    QCOMPARE(e.method.name, std::string("dann")); // the contract's default experiment
    QCOMPARE(e.source.dataset, std::string("digits"));
    QCOMPARE(e.target.dataset, std::string("digits-m"));
    QCOMPARE(e.model.backbone, std::string("lenet"));
    QCOMPARE(e.training.batchSize, 64);
    QCOMPARE(e.training.device, std::string("auto"));
    QCOMPARE(e.eval.every, std::int64_t(200));
    QCOMPARE(e.training.lrSchedule, std::string("ganin"));
  }

  // The README's tables and bench/accuracy.sh run the shipped file; a new window runs
  // defaultExperiment(). They must be one recipe, evaluation points included, or the
  // window's curves and the README's differ.
  void shippedDefaultExperimentIsTheWindowsDefault() {
    const QByteArray sourceDir = qgetenv("TWB_SOURCE_DIR");
    if (sourceDir.isEmpty())
      QSKIP("TWB_SOURCE_DIR is not set (CTest sets it)");
    const Experiment shipped =
        loadExperimentFile(sourceDir.toStdString() + "/resources/experiments/dann_digits_to_digits_m.json");
    QCOMPARE(QString::fromStdString(experimentToJson(shipped)),
             QString::fromStdString(experimentToJson(defaultExperiment())));
  }

  void roundTripKeepsEveryField() {
    Experiment e;
    e.name = "round trip";
    e.seed = 7;
    e.target.labelsPerClass = 10;
    e.model.freeze = {"conv1"};
    e.model.lrMult = {{"conv2", 0.1}};
    e.method.name = "target_only";
    e.method.lambda.gamma = 5;
    e.training.steps = 123;
    e.training.lr = 0.003;
    e.training.optimizer = "adam";
    e.training.lrSchedule = "ganin";
    e.eval.every = 7;
    const std::string json = experimentToJson(e);
    const Experiment back = parseExperiment(json, "exp.json");
    QCOMPARE(experimentToJson(back), json);
    QCOMPARE(back.model.lrMult.at("conv2"), 0.1);
    QCOMPARE(back.seed, std::uint64_t(7));
  }

  void resolvedJsonSpellsOutTheContractKeys() {
    const QString json = QString::fromStdString(experimentToJson(defaultExperiment()));
    for (const char* key : {"\"labels_per_class\"", "\"lr_mult\"", "\"lambda\"", "\"lr_schedule\"",
                            "\"batch_size\"", "\"every\"", "\"momentum\"", "\"device\""})
      QVERIFY2(json.contains(key), key);
  }

  void unknownKeyIsNamed() {
    QCOMPARE(errorOf(R"({"training": {"stpes": 10}})"), QString("exp.json: unknown key 'training.stpes'"));
    QCOMPARE(errorOf(R"({"colour": 1})"), QString("exp.json: unknown key 'colour'"));
  }

  void wrongTypeIsNamed() {
    QCOMPARE(errorOf(R"({"training": {"steps": "ten"}})"),
             QString("exp.json: 'training.steps' must be an integer, got a string"));
    QCOMPARE(errorOf(R"({"training": {"lr": "0.1"}})"),
             QString("exp.json: 'training.lr' must be a number, got a string"));
    QCOMPARE(errorOf(R"({"source": "digits"})"), QString("exp.json: 'source' must be an object, got a string"));
    QCOMPARE(errorOf(R"({"model": {"freeze": [1]}})"),
             QString("exp.json: 'model.freeze' must be an array of strings, found an integer in it"));
  }

  void badValuesAreNamed() {
    QVERIFY(errorOf(R"({"training": {"steps": 0}})").contains("'training.steps' must be at least 1"));
    QVERIFY(errorOf(R"({"method": {"name": "magic"}})").contains("'method.name' is 'magic'; expected one of"));
    QVERIFY(errorOf(R"({"method": {"name": "mcd"}})").contains("cannot run yet"));
    QVERIFY(errorOf(R"({"method": {"domain_classifier": {"width": 0}}})").contains("'method.domain_classifier.width' must be at least 1"));
    QVERIFY(errorOf(R"({"method": {"adversary": "wasserstein"}})").contains("'method.adversary' is 'wasserstein'"));
    QVERIFY(errorOf(R"({"source": {"dataset": "cifar"}})").contains("'source.dataset' is 'cifar'"));
    QVERIFY(errorOf(R"({"training": {"device": "tpu"}})").contains("'training.device' is 'tpu'"));
    QVERIFY(errorOf("{\"seed\": 1,}").startsWith("exp.json: not valid JSON"));
  }

  void setOverridesByDottedPath() {
    Experiment e = defaultExperiment();
    applySetting(e, "training.steps=500");
    applySetting(e, "seed=3");
    applySetting(e, "method.name=target_only");
    applySetting(e, "model.lr_mult.conv1=0.1");
    applySetting(e, R"(model.freeze=["conv1","conv2"])");
    QCOMPARE(e.training.steps, std::int64_t(500));
    QCOMPARE(e.seed, std::uint64_t(3));
    QCOMPARE(e.method.name, std::string("target_only"));
    QCOMPARE(e.model.lrMult.at("conv1"), 0.1);
    QCOMPARE(e.model.freeze.size(), std::size_t(2));
    applySetting(e, "method.adversary=confusion");
    QCOMPARE(e.method.adversary, std::string("confusion"));
    QCOMPARE(parseExperiment(experimentToJson(e), "y.json").method.adversary, std::string("confusion"));
  }

  void badSetIsNamed() {
    Experiment e = defaultExperiment();
    QVERIFY_THROWS_EXCEPTION(InputError, applySetting(e, "training.stpes=5"));
    try {
      applySetting(e, "training.steps=abc");
      QFAIL("no error");
    } catch (const InputError& err) {
      QCOMPARE(QString(err.what()), QString("--set training.steps=abc: 'training.steps' must be an integer, got a string"));
    }
    QVERIFY_THROWS_EXCEPTION(InputError, applySetting(e, "novalue"));
    QCOMPARE(e.training.steps, defaultExperiment().training.steps); // untouched after errors
  }

  void saveIsAtomicAndLoadable() {
    QTemporaryDir dir;
    const std::string path = (dir.path() + "/exp.json").toStdString();
    Experiment e = defaultExperiment();
    e.seed = 42;
    saveExperimentFile(path, e);
    QCOMPARE(loadExperimentFile(path).seed, std::uint64_t(42));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left behind
    QVERIFY_THROWS_EXCEPTION(InputError, loadExperimentFile((dir.path() + "/missing.json").toStdString()));
  }

  void failedWriteKeepsTheOldFile() {
    QTemporaryDir dir;
    const std::string path = (dir.path() + "/exp.json").toStdString();
    writeFileAtomic(path, "old");
    QVERIFY_THROWS_EXCEPTION(RunError, writeFileAtomic((dir.path() + "/no/such/dir/x.json").toStdString(), "new"));
    QCOMPARE(readFile(path), std::string("old"));
  }
};

QTEST_GUILESS_MAIN(TestExperiment)
#include "tst_experiment.moc"
