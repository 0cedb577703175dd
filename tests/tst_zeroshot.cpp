// Zero-shot learning on real data with real LibTorch: class descriptions (the shipped
// tables, a user's CSV, word vectors from a file the test writes), the seen/unseen
// split, a short run on shapes that recognises classes it never saw, its baselines,
// and the joint embeddings of the finished run.
#include "data/AttributeTable.h"
#include "embed/Embedding.h"
#include "base/Errors.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentFile.h"
#include "training/Metrics.h"
#include "training/RunSummary.h"
#include "training/Trainer.h"
#include "zeroshot/ClassDescriptions.h"
#include "zeroshot/DescribeClass.h"
#include "zeroshot/WordVectors.h"
#include "zeroshot/ZeroShotResults.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <numeric>
#include <set>

using namespace twb;

namespace {

void writeText(const QString& path, const std::string& text) {
  std::ofstream out(path.toStdString());
  out << text;
}

template <typename Fn> QString inputErrorOf(Fn fn) {
  try {
    fn();
  } catch (const InputError& e) {
    return QString::fromStdString(e.what());
  }
  return {};
}

const std::vector<std::string> kFashion = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                           "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};

Experiment shapesRun(std::int64_t steps) {
  Experiment e = defaultExperiment();
  e.source.dataset = e.target.dataset = "shapes";
  e.method.name = "zeroshot";
  e.training.steps = steps;
  e.training.lrSchedule = "constant";
  e.training.optimizer = "adam"; // as resources/experiments/zeroshot_shapes.json
  e.training.lr = 0.001;
  e.training.device = "cpu";
  e.eval.every = steps;
  return e;
}

} // namespace

