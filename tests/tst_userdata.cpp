// Your own data: folder:PATH and idx:PATH. Bad input never crashes and never trains
// on garbage: bad files are skipped and named, bad structure is one clear error.
#include "experiment/ExperimentFile.h"
#include "data/Dataset.h"
#include "data/LoadDataset.h"
#include "base/Errors.h"
#include "training/Trainer.h"

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdint>

using namespace twb;

class TestUserData : public QObject {
  Q_OBJECT

  static QString errorOf(const std::string& spec) {
    try {
      loadDataset(spec, 1);
    } catch (const InputError& e) {
      return QString::fromStdString(e.what());
    }
    return {};
  }

  static void writeImage(const QString& path, QColor colour, int size = 40, const char* format = "PNG") {
    QImage img(size, size, QImage::Format_RGB32);
    img.fill(colour);
    QVERIFY(img.save(path, format));
  }

  static void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
  }

  static QByteArray be32(std::uint32_t v) {
    const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    return QByteArray(b, 4);
  }

  // An IDX images file of n images of rows x cols, and its labels (label = i % 3).
  static void writeIdx(const QString& dir, const QString& stem, std::uint32_t n, std::uint32_t rows = 28,
                       std::uint32_t cols = 28) {
    QByteArray images = be32(0x803) + be32(n) + be32(rows) + be32(cols);
    for (std::uint32_t i = 0; i < n * rows * cols; ++i)
      images.append(char(i % 251));
    writeBytes(dir + "/" + stem + "-images-idx3-ubyte", images);
    QByteArray labels = be32(0x801) + be32(n);
    for (std::uint32_t i = 0; i < n; ++i)
      labels.append(char(i % 3));
    writeBytes(dir + "/" + stem + "-labels-idx1-ubyte", labels);
  }

