// The digits dataset: real OpenCV sample sheet, MNIST-like shape, a seeded
// stratified 80/20 split.
#include "data/Dataset.h"
#include "data/LoadDataset.h"
#include "data/DatasetCatalog.h"
#include "base/Errors.h"

#include <QtTest>

#include <numeric>
#include <set>

using namespace twb;

class TestDigitsDataset : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void shapeAndCounts() {
    const Dataset d = loadDataset("digits", 1);
    QCOMPARE(d.classNames.size(), std::size_t(10));
    QCOMPARE(d.train.size(), std::size_t(4000));
    QCOMPARE(d.test.size(), std::size_t(1000));
    QCOMPARE(d.train.width, 28);
    QCOMPARE(d.train.height, 28);
    QCOMPARE(d.train.channels, 1);
    QCOMPARE(d.train.pixels.size(), std::size_t(4000 * 28 * 28));
    for (auto c : d.train.classCounts(10))
      QCOMPARE(c, std::size_t(400));
    for (auto c : d.test.classCounts(10))
      QCOMPARE(c, std::size_t(100));
  }

  void digitsAreCentredWithABlackBorder() {
    const Dataset d = loadDataset("digits", 1);
    // Like MNIST: ink in the middle, the outer 2-pixel frame empty for most images.
    std::size_t cleanBorder = 0;
    double centreInk = 0, borderInk = 0;
    for (std::size_t i = 0; i < d.test.size(); ++i) {
      const auto* img = d.test.image(i);
      bool clean = true;
      for (int y = 0; y < 28; ++y)
        for (int x = 0; x < 28; ++x) {
          const bool border = x < 2 || y < 2 || x >= 26 || y >= 26;
          const bool centre = x >= 10 && x < 18 && y >= 10 && y < 18;
          const int v = img[y * 28 + x];
          if (border) {
            borderInk += v;
            clean = clean && v == 0;
          } else if (centre) {
            centreInk += v;
          }
        }
      cleanBorder += clean;
    }
    QVERIFY2(cleanBorder > 950, qPrintable(QString::number(cleanBorder)));
    QVERIFY(centreInk > 10 * borderInk);
  }

  void splitIsDeterministicForASeed() {
    const Dataset a = loadDataset("digits", 1);
    const Dataset b = loadDataset("digits", 1);
    const Dataset c = loadDataset("digits", 2);
    QVERIFY(a.test.pixels == b.test.pixels);
    QVERIFY(a.test.labels == b.test.labels);
    QVERIFY(a.test.pixels != c.test.pixels); // another seed, another split
  }

  void trainAndTestAreDisjoint() {
    const Dataset d = loadDataset("digits", 3);
    std::set<std::vector<std::uint8_t>> train;
    for (std::size_t i = 0; i < d.train.size(); ++i)
      train.emplace(d.train.image(i), d.train.image(i) + d.train.imageBytes());
    std::size_t shared = 0;
    for (std::size_t i = 0; i < d.test.size(); ++i)
      shared += train.count(std::vector<std::uint8_t>(d.test.image(i), d.test.image(i) + d.test.imageBytes()));
    QCOMPARE(shared, std::size_t(0));
  }

  void fewShotSubsetIsStratifiedAndSeeded() {
    const Dataset d = loadDataset("digits", 1);
    const auto idx = fewShotIndices(d.train, 10, 10, 5);
    QCOMPARE(idx.size(), std::size_t(100));
    for (auto c : d.train.subset(idx).classCounts(10))
      QCOMPARE(c, std::size_t(10));
    QVERIFY(idx == fewShotIndices(d.train, 10, 10, 5));
    QVERIFY(idx != fewShotIndices(d.train, 10, 10, 6));
  }

  void missingSheetNamesThePackage() {
    qputenv("TWB_OPENCV_DATA", "/nonexistent");
    try {
      loadDataset("digits", 1);
      QFAIL("no error");
    } catch (const InputError& e) {
      const QString what = e.what();
      QVERIFY2(what.contains("/nonexistent/digits.png not found") && what.contains("opencv-doc"), qPrintable(what));
    }
    const auto list = builtinDatasets();
    QVERIFY(!list.front().available);
    qunsetenv("TWB_OPENCV_DATA");
    QVERIFY(builtinDatasets().front().available);
  }

  void unknownSpecIsNamed() {
    QVERIFY_THROWS_EXCEPTION(InputError, loadDataset("mnist", 1));
  }
};

QTEST_GUILESS_MAIN(TestDigitsDataset)
#include "tst_digitsdataset.moc"
