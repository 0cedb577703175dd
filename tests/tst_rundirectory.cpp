// The run directory: every contract file written, read back equal, the saved model
// reproduces the reported accuracy, and an existing run is never overwritten.
#include "experiment/ExperimentFile.h"
#include "base/AtomicFile.h"
#include "data/Dataset.h"
#include "data/LoadDataset.h"
#include "nn/CheckpointInspect.h"
#include "base/Errors.h"
#include "training/Evaluate.h"
#include "training/RunDirectory.h"
#include "training/RunLog.h"
#include "training/RunSummary.h"
#include "training/Trainer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace twb;

namespace {
// The zip format's CRC-32 (reflected, polynomial 0xEDB88320), bit by bit: written
// here so that the test does not check the archive check with its own zlib call.
quint32 crc32Of(const QByteArray& bytes) {
  quint32 crc = 0xFFFFFFFFu;
  for (const char c : bytes) {
    crc ^= static_cast<unsigned char>(c);
    for (int k = 0; k < 8; ++k)
      crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

QByteArray littleEndian32(quint32 v) {
  QByteArray out;
  for (int k = 0; k < 4; ++k)
    out.append(static_cast<char>((v >> (8 * k)) & 0xFF));
  return out;
}
} // namespace

class TestRunDirectory : public QObject {
  Q_OBJECT

  QTemporaryDir tmp_;
  std::string runDir_;
  TrainResult result_;
  Experiment experiment_;
  std::vector<RunEvent> reported_;

private Q_SLOTS:
  void initTestCase() {
    useAllCores();
    experiment_ = defaultExperiment();
    experiment_.target.dataset = "digits";
    experiment_.method.name = "source_only";
    experiment_.training.steps = 60;
    experiment_.eval.every = 25;
    experiment_.seed = 4;
    experiment_.training.device = "cpu";
    runDir_ = (tmp_.path() + "/run").toStdString();
    Trainer t(experiment_, runDir_);
    TrainerCallbacks callbacks;
    callbacks.onEvent = [this](const RunEvent& event) { reported_.push_back(event); };
    result_ = t.run(callbacks);
  }

  void everyContractFileIsThere() {
    const QDir dir(QString::fromStdString(runDir_));
    // The contract's four, and the run's log (ours: the contract is silent on it).
    QCOMPARE(dir.entryList(QDir::Files, QDir::Name),
             QStringList({"experiment.json", "log.json", "metrics.csv", "model.pt", "summary.json"}));
  }

  // The log kept in the run directory is what the run reported as it went, event by
  // event, in order: the window shows an earlier run's log from it.
  void theLogIsWhatTheRunReported() {
    const std::vector<RunEvent> kept = readRunLog(runDir_);
    QVERIFY(reported_.size() >= 3); // loading, started, finished at least
    QCOMPARE(kept.size(), reported_.size());
    for (std::size_t i = 0; i < kept.size(); ++i) {
      QCOMPARE(static_cast<int>(kept[i].kind), static_cast<int>(reported_[i].kind));
      QCOMPARE(kept[i].text.english(), reported_[i].text.english());
      QVERIFY(kept[i].text == reported_[i].text); // template and arguments, so it can be translated again
    }
    QCOMPARE(static_cast<int>(kept.back().kind), static_cast<int>(RunEventKind::Finished));
    // A run written before logs were kept has none, and that is no error.
    QVERIFY(readRunLog(tmp_.path().toStdString()).empty());
  }

  void summaryHasTheContractFields() {
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(readFile(runDir_ + "/summary.json")));
    const QJsonObject o = doc.object();
    for (const char* key : {"method", "seed", "steps", "source_test_acc", "target_test_acc", "train_seconds", "images_per_second"})
      QVERIFY2(o.contains(key), key);
    QCOMPARE(o["method"].toString(), QString("source_only"));
    QCOMPARE(o["seed"].toInt(), 4);
    QCOMPARE(o["steps"].toInt(), 60);
    const double acc = o["target_test_acc"].toDouble();
    QVERIFY(acc >= 0 && acc <= 1);
  }

  void readsBackWhatWasWritten() {
    const RunRecord r = readRunDirectory(runDir_);
    QCOMPARE(experimentToJson(r.experiment), experimentToJson(experiment_));
    QCOMPARE(r.summary.targetTestAcc, result_.summary.targetTestAcc);
    QCOMPARE(r.summary.steps, std::int64_t(60));
    QCOMPARE(r.metrics.size(), result_.metrics.size());
    for (std::size_t i = 0; i < r.metrics.size(); ++i) {
      QCOMPARE(r.metrics[i].step, result_.metrics[i].step);
      QCOMPARE(r.metrics[i].values.size(), result_.metrics[i].values.size());
      for (std::size_t k = 0; k < r.metrics[i].values.size(); ++k)
        QCOMPARE(float(r.metrics[i].values[k].second), float(result_.metrics[i].values[k].second));
    }
    const QString header = QString::fromStdString(readFile(runDir_ + "/metrics.csv")).section('\n', 0, 0);
    QVERIFY2(header.startsWith("step,epoch,wall_seconds,") && header.contains("loss/label") &&
                 header.contains("acc/target_test"),
             qPrintable(header));
  }

  void savedModelReproducesTheAccuracy() {
    const Dataset d = loadDataset("digits", experiment_.seed);
    const double acc = evaluateCheckpoint(runDir_ + "/model.pt", d.test);
    QCOMPARE(acc, result_.summary.targetTestAcc);
  }

  void anExistingRunIsNeverOverwritten() {
    const std::string before = readFile(runDir_ + "/summary.json");
    Trainer again(experiment_, runDir_);
    try {
      again.run();
      QFAIL("no error");
    } catch (const InputError& e) {
      QVERIFY2(QString(e.what()).contains("already holds a run"), e.what());
    }
    QCOMPARE(readFile(runDir_ + "/summary.json"), before);
  }

  void badInputLeavesNothingOnDisk() {
    Experiment e = experiment_;
    e.model.freeze = {"no_such_layer"};
    const std::string dir = (tmp_.path() + "/never").toStdString();
    Trainer t(e, dir);
    QVERIFY_THROWS_EXCEPTION(InputError, t.run());
    QVERIFY(!QFileInfo::exists(QString::fromStdString(dir)));
  }

  void incompleteDirectoryIsNamed() {
    QTemporaryDir empty;
    try {
      readRunDirectory(empty.path().toStdString());
      QFAIL("no error");
    } catch (const InputError& e) {
      QVERIFY2(QString(e.what()).contains("experiment.json is missing"), e.what());
    }
  }

  // Found by fuzz_rundir: a summary.json with a number no double holds ended the
  // program with nlohmann's out_of_range; the run list names the file instead.
  void damagedSummaryIsNamed() {
    QVERIFY_THROWS_EXCEPTION(InputError, parseSummary(R"({"steps": 1, "domain_acc": 1e400})", "summary.json"));
    try {
      parseSummary("{\"train_seconds\": 2E999999}", "run/summary.json");
      QFAIL("no error");
    } catch (const InputError& e) {
      QCOMPARE(QString(e.what()), QString("run/summary.json: not valid JSON (number overflow parsing '2E999999')"));
    }
  }

  // Found by fuzz_checkpoint: a model.pt with the metadata but no weights (here the
  // seed fuzz/corpus/checkpoint/meta-only.pt, as bytes) let torch's c10::Error, with
  // its C++ backtrace, escape to the Model panel and `twb` instead of this error.
  void damagedModelFilesAreNamed() {
    const QByteArray metaOnly = QByteArray::fromBase64(
        "UEsDBAAACAgAAAAAAAAAAAAAAAAAAAAAAAANABUAbWV0YS9kYXRhLnBrbEZCEQBaWlpaWlpaWlpaWlpaWlpaWoACY19fdG9yY2hf"
        "XwpNb2R1bGUKcQApgX0oWAYAAABmb3JtYXRxAVgfAAAAdHJhbnNmZXItd29ya2JlbmNoLWNoZWNrcG9pbnQtMXECWAoAAABleHBl"
        "cmltZW50cQNYMQAAAHsibmFtZSI6ICJ4IiwgIm1ldGhvZCI6IHsibmFtZSI6ICJzb3VyY2Vfb25seSJ9fQpxBFgEAAAAc3RlcHEF"
        "TSADWAgAAABiYWNrYm9uZXEGWAUAAABsZW5ldHEHWAgAAABjaGFubmVsc3EISwFYBAAAAHNpZGVxCUscWAcAAABjbGFzc2VzcQpL"
        "CnVicQsuUEsHCJaTEe3yAAAA8gAAAFBLAwQAAAgIAAAAAAAAAAAAAAAAAAAAAAAAFgAKAG1ldGEvY29kZS9fX3RvcmNoX18ucHlG"
        "QgYAWlpaWlpaY2xhc3MgTW9kdWxlKE1vZHVsZSk6CiAgX19wYXJhbWV0ZXJzX18gPSBbXQogIF9fYnVmZmVyc19fID0gW10KICBm"
        "b3JtYXQgOiBzdHIKICBleHBlcmltZW50IDogc3RyCiAgc3RlcCA6IGludAogIGJhY2tib25lIDogc3RyCiAgY2hhbm5lbHMgOiBp"
        "bnQKICBzaWRlIDogaW50CiAgY2xhc3NlcyA6IGludApQSwcIlKEzjK0AAACtAAAAUEsDBAAACAgAAAAAAAAAAAAAAAAAAAAAAAAg"
        "AAUAbWV0YS9jb2RlL19fdG9yY2hfXy5weS5kZWJ1Z19wa2xGQgEAWoACWBgAAABGT1JNQVRfV0lUSF9TVFJJTkdfVEFCTEVxAFgA"
        "AAAAcQGFcQJLAGN0b3JjaC5qaXQuX3BpY2tsZQpidWlsZF9pbnRsaXN0CnEDKF0oZXRSSwBLAIdxBEsASwCHSwCHhXEFhy5QSwcI"
        "sfG9PWoAAABqAAAAUEsDBAAACAgAAAAAAAAAAAAAAAAAAAAAAAASABYAbWV0YS9jb25zdGFudHMucGtsRkISAFpaWlpaWlpaWlpa"
        "WlpaWlpaWoACKS5QSwcIbS8JVwQAAAAEAAAAUEsDBAAACAgAAAAAAAAAAAAAAAAAAAAAAAAMAEIAbWV0YS92ZXJzaW9uRkI+AFpa"
        "WlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaMwpQSwcI0Z5nVQIAAAAC"
        "AAAAUEsBAgAAAAAICAAAAAAAAJaTEe3yAAAA8gAAAA0AAAAAAAAAAAAAAAAAAAAAAG1ldGEvZGF0YS5wa2xQSwECAAAAAAgIAAAA"
        "AAAAlKEzjK0AAACtAAAAFgAAAAAAAAAAAAAAAABCAQAAbWV0YS9jb2RlL19fdG9yY2hfXy5weVBLAQIAAAAACAgAAAAAAACx8b09"
        "agAAAGoAAAAgAAAAAAAAAAAAAAAAAD0CAABtZXRhL2NvZGUvX190b3JjaF9fLnB5LmRlYnVnX3BrbFBLAQIAAAAACAgAAAAAAABt"
        "LwlXBAAAAAQAAAASAAAAAAAAAAAAAAAAAPoCAABtZXRhL2NvbnN0YW50cy5wa2xQSwECAAAAAAgIAAAAAAAA0Z5nVQIAAAACAAAA"
        "DAAAAAAAAAAAAAAAAABUAwAAbWV0YS92ZXJzaW9uUEsGBiwAAAAAAAAAHgMtAAAAAAAAAAAABQAAAAAAAAAFAAAAAAAAAEcBAAAA"
        "AAAA0gMAAAAAAABQSwYHAAAAABkFAAAAAAAAAQAAAFBLBQYAAAAABQAFAEcBAADSAwAAAAA=");
    // The same archive with one file name in its central directory overwritten: torch's
    // TorchScript importer threw its own torch::jit::ErrorReport (fuzz_checkpoint).
    QByteArray renamed = metaOnly;
    renamed.replace(1083, 8, QByteArray("\x04\0\0\0\0\0\0\0", 8));
    QTemporaryDir dir;
    const std::string path = (dir.path() + "/model.pt").toStdString();
    // The same archive with "__buffers__" in its class declaration changed to
    // "__buffets__" segfaulted inside LibTorch's TorchScript parser (fuzz_checkpoint):
    // first as found, with the zip's checksum left stale (LibTorch checks none), then
    // with the checksum made to match, so only the declaration is wrong.
    QByteArray buffets = metaOnly;
    const qsizetype code = buffets.indexOf("class Module(Module):");
    const qsizetype codeSize = buffets.indexOf("PK\x07\x08", code) - code;
    const QByteArray oldCrc = littleEndian32(crc32Of(buffets.mid(code, codeSize)));
    buffets.replace(buffets.indexOf("__buffers__"), 11, "__buffets__");
    QByteArray buffetsCrc = buffets;
    buffetsCrc.replace(oldCrc, littleEndian32(crc32Of(buffets.mid(code, codeSize))));
    QVERIFY(buffetsCrc != buffets);
    const QString stem = QString::fromStdString(path) + ": cannot be read as a model checkpoint";
    const QList<std::pair<QByteArray, QString>> cases{
        {metaOnly, stem},
        {renamed, stem + " (an entry's name is damaged)"},
        {buffets, stem + " (meta/code/__torch__.py: its checksum does not match (the file is damaged))"},
        {buffetsCrc, stem + " (meta/code/__torch__.py: a class declaration LibTorch did not write)"},
    };
    for (const auto& [bytes, expected] : cases) {
      writeFileAtomic(path, bytes.toStdString());
      try {
        checkpointLayerValues(path, "fc");
        QFAIL("no error");
      } catch (const InputError& e) {
        QCOMPARE(QString(e.what()), expected);
      }
    }
  }

  void notAModelFileIsNamed() {
    QTemporaryDir dir;
    const std::string fake = (dir.path() + "/model.pt").toStdString();
    writeFileAtomic(fake, "not a checkpoint");
    const Dataset d = loadDataset("digits", 1);
    QVERIFY_THROWS_EXCEPTION(InputError, evaluateCheckpoint(fake, d.test));
  }

  // Files from elsewhere (issue #24): another run's model.pt, a truncated one, a
  // metrics.csv with a broken line, a summary.json of another shape. Each is one
  // InputError naming the file and what is wrong, never a crash or a wrong number.
  void filesFromElsewhereAreNamedNotMisread() {
    const QString run = QString::fromStdString(runDir_);
    const auto copyOfRun = [&](const QString& name) {
      const QString dir = tmp_.path() + "/" + name;
      if (!QDir().mkpath(dir))
        return QString();
      for (const QString& f : QDir(run).entryList(QDir::Files))
        if (!QFile::copy(run + "/" + f, dir + "/" + f))
          return QString();
      return dir;
    };
    const auto refusal = [](const std::function<void()>& read) -> QString {
      try {
        read();
      } catch (const InputError& e) {
        return QString::fromUtf8(e.what());
      }
      return {};
    };
    // Another run's checkpoint (same classes, another backbone): measured, it would
    // give that run's accuracy under this run's name.
    Experiment other = experiment_;
    other.model.backbone = "lenet";
    other.training.steps = other.eval.every = 10;
    const std::string otherDir = (tmp_.path() + "/other").toStdString();
    Trainer(other, otherDir).run();
    const QString mixed = copyOfRun("mixed");
    QVERIFY(QFile::remove(mixed + "/model.pt"));
    QVERIFY(QFile::copy(QString::fromStdString(otherDir) + "/model.pt", mixed + "/model.pt"));
    QString why = refusal([&] { predictRun(mixed.toStdString(), "digits"); });
    QVERIFY2(why.contains("model.pt was trained with another experiment"), qPrintable(why));
    // A truncated checkpoint (a copy cut short).
    const QString cut = copyOfRun("cut");
    QFile model(cut + "/model.pt");
    QVERIFY(model.resize(model.size() / 2));
    why = refusal([&] { predictRun(cut.toStdString(), "digits"); });
    QVERIFY2(why.contains("model.pt: cannot be read as a model checkpoint"), qPrintable(why));
    // A metrics.csv whose third line lost a cell.
    const QString broken = copyOfRun("broken-metrics");
    std::string csv = readFile((broken + "/metrics.csv").toStdString());
    const std::size_t third = csv.find('\n', csv.find('\n', csv.find('\n') + 1) + 1);
    csv.erase(csv.rfind(',', third), 1); // one separator fewer: two cells run together
    writeFileAtomic((broken + "/metrics.csv").toStdString(), csv);
    why = refusal([&] { readRunDirectory(broken.toStdString()); });
    QVERIFY2(why.contains("metrics.csv: line 3 has"), qPrintable(why));
    // A summary.json written by another version: a field of another type is named;
    // fields it lacks or adds are not errors (the run list shows what there is).
    const QString foreign = copyOfRun("foreign-summary");
    writeFileAtomic((foreign + "/summary.json").toStdString(), R"({"method": 3, "status": "completed"})");
    why = refusal([&] { readRunDirectory(foreign.toStdString()); });
    QVERIFY2(why.contains("summary.json") && why.contains("method"), qPrintable(why));
    writeFileAtomic((foreign + "/summary.json").toStdString(),
                    R"({"method": "source_only", "status": "completed", "format_version": 7, "new_field": [1]})");
    const RunRecord r = readRunDirectory(foreign.toStdString());
    QCOMPARE(r.summary.method, std::string("source_only"));
    QCOMPARE(r.metrics.size(), result_.metrics.size());
  }
};

QTEST_GUILESS_MAIN(TestRunDirectory)
#include "tst_rundirectory.moc"
