// Features of a real short DANN run at named layers: counts reported, neighbours
// exact, the two numbers right on data whose answer is known, projector files whole.
#include "embed/Embedding.h"
#include "base/Errors.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentFile.h"
#include "training/Trainer.h"
#include "tsne/VectorsTsv.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace twb;

namespace {

// Two domains of `perDomain` points on a line; `offset` moves the target away.
EmbeddingData lineData(std::size_t perDomain, float offset) {
  EmbeddingData d;
  d.n = 2 * perDomain;
  d.dim = 1;
  for (std::size_t i = 0; i < d.n; ++i) {
    const bool target = i >= perDomain;
    const std::size_t j = target ? i - perDomain : i;
    d.features.push_back(static_cast<float>(j) + (target ? offset : 0.0f));
    d.domains.push_back(target ? EmbeddingDomain::Target : EmbeddingDomain::Source);
    d.labels.push_back(static_cast<int>(j * 2 / perDomain)); // two classes: halves of the line
    d.predictions.push_back(d.labels.back());
  }
  d.k = 10;
  d.neighbours = nearestNeighbours(d.features, d.n, d.dim, d.k);
  return d;
}

double distance2(const EmbeddingData& d, std::size_t a, std::size_t b) {
  double s = 0;
  for (std::size_t c = 0; c < d.dim; ++c) {
    const double v = d.features[a * d.dim + c] - d.features[b * d.dim + c];
    s += v * v;
  }
  return s;
}

QStringList lines(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return {};
  return QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
}

} // namespace

class TestEmbedding : public QObject {
  Q_OBJECT

  QTemporaryDir tmp_;
  QString run_;
  double sourceAcc_ = 0;
  EmbeddingData conv2_; // 300 test images per domain at conv2

  EmbeddingRequest request(const std::string& layer, std::size_t perDomain) const {
    EmbeddingRequest r;
    r.runDir = run_.toStdString();
    r.layer = layer;
    r.maxPerDomain = perDomain;
    return r;
  }

private Q_SLOTS:
  void initTestCase() {
    useAllCores();
    Experiment e = defaultExperiment(); // DANN, digits -> digits-m
    e.training.steps = 80;
    e.training.batchSize = 32;
    e.eval.every = 80;
    e.training.device = "cpu";
    run_ = tmp_.path() + "/dann";
    const TrainResult r = Trainer(e, run_.toStdString()).run();
    sourceAcc_ = r.summary.sourceTestAcc;
    QVERIFY(QFile::exists(run_ + "/model.pt"));
    conv2_ = extractEmbedding(request("conv2", 300));
  }

  void listsTheRunsLayers() {
    const auto names = runLayerNames(run_.toStdString());
    QCOMPARE(names, (std::vector<std::string>{"conv1", "conv2", "fc1", "fc2", "head"}));
  }

  void extractsASubsampleAndSaysSo() {
    const EmbeddingData& d = conv2_;
    QCOMPARE(d.source.dataset, std::string("digits"));
    QCOMPARE(d.target.dataset, std::string("digits-m"));
    QCOMPARE(d.source.used, std::size_t(300));
    QCOMPARE(d.target.used, std::size_t(300));
    QVERIFY(d.source.available > 300 && d.target.available > 300);
    QCOMPARE(d.n, std::size_t(600));
    QCOMPARE(d.dim, std::size_t(768)); // lenet's feature extractor
    QCOMPARE(d.features.size(), d.n * d.dim);
    QCOMPARE(d.labels.size(), d.n);
    QCOMPARE(d.predictions.size(), d.n);
    QCOMPARE(std::count(d.domains.begin(), d.domains.end(), EmbeddingDomain::Target), 300);
    QCOMPARE(d.thumbSide, 28);
    QCOMPARE(d.thumbnails.size(), d.n * 28 * 28 * 3);
    QVERIFY(QString::fromStdString(d.countsText().english()).startsWith("300 of "));
    QVERIFY(QString::fromStdString(d.countsText().english()).contains("target (digits-m) test images"));
    // digits is grey: its thumbnails have equal channels; digits-m is colour.
    const std::uint8_t* s = d.thumbnail(0);
    QVERIFY(s[300] == s[301] && s[301] == s[302]);
    // The predictions are the run's: on source points they agree with the labels
    // about as often as the run's source test accuracy says.
    int correct = 0;
    for (std::size_t i = 0; i < 300; ++i)
      correct += d.labels[i] == d.predictions[i] ? 1 : 0;
    QVERIFY2(std::abs(correct / 300.0 - sourceAcc_) < 0.1, qPrintable(QString::number(correct / 300.0)));
  }

