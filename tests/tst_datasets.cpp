// The built-in domains: each loads with the right shape, generated ones are
// deterministic for a seed and cached, and they look like their recipe says.
#include "data/AttributeTable.h"
#include "data/Dataset.h"
#include "data/LoadDataset.h"
#include "data/DatasetCatalog.h"
#include "data/DatasetStats.h"
#include "base/Errors.h"
#include "data/Builtins.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <set>

using namespace twb;

class TestDatasets : public QObject {
  Q_OBJECT

  QTemporaryDir cache_;

  static void checkShape(const Dataset& d, std::size_t classes, std::size_t train, std::size_t test, int channels) {
    QCOMPARE(d.classNames.size(), classes);
    QCOMPARE(d.train.size(), train);
    QCOMPARE(d.test.size(), test);
    QCOMPARE(d.train.width, 28);
    QCOMPARE(d.train.height, 28);
    QCOMPARE(d.train.channels, channels);
    QCOMPARE(d.train.pixels.size(), train * 28 * 28 * std::size_t(channels));
    QCOMPARE(d.test.pixels.size(), test * 28 * 28 * std::size_t(channels));
    for (auto c : d.train.classCounts(classes))
      QVERIFY(c > 0);
  }

  static int cacheFiles(const QString& dir) {
    return QDir(dir).entryList({"*.twbds"}, QDir::Files).size();
  }

private Q_SLOTS:
  void initTestCase() { qputenv("TWB_CACHE_DIR", cache_.path().toUtf8()); }

  void catalogListsTheBuiltins() {
    std::vector<std::string> names;
    for (const auto& d : builtinDatasets()) {
      names.push_back(d.name);
      QVERIFY2(d.available, d.problem.c_str());
    }
    QCOMPARE(names, (std::vector<std::string>{"digits", "digits-m", "syndigits", "fashion", "shapes", "spoken-digits",
                                              "spoken-digits-a", "spoken-digits-b"}));
  }

  void digitsM() {
    const Dataset d = loadDataset("digits-m", 1);
    checkShape(d, 10, 4000, 1000, 3);
    // The same digits as `digits`, in the same split: labels line up one to one.
    const Dataset digits = loadDataset("digits", 1);
    QVERIFY(d.train.labels == digits.train.labels);
    // Colour: channels differ (a grey image would have R == G == B everywhere).
    std::size_t coloured = 0;
    for (std::size_t p = 0; p < d.train.pixels.size(); p += 3)
      coloured += d.train.pixels[p] != d.train.pixels[p + 1];
    QVERIFY(coloured > d.train.pixels.size() / 3 / 2);
  }

  void digitsMTestPhotosAreNotTrainingPhotos() {
    // Two disjoint pools: test patches never come from a photo seen in training.
    const auto& train = digitsMTrainPhotos();
    const auto& test = digitsMTestPhotos();
    QVERIFY(train.size() >= 8 && test.size() >= 5);
    for (const auto& p : test)
      QVERIFY2(std::find(train.begin(), train.end(), p) == train.end(), p.c_str());
  }

  void synDigits() {
    const Dataset d = loadDataset("syndigits", 1);
    checkShape(d, 10, 10000, 2000, 3);
    for (auto c : d.train.classCounts(10))
      QCOMPARE(c, std::size_t(1000));
  }

  void fashion() {
    const Dataset d = loadDataset("fashion", 1);
    checkShape(d, 10, 60000, 10000, 1);
    QCOMPARE(d.classNames.front(), std::string("T-shirt/top"));
    QCOMPARE(d.classNames.back(), std::string("Ankle boot"));
    for (auto c : d.test.classCounts(10))
      QCOMPARE(c, std::size_t(1000));
  }

  void shapesCarryTheirAttributes() {
    const Dataset d = loadDataset("shapes", 1);
    const AttributeTable& t = shapesAttributeTable();
    checkShape(d, t.classes.size(), t.classes.size() * 200, t.classes.size() * 50, 3);
    QCOMPARE(d.classNames, t.classes);
    QCOMPARE(d.attributeNames, t.attributes);
    QCOMPARE(d.classAttributes.size(), t.classes.size());
    // "red filled circle" really is red: its mean red channel beats green and blue.
    const auto red = std::find(d.classNames.begin(), d.classNames.end(), "red filled circle") - d.classNames.begin();
    double sum[3] = {0, 0, 0};
    for (std::size_t i = 0; i < d.test.size(); ++i)
      if (d.test.labels[i] == red)
        for (std::size_t p = 0; p < d.test.imageBytes(); ++p)
          sum[p % 3] += d.test.image(i)[p];
    QVERIFY(sum[0] > 1.5 * sum[1] && sum[0] > 1.5 * sum[2]);
  }

