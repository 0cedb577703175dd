// Fine-tuning in core with real Fashion-MNIST and real LibTorch: a backbone described
// layer by layer, class subsets as tasks, frozen layers (batch norm included) that do
// not move by a single bit, re-init, and checkpoints that round-trip exactly.
#include "nn/CheckpointInspect.h"
#include "data/Dataset.h"
#include "data/LoadDataset.h"
#include "base/Errors.h"
#include "training/Evaluate.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"
#include "methods/finetune/LayerSweep.h"
#include "nn/ModelInfo.h"
#include "training/RunDirectory.h"
#include "training/Trainer.h"
#include "TwbProcess.h"
#include "data/ClassSubset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cstring>

using namespace twb;

namespace {
// Fashion-MNIST 0-4 as the source task, 5-9 as the target task, tiny and on the CPU.
Experiment fashionTask(const std::string& method, const std::string& backbone) {
  Experiment e = defaultExperiment();
  e.name = "test";
  e.source = DomainSpec{"fashion", 0, {0, 1, 2, 3, 4}};
  e.target = DomainSpec{"fashion", 10, {5, 6, 7, 8, 9}};
  e.method.name = method;
  e.model.backbone = backbone;
  e.training.steps = 20;
  e.training.batchSize = 32;
  e.training.lrSchedule = "constant";
  e.training.device = "cpu";
  e.eval.every = 20;
  return e;
}

bool bitIdentical(const std::vector<float>& a, const std::vector<float>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}
} // namespace

