// t-SNE as a user sees it: clusters that stay apart on the map, the same map for
// the same seed, a cost that falls, a run that stops when asked, and `twb tsne`
// writing coordinates or refusing bad input with a sentence that names the file.
#include "base/Errors.h"
#include "tsne/Tsne.h"
#include "tsne/ParallelFor.h"
#include "tsne/Pca.h"
#include "tsne/PerplexityCalibration.h"
#include "tsne/VantagePointTree.h"
#include "tsne/VectorsTsv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "TwbProcess.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <random>
#include <thread>

namespace {

struct Blobs {
  std::size_t n = 0, dim = 0;
  std::vector<float> data;
  std::vector<int> label;
};

// `clusters` Gaussian blobs of `each` points in `dim` dimensions, centres 10 standard
// deviations apart: any sane map keeps them apart.
Blobs makeBlobs(int clusters, int each, std::size_t dim, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> noise(0.0f, 1.0f);
  Blobs b;
  b.dim = dim;
  std::vector<float> centre(dim);
  for (int c = 0; c < clusters; ++c) {
    for (float& v : centre)
      v = 10.0f * noise(rng);
    for (int i = 0; i < each; ++i) {
      for (std::size_t d = 0; d < dim; ++d)
        b.data.push_back(centre[d] + noise(rng));
      b.label.push_back(c);
    }
  }
  b.n = b.label.size();
  return b;
}

std::vector<float> uniformData(std::size_t n, std::size_t dim, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> u(0.0f, 1.0f);
  std::vector<float> v(n * dim);
  for (float& x : v)
    x = u(rng);
  return v;
}

// Fraction of points whose k nearest neighbours on the map mostly share their label.
double knnAccuracy(const std::vector<float>& coords, const std::vector<int>& label, std::size_t k) {
  const std::size_t n = label.size();
  std::size_t right = 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<std::pair<float, std::size_t>> d;
    for (std::size_t j = 0; j < n; ++j)
      if (j != i) {
        const float dx = coords[2 * i] - coords[2 * j], dy = coords[2 * i + 1] - coords[2 * j + 1];
        d.push_back({dx * dx + dy * dy, j});
      }
    std::partial_sort(d.begin(), d.begin() + static_cast<std::ptrdiff_t>(k), d.end());
    std::size_t same = 0;
    for (std::size_t r = 0; r < k; ++r)
      same += label[d[r].second] == label[i] ? 1 : 0;
    right += 2 * same > k ? 1 : 0;
  }
  return static_cast<double>(right) / static_cast<double>(n);
}

twb::TsneParams smallRun(int iterations = 500) {
  twb::TsneParams p;
  p.perplexity = 15;
  p.iterations = iterations;
  p.threads = 2;
  return p;
}

} // namespace

class TestTsne : public QObject {
  Q_OBJECT

  using Result = twbtest::TwbResult;

  QTemporaryDir tmp_;

  static Result twb(const QStringList& args) { return twbtest::runTwb(args, 60000); }

  QString writeFile(const QString& name, const QByteArray& text) { return twbtest::writeTextFile(tmp_.path(), name, text); }

private Q_SLOTS:
  void clustersStayApart() {
    const Blobs b = makeBlobs(5, 80, 20, 1);
    const twb::TsneResult r = twb::runTsne(b.data, b.n, b.dim, smallRun());
    QCOMPARE(r.coords.size(), 2 * b.n);
    QVERIFY2(knnAccuracy(r.coords, b.label, 5) > 0.99, "a point's map neighbours come from its own cluster");
    QVERIFY(twb::trustworthiness(b.data, b.n, b.dim, r.coords, 10) > 0.95);
    QVERIFY(std::isfinite(r.kl) && r.kl > 0);
    QCOMPARE(r.iterations, 500);
  }