  void generatedDomainsAreDeterministicAndCached() {
    QTemporaryDir own;
    qputenv("TWB_CACHE_DIR", own.path().toUtf8());
    const Dataset first = loadDataset("syndigits", 7);
    QCOMPARE(cacheFiles(own.path()), 1);
    QVERIFY(QString::fromStdString(first.report.notes.back()).startsWith("generated and cached"));
    const Dataset second = loadDataset("syndigits", 7);
    QVERIFY(QString::fromStdString(second.report.notes.back()).startsWith("from the cache"));
    QVERIFY(first.train.pixels == second.train.pixels);
    QVERIFY(first.test.labels == second.test.labels);

    // Regenerating without the cache gives the same images: the seed alone decides.
    qputenv("TWB_CACHE_DIR", (own.path() + "/elsewhere").toUtf8());
    const Dataset fresh = loadDataset("syndigits", 7);
    QVERIFY(fresh.train.pixels == first.train.pixels);
    const Dataset other = loadDataset("syndigits", 8);
    QVERIFY(other.train.pixels != first.train.pixels);
    qputenv("TWB_CACHE_DIR", cache_.path().toUtf8());
  }

  void aCorruptCacheIsRegeneratedNotTrusted() {
    QTemporaryDir own;
    qputenv("TWB_CACHE_DIR", own.path().toUtf8());
    const Dataset good = loadDataset("shapes", 3);
    const QString file = own.path() + "/" + QDir(own.path()).entryList({"*.twbds"}).front();
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.resize(f.size() / 2); // truncated, as after a crash of another writer
    f.close();
    const Dataset again = loadDataset("shapes", 3);
    QVERIFY(QString::fromStdString(again.report.notes.back()).startsWith("generated and cached"));
    QVERIFY(again.train.pixels == good.train.pixels);
    qputenv("TWB_CACHE_DIR", cache_.path().toUtf8());
  }

  void statsArePerChannelAndPerClass() {
    const Dataset d = loadDataset("digits", 1);
    const DatasetStats s = computeStats(d);
    QCOMPARE(s.channels, 1);
    QCOMPARE(s.train.mean.size(), std::size_t(1));
    // Mostly black background with white strokes.
    QVERIFY(s.train.mean[0] > 0.05 && s.train.mean[0] < 0.3);
    QVERIFY(s.train.std[0] > 0.2 && s.train.std[0] < 0.45);
    QCOMPARE(s.train.classCounts, std::vector<std::size_t>(10, 400));
    const DatasetStats m = computeStats(loadDataset("digits-m", 1));
    QCOMPARE(m.train.mean.size(), std::size_t(3));
  }

  void classesAreMatchedByName() {
    Dataset a, b;
    a.classNames = {"cat", "dog", "owl"};
    b.classNames = {"dog", "fox", "cat"};
    b.train.width = b.train.height = 1;
    b.train.channels = 1;
    b.train.pixels = {10, 20, 30};
    b.train.labels = {0, 1, 2}; // dog, fox, cat
    const ClassMatch m = matchClasses(a, b);
    QVERIFY(!m.identical);
    QCOMPARE(m.common, (std::vector<std::string>{"cat", "dog"}));
    QCOMPARE(m.sourceOnly, (std::vector<std::string>{"owl"}));
    QCOMPARE(m.targetOnly, (std::vector<std::string>{"fox"}));
    alignToClasses(b, a.classNames);
    QCOMPARE(b.classNames, a.classNames);
    QCOMPARE(b.train.labels, (std::vector<std::int64_t>{1, 0})); // dog -> 1, cat -> 0; fox dropped
    QCOMPARE(b.train.pixels, (std::vector<std::uint8_t>{10, 30}));
  }

  void fewShotTargetLabels() {
    const Dataset d = loadDataset("digits-m", 1);
    const auto idx = fewShotIndices(d.train, 10, 3, 9);
    QCOMPARE(idx.size(), std::size_t(30));
  }

  void unknownSpecsAreNamed() {
    try {
      loadDataset("mnist", 1);
      QFAIL("no error");
    } catch (const InputError& e) {
      QVERIFY2(QString(e.what()).startsWith("unknown dataset 'mnist'"), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(InputError, loadDataset("folder:", 1));
    QVERIFY_THROWS_EXCEPTION(InputError, loadDataset("idx:", 1));
  }

  void missingFashionNamesThePackage() {
    qputenv("TWB_FASHION_MNIST", "/nonexistent");
    try {
      loadDataset("fashion", 1);
      QFAIL("no error");
    } catch (const InputError& e) {
      QVERIFY2(QString(e.what()).contains("dataset-fashion-mnist"), e.what());
    }
    qunsetenv("TWB_FASHION_MNIST");
  }

  void attributeTableErrorsNameTheLine() {
    auto errorOf = [](const char* csv) {
      try {
        parseAttributeTable(csv, "my.csv");
      } catch (const InputError& e) {
        return QString(e.what());
      }
      return QString();
    };
    QCOMPARE(errorOf("class,a,b\nx,1\n"), QString("my.csv: line 2 has 2 cells, the header has 3"));
    QCOMPARE(errorOf("class,a\nx,yes\n"), QString("my.csv: line 2: 'yes' for attribute 'a' is not a number"));
    QCOMPARE(errorOf("class,a\nx,1\nx,0\n"), QString("my.csv: line 3 repeats class 'x'"));
    QCOMPARE(errorOf("class,a\n"), QString("my.csv: the attribute table has no classes"));
  }
};

QTEST_GUILESS_MAIN(TestDatasets)
#include "tst_datasets.moc"