  void theSeedFixesTheSubsample() {
    const EmbeddingData a = extractEmbedding(request("head", 100));
    QCOMPARE(extractEmbedding(request("head", 100)).splitIndex, a.splitIndex);
    EmbeddingRequest other = request("head", 100);
    other.seed = 2;
    QVERIFY(extractEmbedding(other).splitIndex != a.splitIndex);
  }

  void everyLayerHasItsOwnWidth() {
    const EmbeddingData fc2 = extractEmbedding(request("fc2", 50));
    QVERIFY(fc2.dim > 10 && fc2.dim < 768);
    QCOMPARE(extractEmbedding(request("conv1", 20)).dim % 16, std::size_t(0)); // channels x 12 x 12 (flattened)
  }

  void zeroTakesTheWholeSplit() {
    const EmbeddingData d = extractEmbedding(request("head", 0));
    QCOMPARE(d.dim, std::size_t(10)); // class logits
    QCOMPARE(d.source.used, d.source.available);
    QCOMPARE(d.n, d.source.available + d.target.available);
    QVERIFY(QString::fromStdString(d.countsText().english()).startsWith("all "));
  }

  void neighboursAreTheNearest() {
    const EmbeddingData& d = conv2_;
    QCOMPARE(d.k, std::size_t(10));
    for (std::size_t i : {std::size_t(0), std::size_t(77), std::size_t(399)}) {
      std::vector<std::pair<double, std::size_t>> all;
      for (std::size_t j = 0; j < d.n; ++j)
        if (j != i)
          all.push_back({distance2(d, i, j), j});
      std::sort(all.begin(), all.end());
      for (std::size_t j = 0; j < d.k; ++j) {
        const std::size_t got = d.neighbours[i * d.k + j];
        QVERIFY(got != i);
        // Equal up to ties: the distance at rank j matches.
        QVERIFY(std::abs(distance2(d, i, got) - all[j].first) <= 1e-4 * (1 + all[j].first));
      }
    }
  }

  void numbersOnKnownAnswers() {
    // Far apart: no neighbour from the other domain.
    const EmbeddingData apart = lineData(100, 1000.0f);
    QCOMPARE(domainMixing(apart), 0.0);
    // Interleaved (target shifted by half a step): at distances 0.5, 1.5 and 2.5 the
    // other domain, at 1 and 2 the same one: 6 of 10 neighbours, away from the ends.
    const EmbeddingData mixed = lineData(100, 0.5f);
    QVERIFY2(std::abs(domainMixing(mixed) - 0.6) < 0.01, qPrintable(QString::number(domainMixing(mixed))));
    // Two domains drawn from one distribution: about half the neighbours are strangers.
    EmbeddingData same;
    same.n = 2000;
    same.dim = 2;
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> u(0, 1);
    for (std::size_t i = 0; i < same.n; ++i) {
      same.features.push_back(u(rng));
      same.features.push_back(u(rng));
      same.domains.push_back(i % 2 ? EmbeddingDomain::Target : EmbeddingDomain::Source);
      same.labels.push_back(0);
    }
    same.k = 10;
    same.neighbours = nearestNeighbours(same.features, same.n, same.dim, same.k);
    QVERIFY2(std::abs(domainMixing(same) - 0.5) < 0.03, qPrintable(QString::number(domainMixing(same))));
    // Two classes as two halves of the line: nearly every neighbour shares the label.
    QVERIFY(classSeparation(mixed) > 0.9);
    QVERIFY(classSeparation(mixed, EmbeddingDomain::Target) > 0.9);
    EmbeddingData shuffled = mixed;
    for (std::size_t i = 0; i < shuffled.n; ++i)
      shuffled.labels[i] = static_cast<int>(i % 2);
    QVERIFY(classSeparation(shuffled) < 0.6);
  }