class TestFinetune : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() {
    useAllCores();
    QVERIFY(dir_.isValid());
    // The source model every fine-tune below starts from: 30 resnet steps on classes 0-4.
    Experiment s = fashionTask("source_only", "resnet");
    s.target = s.source;
    s.training.steps = 30;
    s.eval.every = 30;
    source_ = path("source");
    const TrainResult r = Trainer(s, source_).run();
    QCOMPARE(r.summary.status, std::string("completed"));
    sourceAcc_ = r.summary.sourceTestAcc;
    QVERIFY2(sourceAcc_ > 0.3, qPrintable(QString::number(sourceAcc_))); // chance is 0.2
  }

  void modelInfoDescribesEachLayer() {
    const ModelInfo lenet = describeBackbone("lenet");
    QCOMPARE(lenet.layers.size(), std::size_t(5));
    QCOMPARE(lenet.layers[0].name, std::string("conv1"));
    QCOMPARE(shapeText(lenet.layers[0].outputShape), std::string("32x12x12"));
    QCOMPARE(shapeText(lenet.layers[1].outputShape), std::string("768"));
    QCOMPARE(shapeText(lenet.layers[4].outputShape), std::string("10"));
    QCOMPARE(lenet.layers[0].parameters, std::int64_t(32 * 25 + 32));
    QCOMPARE(lenet.layers[4].parameters, std::int64_t(100 * 10 + 10));
    QCOMPARE(lenet.frozenParameters({"conv1", "head"}), std::int64_t(832 + 1010));
    QVERIFY(!lenet.layers[0].hasBatchNorm);

    // lenet_bn: the same shapes, with each convolution's batch norm inside its layer
    // (32 scales and 32 shifts more in conv1), so freezing conv1 freezes it too.
    const ModelInfo lenetBn = describeBackbone("lenet_bn");
    QCOMPARE(shapeText(lenetBn.layers[1].outputShape), std::string("768"));
    QCOMPARE(lenetBn.layers[0].parameters, std::int64_t(32 * 25 + 32 + 2 * 32));
    QVERIFY(lenetBn.layers[0].hasBatchNorm && lenetBn.layers[1].hasBatchNorm);
    QVERIFY(!lenetBn.layers[2].hasBatchNorm);

    const ModelInfo resnet = describeBackbone("resnet", 1, 28, 5);
    QCOMPARE(resnet.layers.size(), std::size_t(7));
    QCOMPARE(resnet.layers[0].name, std::string("stem"));
    QCOMPARE(shapeText(resnet.layers[2].outputShape), std::string("32x14x14")); // block2 halves the side
    QCOMPARE(shapeText(resnet.layers[5].outputShape), std::string("64x7x7"));
    QCOMPARE(shapeText(resnet.layers[6].outputShape), std::string("5"));
    QVERIFY(resnet.layers[1].hasBatchNorm);
    QVERIFY(resnet.parameters() > 50000);
    // The fully connected network: four hidden layers of 256 on the flattened image.
    const ModelInfo mlp = describeBackbone("mlp", 1, 28, 10);
    QCOMPARE(mlp.layers.size(), std::size_t(5));
    QCOMPARE(mlp.layers[0].name, std::string("fc1"));
    QCOMPARE(mlp.layers[0].parameters, std::int64_t(784 * 256 + 256));
    QCOMPARE(shapeText(mlp.layers[3].outputShape), std::string("256"));
    QCOMPARE(shapeText(mlp.layers[4].outputShape), std::string("10"));
    QCOMPARE(mlp.featureDim, std::int64_t(256));
    QVERIFY_THROWS_EXCEPTION(InputError, describeBackbone("vgg"));
  }

  void experimentReadsFinetuneFieldsStrictly() {
    const Experiment e = parseExperiment(
        R"({"source": {"dataset": "fashion", "classes": [0, 1, 2]},
            "model": {"backbone": "resnet", "transfer": ["stem", "block1"], "reinit": ["block1"],
                      "init_from": "runs/a"},
            "method": {"name": "finetune", "pretrain_steps": 50}})",
        "x.json");
    QCOMPARE(e.source.classes, (std::vector<int>{0, 1, 2}));
    QVERIFY(!e.model.transferAll);
    QCOMPARE(e.model.transfer, (std::vector<std::string>{"stem", "block1"}));
    QCOMPARE(e.model.reinit, (std::vector<std::string>{"block1"}));
    QCOMPARE(methodOf(e).integerSetting(e, "pretrain_steps"), std::int64_t(50));
    // The resolved file reads back to the same recipe.
    QCOMPARE(experimentToJson(parseExperiment(experimentToJson(e), "y.json")), experimentToJson(e));

    auto error = [](const char* text) {
      try {
        parseExperiment(text, "bad.json");
      } catch (const InputError& err) {
        return QString::fromStdString(err.what());
      }
      return QString();
    };
    QVERIFY(error(R"({"target": {"classes": [1, 1]}})").contains("target.classes"));
    QVERIFY(error(R"({"target": {"classes": ["shirt"]}})").contains("target.classes"));
    QVERIFY(error(R"({"model": {"transfer": "some"}})").contains("model.transfer"));
    QVERIFY(error(R"({"model": {"backbone": "vgg"}})").contains("model.backbone"));
  }

  void classSubsetIsATask() {
    Dataset d = loadDataset("fashion", 1);
    const std::size_t before = d.test.size();
    selectClasses(d, {5, 9}, "target.classes");
    QCOMPARE(d.classNames, (std::vector<std::string>{"Sandal", "Ankle boot"}));
    QVERIFY(d.test.size() > 0 && d.test.size() < before / 3);
    for (const auto label : d.train.labels)
      QVERIFY(label == 0 || label == 1);
    Dataset again = loadDataset("fashion", 1);
    try {
      selectClasses(again, {10}, "target.classes");
      QFAIL("class 10 of 10 accepted");
    } catch (const InputError& err) {
      QVERIFY(QString(err.what()).contains("target.classes names class 10"));
    }
  }

  void frozenLayersDoNotMoveByABit() {
    Experiment e = fashionTask("finetune", "resnet");
    e.model.initFrom = source_;
    e.model.freeze = {"stem", "block1"};
    const std::string run = path("frozen");
    const TrainResult r = Trainer(e, run).run();
    QCOMPARE(r.summary.status, std::string("completed"));
    QCOMPARE(r.summary.sourceTestAcc, sourceAcc_); // the source model's own number
    const std::string before = source_ + "/model.pt", after = run + "/model.pt";
    // Weights and batch-norm running statistics of the frozen layers: bit-identical.
    for (const char* layer : {"stem", "block1"})
      QVERIFY2(bitIdentical(checkpointLayerValues(before, layer), checkpointLayerValues(after, layer)), layer);
    // A copied layer that trains does move.
    QVERIFY(!bitIdentical(checkpointLayerValues(before, "block2"), checkpointLayerValues(after, "block2")));
  }

  void reinitLayerStartsFresh() {
    Experiment e = fashionTask("finetune", "resnet");
    e.model.initFrom = source_;
    e.model.freeze = {"stem", "block1"};
    e.model.reinit = {"block1"};
    const std::string run = path("reinit");
    QCOMPARE(Trainer(e, run).run().summary.status, std::string("completed"));
    QVERIFY(bitIdentical(checkpointLayerValues(source_ + "/model.pt", "stem"),
                         checkpointLayerValues(run + "/model.pt", "stem")));
    QVERIFY(!bitIdentical(checkpointLayerValues(source_ + "/model.pt", "block1"),
                          checkpointLayerValues(run + "/model.pt", "block1")));
  }

  void checkpointsRoundTrip() {
    const std::string run = path("frozen");
    const RunRecord rec = readRunDirectory(run);
    Dataset target = loadDataset("fashion", 1);
    selectClasses(target, {5, 6, 7, 8, 9}, "target.classes");
    // The saved model scores exactly what the run reported from memory.
    QCOMPARE(evaluateCheckpoint(run + "/model.pt", target.test), rec.summary.targetTestAcc);
    // Saved, loaded and saved again: identical outputs.
    const std::string copy = path("copy.pt");
    resaveCheckpoint(run + "/model.pt", copy);
    const ImageSet some = target.test.subset({0, 1, 2, 3, 4, 5, 6, 7});
    const auto a = checkpointLogits(run + "/model.pt", some);
    QCOMPARE(a.size(), std::size_t(8 * 5));
    QVERIFY(bitIdentical(a, checkpointLogits(copy, some)));
  }

  void unknownLayersAreNamed() {
    Experiment e = fashionTask("finetune", "lenet");
    e.model.initFrom = source_; // a resnet
    try {
      Trainer(e, path("mismatch")).run();
      QFAIL("a resnet source model was copied into lenet");
    } catch (const InputError& err) {
      QVERIFY2(QString(err.what()).contains("resnet"), err.what());
    }
    e.model.backbone = "resnet";
    e.model.freeze = {"conv1"};
    QVERIFY_THROWS_EXCEPTION(InputError, Trainer(e, path("badlayer")).run());
  }

  // A finetune run that trains its own source model is in two parts. A caller that
  // asks (onPhase) sees both, each announced before its rows; the pretraining's rows
  // have no target accuracy (its "target" is its source). One that does not ask gets
  // the target's rows only, as metrics.csv has them.
  void pretrainingIsAnnouncedAsItsOwnPart() {
    Experiment e = fashionTask("finetune", "lenet");
    e.method.settings.set("pretrain_steps", std::int64_t{20});
    e.eval.every = 10;
    struct Event {
      bool phase;
      RunPhase which;
      std::int64_t steps;
      MetricRow row;
    };
    std::vector<Event> events;
    TrainerCallbacks cb;
    cb.onPhase = [&](RunPhase p, std::int64_t steps) { events.push_back({true, p, steps, {}}); };
    cb.onMetrics = [&](const MetricRow& row) { events.push_back({false, RunPhase::Target, 0, row}); };
    const TrainResult r = Trainer(e, path("phases")).run(cb);
    QCOMPARE(r.summary.status, std::string("completed"));
    QVERIFY(events.size() > 2);
    QVERIFY(events.front().phase);
    QCOMPARE(events.front().which, RunPhase::SourcePretraining);
    QCOMPARE(events.front().steps, std::int64_t(20));
    const auto second = std::find_if(events.begin() + 1, events.end(), [](const Event& ev) { return ev.phase; });
    QVERIFY(second != events.end());
    QCOMPARE(second->which, RunPhase::Target);
    QCOMPARE(second->steps, e.training.steps);
    QVERIFY(std::none_of(second + 1, events.end(), [](const Event& ev) { return ev.phase; }));
    double value = 0;
    std::int64_t lastPretrainStep = 0;
    for (auto it = events.begin() + 1; it != second; ++it) {
      QVERIFY(!it->row.find(metric::kAccTargetTest, value));
      lastPretrainStep = std::max(lastPretrainStep, it->row.step);
    }
    QCOMPARE(lastPretrainStep, std::int64_t(20));
    QVERIFY(std::any_of(events.begin() + 1, second,
                        [&](const Event& ev) { return ev.row.find(metric::kAccSourceTest, value); }));
    // The target's rows are what metrics.csv holds, step for step.
    std::vector<std::int64_t> targetSteps;
    for (auto it = second + 1; it != events.end(); ++it)
      targetSteps.push_back(it->row.step);
    std::vector<std::int64_t> csvSteps;
    for (const MetricRow& row : readRunDirectory(path("phases")).metrics)
      csvSteps.push_back(row.step);
    QCOMPARE(targetSteps, csvSteps);

    // Without onPhase: the target's rows only.
    std::size_t rows = 0;
    TrainerCallbacks plain;
    plain.onMetrics = [&](const MetricRow&) { ++rows; };
    QCOMPARE(Trainer(e, path("phases-plain")).run(plain).summary.status, std::string("completed"));
    QCOMPARE(rows, csvSteps.size());
  }

  // The lecture's first case: a grey source (digits) and a colour target (digits-m).
  // The source pretrains in the target's three channels (grey repeated), so every layer
  // copies; a grey source model given by model.init_from has its first convolution
  // spread over the three channels.
  void aGreySourceFineTunesAColourTarget() {
    Experiment e = defaultExperiment();
    e.name = "digits -> digits-m, 10 labels";
    e.method.name = "finetune";
    e.method.settings.set("pretrain_steps", std::int64_t{20});
    e.target = DomainSpec{"digits-m", 10, {}};
    e.training.steps = 20;
    e.training.batchSize = 32;
    e.training.device = "cpu";
    e.eval.every = 20;
    const std::string run = path("grey-to-colour");
    const TrainResult r = Trainer(e, run).run();
    QCOMPARE(r.summary.status, std::string("completed"));
    QCOMPARE(r.summary.extra.at("layers_transferred"), 4.0); // conv1, conv2, fc1, fc2
    QCOMPARE(readRunDirectory(run + "/pretrain").experiment.model.inputChannels, 3);
    // Its first convolution reads three channels: three times the grey one's weights.
    const auto conv1 = [](const std::string& dir) { return checkpointLayerValues(dir + "/model.pt", "conv1").size(); };

    // A grey source model as it is (one input channel) into the colour target.
    Experiment grey = defaultExperiment();
    grey.method.name = "source_only";
    grey.target = grey.source;
    grey.training.steps = 20;
    grey.training.batchSize = 32;
    grey.training.device = "cpu";
    grey.eval.every = 20;
    const std::string greyRun = path("grey-source");
    QCOMPARE(Trainer(grey, greyRun).run().summary.status, std::string("completed"));
    // lenet's conv1: 32 filters of C x k x k weights and 32 biases.
    QCOMPARE(conv1(run + "/pretrain") - 32, 3 * (conv1(greyRun) - 32));
    e.model.initFrom = greyRun;
    std::vector<std::string> lines;
    TrainerCallbacks cb;
    cb.onEvent = [&](const RunEvent& event) { lines.push_back(event.text.english()); };
    const TrainResult adapted = Trainer(e, path("grey-init-from")).run(cb);
    QCOMPARE(adapted.summary.status, std::string("completed"));
    QVERIFY(std::any_of(lines.begin(), lines.end(),
                        [](const std::string& l) { return l.find("Input channels adapted") == 0 && l.find("conv1 (1 → 3)") != std::string::npos; }));
  }

  // A recipe that cannot run fails before anything trains or is written: a layer name
  // the backbone lacks (before the pretraining), a source model of another backbone
  // (before a sweep's first cell).
  void aRecipeThatCannotRunFailsBeforeAnyTraining() {
    Experiment e = fashionTask("finetune", "lenet");
    e.method.settings.set("pretrain_steps", std::int64_t{100000}); // would take hours
    e.model.freeze = {"conv9"};
    const std::string run = path("never-trained");
    try {
      Trainer(e, run).run();
      QFAIL("no error");
    } catch (const InputError& err) {
      QVERIFY2(QString(err.what()).contains("'conv9'"), err.what());
    }
    QVERIFY(!QDir(QString::fromStdString(run)).exists());

    Experiment sweep = fashionTask("finetune", "lenet");
    sweep.model.initFrom = source_; // a resnet model
    const std::string out = path("never-swept");
    QVERIFY_THROWS_EXCEPTION(InputError, LayerSweep(sweep, out).run());
    QVERIFY(QDir(QString::fromStdString(out)).isEmpty());
  }

  void sweepCachesEachCell() {
    Experiment e = fashionTask("finetune", "lenet");
    e.method.settings.set("pretrain_steps", std::int64_t{20});
    e.training.steps = 5;
    e.eval.every = 5;
    const std::string out = path("sweep");
    std::vector<SweepCell> cells;
    SweepCallbacks cb;
    cb.onCell = [&](const SweepCell& c) { cells.push_back(c); };
    const SweepResult a = LayerSweep(e, out).run(cb);
    QVERIFY(!a.stopped);
    QCOMPARE(a.layers, (std::vector<std::string>{"conv1", "conv2", "fc1", "fc2"}));
    QCOMPARE(a.rows.size(), std::size_t(5));
    QCOMPARE(cells.size(), std::size_t(10)); // source, scratch, 4 x (frozen, fine-tuned)
    for (const auto& c : cells)
      QVERIFY(!c.cached);
    QCOMPARE(*a.rows[0].frozenAcc, *a.scratchAcc);
    QVERIFY(readRunDirectory(out + "/first4-frozen").experiment.model.freeze.size() == 4);

    // The same sweep again reads every cell back instead of training it.
    cells.clear();
    const SweepResult b = LayerSweep(e, out).run(cb);
    QCOMPARE(cells.size(), std::size_t(10));
    for (const auto& c : cells)
      QVERIFY(c.cached);
    for (std::size_t k = 0; k < a.rows.size(); ++k)
      QCOMPARE(*b.rows[k].finetunedAcc, *a.rows[k].finetunedAcc);

    // Another recipe is never mixed into the same folder.
    e.training.steps = 6;
    QVERIFY_THROWS_EXCEPTION(InputError, LayerSweep(e, out).run());

    // twb sweep-layers reads the same cells back and prints the contract's JSON.
    e.training.steps = 5;
    const QString file =
        twbtest::writeTextFile(dir_.path(), "sweep.json", QByteArray::fromStdString(experimentToJson(e)));
    const auto cli = twbtest::runTwb({"sweep-layers", file, "--out", QString::fromStdString(out), "--json"});
    QCOMPARE(cli.code, 0);
    const QJsonObject j = QJsonDocument::fromJson(cli.out.toUtf8()).object();
    QCOMPARE(j["rows"].toArray().size(), 5);
    QCOMPARE(j["rows"].toArray()[2].toObject()["k"].toInt(), 2);
    QCOMPARE(j["rows"].toArray()[2].toObject()["frozen_acc"].toDouble(), *a.rows[2].frozenAcc);
    QCOMPARE(j["scratch_acc"].toDouble(), *a.scratchAcc);
    QVERIFY(cli.err.contains("(cached)"));
    QCOMPARE(twbtest::runTwb({"sweep-layers", file}).code, 2); // --out is required
    e.training.steps = 6;

    // A stop request before the start ends the sweep with nothing run.
    LayerSweep stopped(e, path("stopped"));
    stopped.requestStop();
    QVERIFY(stopped.run().stopped);
  }

private:
  std::string path(const char* name) const { return dir_.filePath(name).toStdString(); }

  QTemporaryDir dir_;
  std::string source_;
  double sourceAcc_ = 0;
};

QTEST_GUILESS_MAIN(TestFinetune)
#include "tst_finetune.moc"