  void sameSeedSameMapOnAnyThreadCount() {
    const Blobs b = makeBlobs(3, 70, 10, 2);
    twb::TsneParams p = smallRun(300);
    p.seed = 7;
    const twb::TsneResult a = twb::runTsne(b.data, b.n, b.dim, p);
    const twb::TsneResult again = twb::runTsne(b.data, b.n, b.dim, p);
    QVERIFY(a.coords == again.coords); // bit for bit
    QCOMPARE(a.kl, again.kl);
    p.threads = 1;
    QVERIFY(twb::runTsne(b.data, b.n, b.dim, p).coords == a.coords);
  }

  void otherSeedOtherMap() {
    const Blobs b = makeBlobs(3, 70, 10, 3);
    for (const char* init : {"random", "pca"}) {
      twb::TsneParams p = smallRun(300);
      p.init = init;
      const twb::TsneResult one = twb::runTsne(b.data, b.n, b.dim, p);
      p.seed = 2;
      const twb::TsneResult two = twb::runTsne(b.data, b.n, b.dim, p);
      double moved = 0;
      for (std::size_t e = 0; e < one.coords.size(); ++e)
        moved += std::fabs(one.coords[e] - two.coords[e]);
      QVERIFY2(moved / static_cast<double>(one.coords.size()) > 1e-3, init);
    }
  }

  void costFallsAndProgressShowsLayouts() {
    const Blobs b = makeBlobs(4, 60, 10, 4);
    twb::TsneParams p = smallRun(400);
    p.reportEvery = 20;
    std::vector<int> iterations;
    std::vector<double> kl;
    std::vector<std::vector<float>> layouts;
    const twb::TsneResult r = twb::runTsne(b.data, b.n, b.dim, p, [&](int it, const std::vector<float>& c, double k) {
      iterations.push_back(it);
      kl.push_back(k);
      layouts.push_back(c);
    });
    QCOMPARE(iterations.size(), std::size_t(20));
    QCOMPARE(iterations.front(), 20);
    QCOMPARE(iterations.back(), 400);
    QCOMPARE(layouts.back(), r.coords);
    QVERIFY(layouts[3] != layouts[4]); // the map moves between reports
    for (const auto& l : layouts)
      QCOMPARE(l.size(), 2 * b.n);
    // After early exaggeration (iteration 250) the plain cost only goes down.
    QVERIFY(kl.back() < kl[12]);
    for (std::size_t i = 13; i < kl.size(); ++i)
      QVERIFY2(kl[i] <= kl[i - 1] + 1e-3, qPrintable(QString("KL rose at iteration %1").arg(iterations[i])));
    QVERIFY(kl.back() < 0.5 * kl.front());
    QVERIFY(std::fabs(r.kl - kl.back()) < 0.05);
  }