  void writesTensorBoardProjectorFiles() {
    const EmbeddingData d = extractEmbedding(request("fc2", 120));
    QVERIFY(d.source.available > 120);
    const QString out = tmp_.path() + "/projector";
    writeProjector(d, out.toStdString());
    const QStringList vec = lines(out + "/vectors.tsv");
    QCOMPARE(vec.size(), 240);
    QCOMPARE(vec[0].split('\t').size(), static_cast<int>(d.dim));
    QCOMPARE(readVectorsTsv((out + "/vectors.tsv").toStdString()).values, d.features);
    const QStringList meta = lines(out + "/metadata.tsv");
    QCOMPARE(meta.size(), 241);
    QCOMPARE(meta[0], QString("label\tdomain\tprediction"));
    QVERIFY(meta[1].split('\t')[1] == "source" && meta[240].split('\t')[1] == "target");
    const QImage sprite(out + "/sprite.png");
    QCOMPARE(sprite.width(), 16 * 28); // ceil(sqrt(240)) thumbnails a row
    QCOMPARE(sprite.height(), 16 * 28);
    // The first thumbnail is the first point's image.
    QCOMPARE(qRed(sprite.pixel(10, 14)), int(d.thumbnail(0)[(14 * 28 + 10) * 3]));
    QFile cfg(out + "/projector_config.pbtxt");
    QVERIFY(cfg.open(QIODevice::ReadOnly));
    const QString pbtxt = QString::fromUtf8(cfg.readAll());
    QVERIFY(pbtxt.contains("tensor_path: \"vectors.tsv\""));
    QVERIFY(pbtxt.contains("metadata_path: \"metadata.tsv\""));
    QCOMPARE(pbtxt.count("single_image_dim: 28"), 2);
    // No temporary directory left behind.
    QCOMPARE(QDir(tmp_.path()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot).filter(".tmp").size(), 0);

    // An existing, non-empty directory is refused and left as it was.
    try {
      writeProjector(d, out.toStdString());
      QFAIL("an existing projector directory was overwritten");
    } catch (const InputError& e) {
      QVERIFY(QString(e.what()).contains("not an empty directory"));
    }
    QCOMPARE(lines(out + "/vectors.tsv").size(), 240);
  }

  void badInputNamesTheProblem() {
    try {
      extractEmbedding(request("conv9", 10));
      QFAIL("an unknown layer was accepted");
    } catch (const InputError& e) {
      QVERIFY(QString(e.what()).contains("no layer 'conv9'"));
      QVERIFY(QString(e.what()).contains("conv1, conv2, fc1, fc2, head"));
    }
    EmbeddingRequest r = request("fc2", 10);
    r.runDir = (tmp_.path() + "/none").toStdString();
    QVERIFY_THROWS_EXCEPTION(InputError, extractEmbedding(r));
    r = request("fc2", 10);
    r.split = "val";
    QVERIFY_THROWS_EXCEPTION(InputError, extractEmbedding(r));
  }

  void stopsWhenAsked() {
    std::atomic<bool> stop{true};
    EmbeddingRequest r = request("fc2", 0);
    r.cancel = &stop;
    QVERIFY_THROWS_EXCEPTION(Cancelled, extractEmbedding(r));
  }
};

QTEST_GUILESS_MAIN(TestEmbedding)
#include "tst_embedding.moc"