class TestZeroShot : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() { useAllCores(); }

  void fashionTableDescribesEveryClass() {
    const AttributeTable& t = fashionAttributeTable();
    QCOMPARE(t.classes, kFashion);
    for (const char* a :
         {"upper_body", "lower_body", "footwear", "sleeves", "long_sleeves", "heel", "open_straps", "carried"})
      QVERIFY2(t.column(a) >= 0, a);
    // No two classes share a description, or they could not be told apart.
    std::set<std::vector<float>> distinct(t.values.begin(), t.values.end());
    QCOMPARE(distinct.size(), t.classes.size());
  }

  void shapesDefaultSplitSeesEveryAttributeValue() {
    const AttributeTable& t = shapesAttributeTable();
    ZeroShotSpec spec;
    const auto unseen = unseenMask(spec, "shapes", t.classes);
    QCOMPARE(std::count(unseen.begin(), unseen.end(), true), 8L);
    for (std::size_t a = 0; a < t.attributes.size(); ++a) {
      bool seenWithIt = false;
      for (std::size_t c = 0; c < t.classes.size(); ++c)
        seenWithIt = seenWithIt || (!unseen[c] && t.values[c][a] > 0.5f);
      QVERIFY2(seenWithIt, t.attributes[a].c_str());
    }
    const auto fashion = unseenMask(spec, "fashion", kFashion);
    QCOMPARE(std::count(fashion.begin(), fashion.end(), true), 3L);
  }

  void badSplitsNameTheProblem() {
    ZeroShotSpec spec;
    spec.unseen = {"Pullover", "Cardigan"};
    QVERIFY(inputErrorOf([&] { unseenMask(spec, "fashion", kFashion); }).contains("'Cardigan' is not a class"));
    spec.unseen.assign(kFashion.begin(), kFashion.end() - 1);
    QVERIFY(inputErrorOf([&] { unseenMask(spec, "fashion", kFashion); }).contains("at least two classes"));
    spec.unseen.clear();
    QVERIFY(inputErrorOf([&] { unseenMask(spec, "folder:/x", {"a", "b", "c"}); }).contains("no default split"));
  }

  void userAttributeTableForAFolder() {
    QTemporaryDir dir;
    const QString csv = dir.filePath("animals.csv");
    writeText(csv, "# my classes\nclass,stripes,four_legs\nzebra,1,1\nhorse,0,1\n");
    ZeroShotSpec spec;
    spec.attributes = csv.toStdString();
    const auto d = describeClasses(spec, "folder:/animals", {"horse", "zebra"});
    QCOMPARE(d.dimensions, (std::vector<std::string>{"stripes", "four_legs"}));
    QCOMPARE(d.vectors[1], (std::vector<float>{1, 1}));
    const QString err = inputErrorOf([&] { describeClasses(spec, "folder:/animals", {"horse", "tiger"}); });
    QVERIFY2(err.contains(csv) && err.contains("no row for class 'tiger'"), qPrintable(err));
    QVERIFY(inputErrorOf([&] {
              describeClasses(ZeroShotSpec{}, "folder:/animals", {"horse"});
            }).contains("zeroshot.attributes"));
  }

  void wordVectorsAverageTheWordsOfAName() {
    QTemporaryDir dir;
    const QString path = dir.filePath("vectors.txt");
    writeText(path, "ankle 1 0 0\nboot 0 1 0\nT 0 0 4\nshirt 0 0 2\ntop 2 2 0\nbag 1 1 1\n");
    const auto v = classWordVectors(path.toStdString(), {"Ankle boot", "T-shirt/top", "BAG"});
    QCOMPARE(v[0], (std::vector<float>{0.5f, 0.5f, 0.0f}));
    QCOMPARE(v[1], (std::vector<float>{2.0f / 3, 2.0f / 3, 2.0f})); // t, shirt, top
    QCOMPARE(v[2], (std::vector<float>{1, 1, 1}));                  // case-insensitive
    const QString err = inputErrorOf([&] { classWordVectors(path.toStdString(), {"bag", "Sneaker"}); });
    QVERIFY2(err.contains(path) && err.contains("class 'Sneaker'") && err.contains("'sneaker'"), qPrintable(err));

    // A new class described in words, as the embedding view's box takes it: the mean
    // of its words' vectors at unit length, as the run's class vectors are.
    EmbeddingData joint;
    joint.classPoints = 1;
    joint.descriptionDimensions = {"wv1", "wv2", "wv3"};
    joint.wordVectorsPath = path.toStdString();
    const auto words = parseDescription(joint, "ankle, boot");
    QVERIFY(std::abs(words[0] - std::sqrt(0.5f)) < 1e-6f && std::abs(words[1] - std::sqrt(0.5f)) < 1e-6f);
    QVERIFY(inputErrorOf([&] { parseDescription(joint, "sneaker"); }).contains(path));

    writeText(path, "boot 1 2 3\nbag 1 1\n");
    QVERIFY(inputErrorOf([&] { classWordVectors(path.toStdString(), {"bag"}); }).contains("line 2 has 2 numbers"));
  }

  void experimentKeys() {
    Experiment e = parseExperiment(R"({"method": {"name": "zeroshot"}, "zeroshot": {"loss": "devise", "margin": 0.5,
                                       "unseen": ["Bag"], "conse_top": 2}})",
                                   "zs.json");
    QCOMPARE(e.zeroshot.loss, std::string("devise"));
    QCOMPARE(e.zeroshot.unseen, std::vector<std::string>{"Bag"});
    QCOMPARE(parseExperiment(experimentToJson(e), "again").zeroshot.conseTop, 2);
    QVERIFY(inputErrorOf([] {
              parseExperiment(R"({"zeroshot": {"loss": "hinge"}})", "zs.json");
            }).contains("zeroshot.loss"));
    QVERIFY(inputErrorOf([] {
              parseExperiment(R"({"zeroshot": {"margins": 1}})", "zs.json");
            }).contains("zeroshot.margins"));
    applySetting(e, "zeroshot.unseen=[\"Dress\",\"Coat\"]");
    QCOMPARE(e.zeroshot.unseen.size(), std::size_t(2));
  }

  // Training never sees an unseen class, yet recognises them by their attributes.
  void shortShapesRunRecognisesUnseenClasses() {
    QTemporaryDir dir;
    const std::string runDir = dir.filePath("run").toStdString();
    Trainer t(shapesRun(150), runDir);
    std::vector<std::string> logs;
    TrainerCallbacks cb;
    cb.onEvent = [&](const twb::RunEvent& event) { logs.push_back(event.text.english()); };
    const TrainResult r = t.run(cb);
    QCOMPARE(r.summary.status, std::string("completed"));
    const double unseen = r.summary.extra.at("unseen_acc");
    // Chance among the 8 unseen classes is 0.125.
    QVERIFY2(unseen > 0.4, qPrintable(QString::number(unseen)));
    QCOMPARE(r.summary.targetTestAcc, unseen);
    for (const char* k : {"seen_acc", "harmonic_mean", "eszsl_unseen_acc", "conse_unseen_acc", "eszsl_harmonic_mean"})
      QVERIFY2(r.summary.extra.count(k), k);
    QVERIFY(std::any_of(logs.begin(), logs.end(), [](const std::string& l) {
      return l.find("unseen classes red filled circle") != std::string::npos;
    }));
    double v = 0;
    QVERIFY(r.metrics.back().find("acc/unseen", v));
    QVERIFY(std::any_of(r.metrics.begin(), r.metrics.end(),
                        [&](const MetricRow& m) { return m.find("loss/zeroshot", v); }));

    const ZeroShotResults z = readZeroShotResults(runDir);
    QCOMPARE(z.classes.size(), std::size_t(32));
    QVERIFY(z.find("zeroshot") && z.find("eszsl") && z.find("conse"));
    QCOMPARE(z.find("zeroshot")->unseenAcc, unseen);
    QCOMPARE(z.find("zeroshot")->zslPerClass[1], -1.0); // a seen class is no ZSL candidate
    QVERIFY(z.find("zeroshot")->zslPerClass[0] >= 0);   // red filled circle is unseen

    // The joint space, as the embedding view gets it: a pseudo-layer listed first.
    QCOMPARE(runLayerNames(runDir).front(), std::string(kJointLayer));
    EmbeddingRequest req;
    req.runDir = runDir;
    req.layer = kJointLayer;
    req.maxPerDomain = 320;
    const EmbeddingData emb = extractEmbedding(req);
    QVERIFY(emb.isZeroShot());
    QCOMPARE(emb.classPoints, std::size_t(32));
    QCOMPARE(emb.imageCount(), std::size_t(320));
    QCOMPARE(emb.n, std::size_t(352));
    QCOMPARE(emb.dim, std::size_t(64));
    QCOMPARE(emb.unseen.size(), std::size_t(32));
    QVERIFY(emb.unseen[0] && !emb.unseen[1]);
    QCOMPARE(emb.domains.back(), EmbeddingDomain::Description);
    QCOMPARE(emb.labels.back(), 31);
    QVERIFY(QString::fromStdString(emb.countsText().english()).endsWith("test (shapes) images and 32 class embeddings"));
    auto row = [&](std::size_t i) { return emb.features.data() + i * emb.dim; };
    auto cosine = [&](const float* a, const float* b) { return std::inner_product(a, a + emb.dim, b, 0.0f); };
    QVERIFY(std::abs(cosine(row(0), row(0)) - 1.0f) < 1e-4f); // unit rows
    // Most unseen images lie nearest (cosine) their own class's description among the unseen.
    int right = 0, total = 0;
    for (std::size_t i = 0; i < emb.imageCount(); ++i) {
      if (!emb.unseen[static_cast<std::size_t>(emb.labels[i])])
        continue;
      std::size_t best = 0;
      float bestScore = -2;
      for (std::size_t c = 0; c < emb.classPoints; ++c)
        if (emb.unseen[c] && cosine(row(i), row(emb.imageCount() + c)) > bestScore) {
          bestScore = cosine(row(i), row(emb.imageCount() + c));
          best = c;
        }
      right += best == static_cast<std::size_t>(emb.labels[i]);
      ++total;
    }
    QVERIFY2(total > 40 && right > total * 0.4, qPrintable(QString("%1 of %2").arg(right).arg(total)));
    // The embedding view's number is the same count.
    const UnseenAgreement agree = unseenAgreement(emb);
    QCOMPARE(agree.unseenImages, static_cast<std::size_t>(total));
    QCOMPARE(agree.amongUnseen, static_cast<std::size_t>(right));
    QVERIFY(agree.amongAll <= agree.amongUnseen);
    QVERIFY(QString::fromStdString(embeddingSummaryJson(emb)).contains("\"class_embeddings\": 32"));

    // Describing a class in words the table knows places it where the run put that class.
    const std::vector<float> a = parseDescription(emb, "red circle filled");
    QCOMPARE(a, (std::vector<float>{1, 0, 0, 0, 1, 0, 0, 0, 1, 0}));
    QCOMPARE(parseDescription(emb, "1,0,0,0, 1,0,0,0, 1,0"), a);
    QCOMPARE(parseDescription(emb, "red=0.5")[0], 0.5f);
    const std::vector<float> g = embedDescription(emb, a);
    QVERIFY(cosine(g.data(), row(emb.imageCount())) > 0.9999f);
    const auto nearest = imagesNearest(emb, g, 10);
    QCOMPARE(nearest.size(), std::size_t(10));
    QVERIFY(std::all_of(nearest.begin(), nearest.end(), [&](std::size_t i) { return i < emb.imageCount(); }));
    QVERIFY(cosine(row(nearest[0]), g.data()) >= cosine(row(nearest[9]), g.data()));
    const auto reds = std::count_if(nearest.begin(), nearest.end(), [&](std::size_t i) {
      return emb.classNames[static_cast<std::size_t>(emb.labels[i])].rfind("red", 0) == 0;
    });
    QVERIFY2(reds >= 5, qPrintable(QString::number(reds))); // a quarter of the images are red
    QVERIFY(inputErrorOf([&] {
              parseDescription(emb, "purple circle");
            }).contains("'purple' is not an attribute of this run; its attributes: red, green"));
    QVERIFY(inputErrorOf([&] { parseDescription(emb, "1 0 1"); }).contains("one per attribute, 10"));
    QVERIFY(inputErrorOf([&] { parseDescription(emb, "red=lots"); }).contains("'red' is not a number"));
  }

  // The naive loss (zeroshot.loss l2, lesson 6) draws the class descriptions together
  // while the margin loss pushes them apart, and the seen classes run together.
  void theNaiveLossCollapsesTheJointSpace() {
    QTemporaryDir dir;
    std::map<std::string, RunSummary> s;
    std::map<std::string, std::vector<double>> spread;
    for (const std::string loss : {"margin", "l2"}) {
      Experiment e = shapesRun(200);
      e.zeroshot.loss = loss;
      e.eval.every = 50;
      Trainer t(e, dir.filePath(QString::fromStdString(loss)).toStdString());
      const TrainResult r = t.run({});
      s[loss] = r.summary;
      for (const MetricRow& m : r.metrics) {
        double v = 0;
        if (m.find("joint/class_spread", v))
          spread[loss].push_back(v);
      }
    }
    QVERIFY(spread["l2"].size() >= 3);
    QVERIFY2(spread["l2"].back() < spread["l2"].front() && spread["margin"].back() > spread["margin"].front(),
             qPrintable(QStringLiteral("l2 %1 -> %2, margin %3 -> %4")
                            .arg(spread["l2"].front()).arg(spread["l2"].back())
                            .arg(spread["margin"].front()).arg(spread["margin"].back())));
    QCOMPARE(s["l2"].extra.at("class_spread"), spread["l2"].back());
    QVERIFY(s["l2"].extra.at("class_spread") < s["margin"].extra.at("class_spread"));
    QVERIFY2(s["l2"].sourceTestAcc < s["margin"].sourceTestAcc - 0.1,
             qPrintable(QStringLiteral("seen classes: l2 %1, margin %2").arg(s["l2"].sourceTestAcc).arg(s["margin"].sourceTestAcc)));
  }

  void aBadUnseenClassFailsBeforeAnythingIsWritten() {
    QTemporaryDir dir;
    Experiment e = shapesRun(5);
    e.zeroshot.unseen = {"purple filled circle"};
    Trainer t(e, dir.filePath("run").toStdString());
    QVERIFY(inputErrorOf([&] { t.run(); }).contains("'purple filled circle' is not a class of 'shapes'"));
    QVERIFY(!QFile::exists(dir.filePath("run")));
  }
};

QTEST_GUILESS_MAIN(TestZeroShot)
#include "tst_zeroshot.moc"