  void stopEndsTheRunPromptly() {
    const std::size_t n = 3000, dim = 20;
    const std::vector<float> data = uniformData(n, dim, 5);
    twb::TsneParams p;
    p.iterations = 1000000;
    std::atomic<bool> stop{false};
    QElapsedTimer sinceStop;
    bool cancelled = false;
    std::thread job([&] {
      try {
        twb::runTsne(data, n, dim, p, {}, &stop);
      } catch (const twb::Cancelled&) {
        cancelled = true;
      }
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    sinceStop.start();
    stop = true;
    job.join();
    QVERIFY(cancelled);
    QVERIFY2(sinceStop.elapsed() < 1000, qPrintable(QString("took %1 ms to stop").arg(sinceStop.elapsed())));

    // Already stopped: ends before any work.
    QVERIFY_THROWS_EXCEPTION(twb::Cancelled, twb::runTsne(data, n, dim, p, {}, &stop));
  }

  void perplexityCalibrationHitsTheEntropy() {
    const std::size_t n = 400, dim = 8, k = 40;
    const std::vector<float> data = uniformData(n, dim, 6);
    twb::tsne::ParallelFor pool(2);
    const twb::tsne::NeighbourGraph g = twb::tsne::nearestNeighbours(data.data(), n, dim, k, 1, pool);
    for (double perplexity : {5.0, 12.0}) {
      const std::vector<float> cond = twb::tsne::conditionalProbabilities(g, perplexity, pool);
      for (std::size_t i = 0; i < n; ++i) {
        double sum = 0;
        for (std::size_t j = 0; j < k; ++j)
          sum += cond[i * k + j];
        QVERIFY(std::fabs(sum - 1) < 1e-5);
        QVERIFY(std::fabs(twb::tsne::entropy(&cond[i * k], k) - std::log(perplexity)) < 1e-4);
      }
      // The joint P: a distribution, and symmetric.
      const twb::tsne::SparseAffinities P = twb::tsne::symmetricAffinities(g, cond);
      double total = 0;
      for (double v : P.p)
        total += v;
      QVERIFY(std::fabs(total - 1) < 1e-9);
      for (std::size_t i = 0; i < n; ++i)
        for (std::size_t e = P.rowStart[i]; e < P.rowStart[i + 1]; ++e) {
          const std::uint32_t j = P.column[e];
          const auto first = P.column.begin() + static_cast<std::ptrdiff_t>(P.rowStart[j]);
          const auto last = P.column.begin() + static_cast<std::ptrdiff_t>(P.rowStart[j + 1]);
          const auto back = std::lower_bound(first, last, static_cast<std::uint32_t>(i));
          QVERIFY(back != last && *back == i);
          QCOMPARE(P.p[static_cast<std::size_t>(back - P.column.begin())], P.p[e]);
        }
    }
  }

  void nearestNeighboursAreExact() {
    const std::size_t n = 500, dim = 10, k = 15;
    const std::vector<float> data = uniformData(n, dim, 7);
    twb::tsne::ParallelFor pool(2);
    const twb::tsne::NeighbourGraph g = twb::tsne::nearestNeighbours(data.data(), n, dim, k, 3, pool);
    for (std::size_t i = 0; i < n; ++i) {
      std::vector<std::pair<float, std::uint32_t>> all;
      for (std::size_t j = 0; j < n; ++j)
        if (j != i)
          all.push_back({twb::tsne::squaredDistance(&data[i * dim], &data[j * dim], dim), std::uint32_t(j)});
      std::sort(all.begin(), all.end());
      for (std::size_t r = 0; r < k; ++r)
        QCOMPARE(g.index[i * k + r], all[r].second);
    }
  }

  void pcaFindsTheWidestDirection() {
    // Points spread 10x wider along (1, 1, 0) than along (0, 0, 1).
    std::mt19937 rng(8);
    std::normal_distribution<float> noise;
    const std::size_t n = 300;
    std::vector<float> data;
    for (std::size_t i = 0; i < n; ++i) {
      const float a = 10 * noise(rng), b = noise(rng);
      data.insert(data.end(), {a + 5, a - 2, b});
    }
    twb::tsne::ParallelFor pool(2);
    const std::vector<double> pc = twb::tsne::principalComponents(data.data(), n, 3, 2, 1, pool);
    // The first component follows the position along (1, 1, 0), the second the third
    // coordinate, up to sign and sampling noise.
    auto correlation = [&](std::size_t component, auto along) {
      double sxy = 0, sxx = 0, syy = 0;
      for (std::size_t i = 0; i < n; ++i) {
        const double x = pc[2 * i + component], y = along(i);
        sxy += x * y;
        sxx += x * x;
        syy += y * y;
      }
      return std::fabs(sxy) / std::sqrt(sxx * syy);
    };
    QVERIFY(correlation(0, [&](std::size_t i) { return data[3 * i] - 5.0 + data[3 * i + 1] + 2.0; }) > 0.999);
    QVERIFY(correlation(1, [&](std::size_t i) { return double(data[3 * i + 2]); }) > 0.99);
  }

  void trustworthinessScoresMaps() {
    // 2-D data mapped to itself is perfectly trustworthy; a shuffled map is not.
    const std::size_t n = 200;
    const std::vector<float> data = uniformData(n, 2, 9);
    QCOMPARE(twb::trustworthiness(data, n, 2, data, 10), 1.0);
    std::vector<float> shuffled = uniformData(n, 2, 10);
    QVERIFY(twb::trustworthiness(data, n, 2, shuffled, 10) < 0.7);
  }

  void badParametersAreRefused() {
    const std::vector<float> data = uniformData(50, 4, 11);
    twb::TsneParams p; // perplexity 30 needs more than 90 points
    try {
      twb::runTsne(data, 50, 4, p);
      QFAIL("50 points with perplexity 30 were accepted");
    } catch (const twb::InputError& e) {
      QCOMPARE(QString(e.what()),
               "perplexity 30 is too large for 50 vectors: t-SNE needs more than 3 * perplexity (90)");
    }
    p.perplexity = 5;
    p.theta = 2;
    QVERIFY_THROWS_EXCEPTION(twb::InputError, twb::runTsne(data, 50, 4, p));
  }

  void vectorsFileErrorsNameTheLine() {
    try {
      twb::parseVectorsTsv("1\t2\n3\tx\n", "v.tsv");
      QFAIL("accepted a word");
    } catch (const twb::InputError& e) {
      QCOMPARE(QString(e.what()), "v.tsv: line 2, column 2: 'x' is not a finite number");
    }
    const twb::Vectors v = twb::parseVectorsTsv("1\t-2.5e1\r\n\n3\t4\n", "v.tsv");
    QCOMPARE(v.n, std::size_t(2));
    QCOMPARE(v.values, (std::vector<float>{1, -25, 3, 4}));
  }

  void cliWritesCoordinates() {
    const Blobs b = makeBlobs(3, 40, 6, 12);
    const QString in = writeFile("blobs.tsv", QByteArray::fromStdString(twb::formatTsv(b.data, b.dim)));
    const QString out = tmp_.path() + "/coords.tsv";
    const Result r = twb({"tsne", in, "--out", out, "--perplexity", "10", "--iterations", "300", "--json"});
    QCOMPARE(r.code, 0);
    const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(j["n"].toInt(), 120);
    QVERIFY(j["seconds"].toDouble() > 0);
    QVERIFY(j["kl"].toDouble() > 0);

    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const twb::Vectors coords = twb::parseVectorsTsv(f.readAll().toStdString(), "coords.tsv");
    QCOMPARE(coords.n, std::size_t(120));
    QCOMPARE(coords.dim, std::size_t(2));
    QVERIFY(knnAccuracy(coords.values, b.label, 5) > 0.99);

    QCOMPARE(twb({"tsne", "--help"}).code, 0);
    QVERIFY(twb({"tsne", "--help"}).out.startsWith("usage: twb tsne"));
  }

  void cliRefusesBadInput() {
    const QString out = tmp_.path() + "/never.tsv";
    auto refused = [&](const QString& file, const QString& message, const QStringList& extra = {}) {
      const Result r = twb(QStringList{"tsne", file, "--out", out} + extra);
      QCOMPARE(r.code, 2);
      QCOMPARE(r.err.trimmed(), "twb: " + file + ": " + message);
      QVERIFY(!QFile::exists(out));
    };
    refused(writeFile("ragged.tsv", "1\t2\t3\n4\t5\t6\n7\t8\n"), "line 3 has 2 values where the first line has 3");
    refused(writeFile("word.tsv", "1\t2\n3\tabc\n"), "line 2, column 2: 'abc' is not a finite number");
    refused(writeFile("empty.tsv", ""), "no vectors (the file is empty)");
    refused(tmp_.path() + "/missing.tsv", "no such file");
    QByteArray few;
    for (int i = 0; i < 50; ++i)
      few += QByteArray::number(i) + "\t" + QByteArray::number(i % 7) + "\n";
    refused(writeFile("few.tsv", few),
            "perplexity 30 is too large for 50 vectors: t-SNE needs more than 3 * perplexity (90)");

    const Result noOut = twb({"tsne", writeFile("ok.tsv", few)});
    QCOMPARE(noOut.code, 2);
    QVERIFY(noOut.err.contains("--out"));
    QCOMPARE(twb({"tsne", "x.tsv", "--out", out, "--theta", "fast"}).code, 2);
  }
};

QTEST_GUILESS_MAIN(TestTsne)
#include "tst_tsne.moc"