private Q_SLOTS:
  void folderLoadsSkipsAndNamesBadFiles() {
    QTemporaryDir root;
    const QString base = root.path();
    for (const char* cls : {"cat", "dog"}) {
      QDir(base).mkpath(cls);
      for (int i = 0; i < 10; ++i)
        writeImage(base + "/" + cls + "/" + QString::number(i) + ".png",
                   QString(cls) == "cat" ? QColor(200, 30, 30) : QColor(30, 30, 200));
    }
    writeBytes(base + "/cat/empty.png", {});
    writeBytes(base + "/cat/notes.png", "this is not an image");
    writeImage(base + "/dog/tiny.png", Qt::green, 2);
    writeImage(base + "/dog/cut.jpg", Qt::blue, 64, "JPEG");
    QFile cut(base + "/dog/cut.jpg");
    QVERIFY(cut.open(QIODevice::ReadWrite));
    cut.resize(cut.size() - 40); // truncated mid-stream
    cut.close();

    const Dataset d = loadDataset("folder:" + base.toStdString(), 1);
    QCOMPARE(d.classNames, (std::vector<std::string>{"cat", "dog"}));
    QCOMPARE(d.train.size() + d.test.size(), std::size_t(20));
    QCOMPARE(d.report.loaded, std::size_t(20));
    QCOMPARE(d.train.width, 28); // resized to the experiment's input size
    QCOMPARE(d.train.channels, 3);
    QCOMPARE(d.test.classCounts(2), (std::vector<std::size_t>{2, 2})); // stratified 80/20
    QMap<QString, QString> skipped;
    for (const auto& [file, why] : d.report.skipped)
      skipped[QFileInfo(QString::fromStdString(file)).fileName()] = QString::fromStdString(why);
    QCOMPARE(skipped.value("empty.png"), QString("empty file"));
    QCOMPARE(skipped.value("notes.png"), QString("not a readable image"));
    QCOMPARE(skipped.value("tiny.png"), QString("odd size 2x2"));
    QCOMPARE(skipped.value("cut.jpg"), QString("truncated JPEG"));
    QCOMPARE(skipped.size(), 4);
    // Red cat, blue dog, in RGB order.
    const std::uint8_t* cat = d.train.image(0);
    QVERIFY(d.train.labels[0] == 0 && cat[0] > 150 && cat[2] < 80);
  }

  void greyFoldersKeepOneChannelAndPresplitIsKept() {
    QTemporaryDir root;
    for (const char* split : {"train", "test"})
      for (const char* cls : {"a", "b"}) {
        QDir(root.path()).mkpath(QString("%1/%2").arg(split, cls));
        for (int i = 0; i < 3; ++i)
          writeImage(QString("%1/%2/%3/%4.png").arg(root.path(), split, cls).arg(i), QColor(90, 90, 90));
      }
    const Dataset d = loadDataset("folder:" + root.path().toStdString(), 1);
    QCOMPARE(d.train.channels, 1);
    QCOMPARE(d.train.size(), std::size_t(6));
    QCOMPARE(d.test.size(), std::size_t(6));
  }

  void folderStructureErrors() {
    QTemporaryDir root;
    QCOMPARE(errorOf("folder:" + root.path().toStdString() + "/missing"),
             "folder:" + root.path() + "/missing: no such folder");
    QVERIFY(errorOf("folder:" + root.path().toStdString()).contains("no class sub-folders"));
    QDir(root.path()).mkpath("empty");
    QDir(root.path()).mkpath("full");
    writeImage(root.path() + "/full/1.png", Qt::red);
    QCOMPARE(errorOf("folder:" + root.path().toStdString()),
             "folder:" + root.path() + ": class 'empty' (" + root.path() + "/empty) has no files");
    writeBytes(root.path() + "/empty/broken.png", "garbage");
    QCOMPARE(errorOf("folder:" + root.path().toStdString()),
             "folder:" + root.path() + ": class 'empty' (" + root.path() + "/empty) has no readable images or recordings");
  }

  void idxLoadsAFolderOrOneFile() {
    QTemporaryDir root;
    writeIdx(root.path(), "train", 30);
    writeIdx(root.path(), "t10k", 9);
    const Dataset d = loadDataset("idx:" + root.path().toStdString(), 1);
    QCOMPARE(d.train.size(), std::size_t(30));
    QCOMPARE(d.test.size(), std::size_t(9));
    QCOMPARE(d.classNames, (std::vector<std::string>{"0", "1", "2"}));
    QCOMPARE(int(d.train.image(0)[5]), 5);
    const Dataset one = loadDataset("idx:" + root.path().toStdString() + "/train-images-idx3-ubyte", 1);
    QCOMPARE(one.train.size() + one.test.size(), std::size_t(30)); // split 80/20 by seed
    QCOMPARE(one.test.size(), std::size_t(6));
  }

  void corruptIdxHeadersAreNamed() {
    QTemporaryDir root;
    const QString dir = root.path();
    const std::string images = (dir + "/train-images-idx3-ubyte").toStdString();

    writeIdx(dir, "train", 10);
    QByteArray bytes;
    {
      QFile f(dir + "/train-images-idx3-ubyte");
      QVERIFY(f.open(QIODevice::ReadOnly));
      bytes = f.readAll();
    }
    writeBytes(dir + "/train-images-idx3-ubyte", be32(0x804) + bytes.mid(4));
    QCOMPARE(errorOf("idx:" + images), QString::fromStdString(images) +
                                           ": wrong magic number 2052 (an IDX images file starts with 2051: "
                                           "unsigned bytes, 3 dimensions)");

    writeBytes(dir + "/train-images-idx3-ubyte", bytes.left(bytes.size() - 100));
    QCOMPARE(errorOf("idx:" + images), QString::fromStdString(images) +
                                           ": truncated: the header announces 10 images of 28x28 (7840 bytes) "
                                           "but the file holds 7740");

    writeBytes(dir + "/train-images-idx3-ubyte", bytes + "xx");
    QVERIFY(errorOf("idx:" + images).contains("holds more bytes than its header announces"));

    writeBytes(dir + "/train-images-idx3-ubyte", be32(0x803) + be32(10) + be32(100000) + be32(28));
    QVERIFY(errorOf("idx:" + images).contains("absurd header (10 images of 100000x28)"));

    // Found by fuzz_idx: a header that announces far more than the file holds (here
    // 1.6 PB) was allocated, and zero-filled, before a byte of it was read.
    writeBytes(dir + "/train-images-idx3-ubyte", be32(0x803) + be32(100000000) + be32(4096) + be32(4096) + "abc");
    QCOMPARE(errorOf("idx:" + images), QString::fromStdString(images) +
                                           ": truncated: the header announces 100000000 images of 4096x4096 "
                                           "(1677721600000000 bytes) but the file holds 3");
    writeIdx(dir, "train", 10);
    writeBytes(dir + "/train-labels-idx1-ubyte", be32(0x801) + be32(100000000) + "ab");
    QCOMPARE(errorOf("idx:" + images), dir + "/train-labels-idx1-ubyte: truncated: the header announces "
                                             "100000000 labels (100000000 bytes) but the file holds 2");

    writeIdx(dir, "train", 10);
    writeIdx(dir, "other", 12);
    QFile::remove(dir + "/train-labels-idx1-ubyte");
    QFile::copy(dir + "/other-labels-idx1-ubyte", dir + "/train-labels-idx1-ubyte");
    QCOMPARE(errorOf("idx:" + images), QString::fromStdString(images) + " holds 10 images but " + dir +
                                           "/train-labels-idx1-ubyte holds 12 labels");

    QVERIFY(errorOf("idx:" + (dir + "/whatever.bin").toStdString()).contains("expected an IDX images file"));
  }

  void trainingMatchesClassesByNameAndSaysSo() {
    QTemporaryDir root;
    for (const char* cls : {"3", "7", "zebra"}) {
      QDir(root.path()).mkpath(cls);
      for (int i = 0; i < 5; ++i)
        writeImage(root.path() + "/" + cls + "/" + QString::number(i) + ".png", QColor(20 * i, 0, 0));
    }
    Experiment e = defaultExperiment();
    e.target.dataset = "folder:" + root.path().toStdString();
    e.method.name = "source_only";
    e.training.steps = 5;
    e.training.device = "cpu";
    std::vector<std::string> log;
    TrainerCallbacks cb;
    cb.onEvent = [&](const twb::RunEvent& event) { log.push_back(event.text.english()); };
    Trainer(e).run(cb);
    bool said = false;
    for (const auto& line : log)
      said = said || line == "Classes matched by name: 2 in common; target-only classes left out: zebra; "
                             "source-only classes (never in the target): 0, 1, 2, 4, 5, 6, 8, 9";
    QVERIFY(said);

    e.target.dataset = "folder:" + root.path().toStdString() + "/zebra/..";
    QDir(root.path()).rename("3", "three");
    QDir(root.path()).rename("7", "seven");
    try {
      Trainer(e).run();
      QFAIL("no error");
    } catch (const InputError& err) {
      QVERIFY2(QString(err.what()).contains("share no class names"), err.what());
    }
  }

  void cancelStopsAFolderLoad() {
    QTemporaryDir root;
    QDir(root.path()).mkpath("x");
    for (int i = 0; i < 50; ++i)
      writeImage(root.path() + "/x/" + QString::number(i) + ".png", Qt::red);
    std::atomic<bool> cancel{true};
    LoadOptions options;
    options.cancel = &cancel;
    QVERIFY_THROWS_EXCEPTION(Cancelled, loadDataset("folder:" + root.path().toStdString(), 1, options));
  }
};

QTEST_GUILESS_MAIN(TestUserData)
#include "tst_userdata.moc"
