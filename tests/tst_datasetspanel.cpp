// The Datasets panel driven as a user would, in the real window on Qt's offscreen
// platform: datasets chosen in the panel or in the Experiment panel, loaded off the
// GUI thread, their samples, counts, facts, load report and class match checked; a
// speech dataset's spectrogram clicked plays its utterance and saves it as WAV.
#include "WindowTestSetup.h"
#include "IsolatedHome.h"
#include "window/Application.h"
#include "data/DatasetStats.h"
#include "datasets/DatasetsPanel.h"
#include "datasets/DomainView.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentFile.h"
#include "experiment/ExperimentPanel.h"
#include "window/MainWindow.h"
#include "datasets/SampleGridView.h"
#include "datasets/UtteranceBar.h"
#include "datasets/UtterancePlayer.h"
#include "common/FitWidgets.h"
#include "data/Speech.h"
#include "window/SettingsKeys.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QComboBox>
#include <QAudioFormat>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <tuple>
#include <utility>

using twb::ui::DatasetsPanel;
using twb::ui::DomainRole;
using twb::ui::DomainView;
using twb::ui::MainWindow;

namespace {

constexpr int kLoadTimeoutMs = 30000;
constexpr int kSpeechLoadTimeoutMs = 120000; // three voices synthesised on a busy two-core machine

twb::Experiment experimentWith(const std::string& source, const std::string& target) {
  twb::Experiment experiment = twb::defaultExperiment();
  experiment.source.dataset = source;
  experiment.target.dataset = target;
  return experiment;
}

DomainView* domain(const QWidget& window, DomainRole role) {
  auto* found = window.findChild<DomainView*>(twb::ui::roleKey(role) + QStringLiteral("Domain"));
  if (!found)
    qFatal("no domain view");
  return found;
}

template <typename T> T* child(const QWidget* parent, const QString& name) {
  auto* found = parent->findChild<T*>(name);
  if (!found)
    qFatal("no child %s", qPrintable(name));
  return found;
}

// Picks `text` in a domain's chooser as a click would.
void choose(DomainView* view, const QString& text) {
  auto* combo = child<QComboBox>(view, twb::ui::roleKey(view->role()) + QStringLiteral("DatasetChooser"));
  const int index = combo->findText(text);
  QVERIFY2(index >= 0, qPrintable(text));
  combo->setCurrentIndex(index);
  emit combo->activated(index);
}

// Types `spec` into the Experiment panel's target field and confirms it.
void typeTarget(const QWidget& window, const QString& spec) {
  auto* combo = child<QComboBox>(&window, QStringLiteral("targetDataset"));
  combo->setCurrentText(spec);
  emit combo->lineEdit()->editingFinished();
}

QString loadedName(const DomainView* view) {
  const auto loaded = view->dataset();
  return loaded ? QString::fromStdString(loaded->dataset.name) : QString();
}

// An ImageFolder: classes 0, 1, 2 and cat, five 28x28 PNGs each, and one file that is
// not an image at all.
void writeImageFolder(const QString& root) {
  const QStringList classes = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("cat")};
  for (int c = 0; c < classes.size(); ++c) {
    QVERIFY(QDir(root).mkpath(classes[c]));
    for (int i = 0; i < 5; ++i) {
      QImage image(28, 28, QImage::Format_RGB888);
      image.fill(QColor(20 * i, 40 * c, 100));
      QPainter painter(&image);
      painter.setPen(Qt::white);
      painter.drawText(image.rect(), Qt::AlignCenter, classes[c]);
      painter.end();
      QVERIFY(image.save(QDir(root).filePath(QStringLiteral("%1/%2.png").arg(classes[c]).arg(i))));
    }
  }
  QFile broken(QDir(root).filePath(QStringLiteral("1/broken.png")));
  QVERIFY(broken.open(QIODevice::WriteOnly));
  broken.write("this is not a PNG");
}

// The next file dialog answered with `path`, as a user typing it would.
void answerNextFileDialog(const QString& path) {
  twbtest::answerNextFileDialog([path](QFileDialog& dialog) {
    // Typed into the file name box (selectFile() left the proposed name there).
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setText(path);
    static_cast<QDialog&>(dialog).accept();
  });
}

bool samePcm(const QByteArray& pcm, const twb::Waveform& wave) {
  return pcm.size() == qsizetype(wave.samples.size() * sizeof(std::int16_t)) &&
         std::memcmp(pcm.constData(), wave.samples.data(), static_cast<std::size_t>(pcm.size())) == 0;
}

} // namespace

class TestDatasetsPanel : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QVERIFY(home_.isValid());
    twbtest::useIsolatedHome(home_);
    qputenv("TWB_CACHE_DIR", home_.filePath(QStringLiteral("cache")).toLocal8Bit());
    twb::ui::settings::language.set(QStringLiteral("en"));
    twb::ui::configureApplication(*qobject_cast<QApplication*>(QCoreApplication::instance()));
    QApplication::setQuitOnLastWindowClosed(false);
  }

  void digitsOnBothSidesShowSamplesCountsAndStats() {
    MainWindow window;
    window.setExperiment(experimentWith("digits", "syndigits"));
    window.show();
    DomainView* source = domain(window, DomainRole::Source);
    DomainView* target = domain(window, DomainRole::Target);
    // Chosen in the panel, the target goes into the experiment, and from there back here.
    choose(target, QStringLiteral("digits"));
    QCOMPARE(window.experiment().target.dataset, std::string("digits"));
    QVERIFY(window.isWindowModified());

    for (DomainView* view : {source, target}) {
      const QString stem = twb::ui::roleKey(view->role());
      auto* samples = child<twb::ui::SampleGridView>(view, stem + QStringLiteral("Samples"));
      QTRY_COMPARE_WITH_TIMEOUT(samples->sampleCount(), 60, kLoadTimeoutMs); // 6 of each of 10 classes
      QCOMPARE(samples->rowCount(), 10);

      auto* plot = child<QCustomPlot>(view, stem + QStringLiteral("CountsPlot"));
      auto* train = qobject_cast<QCPBars*>(plot->plottable(0));
      auto* test = qobject_cast<QCPBars*>(plot->plottable(1));
      QVERIFY(train && test);
      QCOMPARE(train->data()->size(), 10);
      for (auto bar = train->data()->constBegin(); bar != train->data()->constEnd(); ++bar)
        QCOMPARE(bar->value, 400.0);
      for (auto bar = test->data()->constBegin(); bar != test->data()->constEnd(); ++bar)
        QCOMPARE(bar->value, 100.0);

      // The numbers shown are core's statistics, not a blank.
      const twb::DatasetStats& stats = view->dataset()->stats;
      QCOMPARE(child<QLabel>(view, QStringLiteral("meanValue"))->text(),
               QLocale().toString(stats.train.mean[0], 'f', 3));
      QCOMPARE(child<QLabel>(view, QStringLiteral("stdValue"))->text(), QLocale().toString(stats.train.std[0], 'f', 3));
      QVERIFY(stats.train.mean[0] > 0.01 && stats.train.std[0] > 0.01);
      QVERIFY(child<QLabel>(view, QStringLiteral("sizeValue"))->text().contains(QStringLiteral("28")));
    }
    auto* panel = child<DatasetsPanel>(&window, QStringLiteral("datasetsPanel"));
    QTRY_VERIFY(panel->matchText().contains(QStringLiteral("<b>10</b>")));
    QVERIFY(!panel->matchText().contains(QStringLiteral("Only in")));
    QVERIFY(!window.findChild<QMessageBox*>());
  }

  void folderWithACorruptFileIsReportedAndMatchedByName() {
    QTemporaryDir images;
    writeImageFolder(images.path());
    MainWindow window;
    window.setExperiment(experimentWith("digits", "digits"));
    window.show();
    DomainView* target = domain(window, DomainRole::Target);
    QTRY_VERIFY_WITH_TIMEOUT(target->dataset(), kLoadTimeoutMs);

    // Typed into the Experiment panel, the folder shows up in the Datasets panel.
    const QString spec = QStringLiteral("folder:") + images.path();
    typeTarget(window, spec);
    QTRY_COMPARE_WITH_TIMEOUT(loadedName(target), spec, kLoadTimeoutMs);
    QCOMPARE(target->spec(), spec);
    QCOMPARE(child<twb::ui::SampleGridView>(target, QStringLiteral("targetSamples"))->rowCount(), 4);

    const auto* report = child<QPlainTextEdit>(target, QStringLiteral("loadReport"));
    QVERIFY2(report->toPlainText().contains(QStringLiteral("broken.png")), qPrintable(report->toPlainText()));
    QVERIFY(child<QToolButton>(target, QStringLiteral("reportToggle"))->isChecked()); // open: a file was skipped
    QVERIFY(report->isVisible());

    // Matched by name: 0, 1 and 2 in common, 3..9 only in digits, cat only in the folder.
    const QString match = child<DatasetsPanel>(&window, QStringLiteral("datasetsPanel"))->matchText();
    QVERIFY2(match.contains(QStringLiteral("<b>3</b>")), qPrintable(match));
    const qsizetype sourceOnly = match.indexOf(QStringLiteral("Only in the source"));
    const qsizetype targetOnly = match.indexOf(QStringLiteral("Only in the target"));
    QVERIFY2(sourceOnly >= 0 && targetOnly > sourceOnly, qPrintable(match));
    const QString sourceSide = match.mid(sourceOnly, targetOnly - sourceOnly);
    const QString targetSide = match.mid(targetOnly);
    QVERIFY2(sourceSide.contains(QStringLiteral("3, 4, 5, 6, 7, 8, 9")) && !sourceSide.contains(QStringLiteral("cat")),
             qPrintable(sourceSide));
    QVERIFY2(targetSide.contains(QStringLiteral("cat")) && !targetSide.contains(QStringLiteral("9")),
             qPrintable(targetSide));

    // Back to digits: cached, so it is on screen at once, without a load.
    typeTarget(window, QStringLiteral("digits"));
    QCOMPARE(loadedName(target), QStringLiteral("digits"));
    QVERIFY(!target->isLoading());
  }

  // An experiment that keeps some classes of each side (the fine-tuning lab's Fashion
  // 0-4 -> 5-9, here on digits) shows only those: their samples, counts and match.
  void classSubsetsAreWhatThePanelShows() {
    MainWindow window;
    twb::Experiment experiment = experimentWith("digits", "digits");
    experiment.source.classes = {0, 1, 2, 3, 4};
    experiment.target.classes = {9, 8, 7, 6, 5};
    window.setExperiment(experiment);
    window.show();
    DomainView* source = domain(window, DomainRole::Source);
    DomainView* target = domain(window, DomainRole::Target);
    QTRY_VERIFY_WITH_TIMEOUT(source->dataset() && target->dataset(), kLoadTimeoutMs);
    QCOMPARE(source->dataset()->dataset.classNames, (std::vector<std::string>{"0", "1", "2", "3", "4"}));
    QCOMPARE(target->dataset()->dataset.classNames, (std::vector<std::string>{"9", "8", "7", "6", "5"}));
    for (DomainView* view : {source, target}) {
      const QString stem = twb::ui::roleKey(view->role());
      QCOMPARE(child<twb::ui::SampleGridView>(view, stem + QStringLiteral("Samples"))->rowCount(), 5);
      auto* train = qobject_cast<QCPBars*>(child<QCustomPlot>(view, stem + QStringLiteral("CountsPlot"))->plottable(0));
      QCOMPARE(train->data()->size(), 5);
      QCOMPARE(view->dataset()->stats.train.classCounts, (std::vector<std::size_t>(5, 400)));
      QVERIFY(child<QLabel>(view, stem + QStringLiteral("ClassSubset"))->isVisible());
    }
    QVERIFY(child<QLabel>(target, QStringLiteral("targetClassSubset"))->text().contains(QStringLiteral("9, 8, 7, 6, 5")));
    const QString match = child<DatasetsPanel>(&window, QStringLiteral("datasetsPanel"))->matchText();
    QVERIFY2(match.contains(QStringLiteral("No classes in common")), qPrintable(match));

    // The whole dataset again: all ten classes, and no note.
    window.setExperiment(experimentWith("digits", "digits"));
    QTRY_VERIFY_WITH_TIMEOUT(target->dataset() && target->dataset()->dataset.classNames.size() == 10, kLoadTimeoutMs);
    QVERIFY(!child<QLabel>(target, QStringLiteral("targetClassSubset"))->isVisible());

    // A class the dataset does not have is said inline, with the dataset's range.
    experiment.target.classes = {12};
    window.setExperiment(experiment);
    const auto* message = child<QLabel>(target, QStringLiteral("targetLoadMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), kLoadTimeoutMs);
    QVERIFY2(message->text().contains(QStringLiteral("class 12")) && message->text().contains(QStringLiteral("0 to 9")),
             qPrintable(message->text()));
    QVERIFY(!window.findChild<QMessageBox*>());
  }

  // target.labels_per_class limits what target_only and finetune train on; the panel
  // shows the whole split, so it says how much of it a run uses, and only for them.
  // Issue #22: a click on a speech dataset's spectrogram plays that utterance. What the
  // panel hands the audio output is core's waveform of the very item clicked (found
  // through the experiment's class list, which renumbers the split), 16 kHz mono
  // 16-bit; the line names it; Save WAV… writes it through writeWav. With no audio
  // output (this test's machine) the line says so and nothing hangs.
  void clickedSpectrogramPlaysAndSavesItsUtterance() {
    const QString sourceSpec = QStringLiteral("spoken-digits:voices=espeak:en+f2");
    const QString targetSpec = QStringLiteral("spoken-digits:voices=flite:slt,flite:awb");
    MainWindow window;
    twb::Experiment experiment = experimentWith(sourceSpec.toStdString(), targetSpec.toStdString());
    experiment.target.classes = {7, 3};
    window.setExperiment(experiment);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DomainView* source = domain(window, DomainRole::Source);
    DomainView* target = domain(window, DomainRole::Target);
    QTRY_VERIFY_WITH_TIMEOUT(source->dataset() && target->dataset(), kSpeechLoadTimeoutMs);
    auto* player = child<twb::ui::UtterancePlayer>(&window, QStringLiteral("utterancePlayer"));
    auto* grid = child<twb::ui::SampleGridView>(target, QStringLiteral("targetSamples"));
    auto* line = child<twb::ui::ElidedLabel>(target, QStringLiteral("targetUtterance"));
    QVERIFY(grid->isClickable());
    QVERIFY(line->isVisible());
    QCOMPARE(line->text(), QStringLiteral("Click a spectrogram to hear it."));

    // A 'seven' of the second voice, awb: its index in the split shown (sevens and
    // threes only) is not its index in the spec's split.
    const twb::ui::LoadedDataset& loaded = *target->dataset();
    int row = -1, column = -1;
    for (int r = 0; r < grid->rowCount() && row < 0; ++r)
      for (int c = 0; c < grid->columnCount(r) && row < 0; ++c) {
        const std::size_t i = grid->indexAt(r, c);
        const auto label = static_cast<std::size_t>(loaded.dataset.train.labels[i]);
        if (loaded.dataset.classNames[label] == "7" && loaded.specIndex(false, i) >= 800)
          std::tie(row, column) = std::pair(r, c);
      }
    QVERIFY(row >= 0);
    const std::size_t shown = grid->indexAt(row, column);
    const std::size_t specIndex = loaded.specIndex(false, shown);
    QVERIFY(specIndex != shown);
    QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(row, column).center());

    const twb::Waveform expected = twb::spokenDigitsWaveform(targetSpec.toStdString(), 1, false, specIndex);
    QCOMPARE(player->owner(), static_cast<const QObject*>(target->utteranceBar()));
    QCOMPARE(player->format().sampleRate(), 16000);
    QCOMPARE(player->format().channelCount(), 1);
    QCOMPARE(player->format().sampleFormat(), QAudioFormat::Int16);
    QCOMPARE(player->pcm().size(), qsizetype(2 * 16000));
    QCOMPARE(player->format().durationForBytes(static_cast<qint32>(player->pcm().size())), qint64(1000000));
    QVERIFY(samePcm(player->pcm(), expected));
    // The samples tell utterances apart: the item at the shown index in the spec is another.
    QVERIFY(!samePcm(player->pcm(), twb::spokenDigitsWaveform(targetSpec.toStdString(), 1, false, shown)));
    QCOMPARE(grid->highlighted(), qint64(shown));
    const QString item = QStringLiteral("'seven' · flite:awb · 1.0 s · ") + targetSpec;
    QVERIFY2(line->text().endsWith(item), qPrintable(line->text()));
    QVERIFY(player->state() != twb::ui::UtterancePlayer::State::Idle);
    if (player->state() == twb::ui::UtterancePlayer::State::NoDevice)
      QCOMPARE(line->text(), QStringLiteral("No audio output: ") + item);

    // Save WAV… through its file dialog, as a user does; read back with core's reader.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("seven.wav"));
    answerNextFileDialog(path);
    QTest::mouseClick(child<QToolButton>(target, QStringLiteral("targetSaveWav")), Qt::LeftButton);
    QTRY_VERIFY2(QFileInfo::exists(path), qPrintable(line->text()));
    QCOMPARE(line->text(), QStringLiteral("Saved ") + QDir::toNativeSeparators(path));
    const twb::Waveform saved = twb::readWav(path.toStdString());
    QCOMPARE(saved.sampleRate, 16000);
    QCOMPARE(saved.seconds(), 1.0);
    QVERIFY(saved.samples == expected.samples);
    // Not silence: a level a listener hears (docs/datasets.md: peaks at 20 % to 90 % of
    // full scale, before the speed change), measured as peak and RMS in dBFS.
    double sumSquares = 0;
    int peak = 0;
    for (const std::int16_t x : saved.samples) {
      sumSquares += double(x) * x;
      peak = std::max(peak, std::abs(int(x)));
    }
    const double rmsDb = 20 * std::log10(std::sqrt(sumSquares / saved.samples.size()) / 32768.0);
    QVERIFY2(peak > 0.15 * 32768, qPrintable(QString::number(peak)));
    QVERIFY2(rmsDb > -40, qPrintable(QString::number(rmsDb)));

    // A click on the source side stops the target's and names its own item.
    auto* sourceGrid = child<twb::ui::SampleGridView>(source, QStringLiteral("sourceSamples"));
    QTest::mouseClick(sourceGrid, Qt::LeftButton, {}, sourceGrid->cellRect(0, 0).center());
    QCOMPARE(player->owner(), static_cast<const QObject*>(source->utteranceBar()));
    QVERIFY(samePcm(player->pcm(),
                    twb::spokenDigitsWaveform(sourceSpec.toStdString(), 1, false, sourceGrid->indexAt(0, 0))));
    QVERIFY2(child<twb::ui::ElidedLabel>(source, QStringLiteral("sourceUtterance"))
                 ->text()
                 .endsWith(QStringLiteral("'zero' · espeak:en+f2 · 1.0 s · ") + sourceSpec),
             qPrintable(child<twb::ui::ElidedLabel>(source, QStringLiteral("sourceUtterance"))->text()));

    // Images cannot be heard: no line, no clicks.
    typeTarget(window, QStringLiteral("digits"));
    QTRY_COMPARE_WITH_TIMEOUT(loadedName(target), QStringLiteral("digits"), kLoadTimeoutMs);
    QVERIFY(!grid->isClickable());
    QVERIFY(!line->isVisible());
  }

  void labelsPerClassIsSaidForTheMethodsThatUseIt() {
    MainWindow window;
    twb::Experiment experiment = experimentWith("digits", "digits-m");
    experiment.method.name = "target_only";
    experiment.target.labelsPerClass = 10;
    window.setExperiment(experiment);
    window.show();
    DomainView* target = domain(window, DomainRole::Target);
    QTRY_VERIFY_WITH_TIMEOUT(target->dataset(), kLoadTimeoutMs);
    const auto* note = child<QLabel>(target, QStringLiteral("targetLabelsUsed"));
    QVERIFY(note->isVisible());
    // digits-m has 400 training images per class: 10 of each, 100 in all.
    const QString expected = QStringLiteral("100 of its %1 images").arg(QLocale().toString(4000));
    QVERIFY2(note->text().contains(expected), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QStringLiteral("target.labels_per_class")), qPrintable(note->text()));
    QVERIFY(!child<QLabel>(domain(window, DomainRole::Source), QStringLiteral("sourceLabelsUsed"))->isVisible());

    // DANN never reads the target's labels: choosing it in the Method box drops the note.
    auto* method = child<QComboBox>(&window, QStringLiteral("method"));
    method->setCurrentIndex(method->findData(QStringLiteral("dann")));
    QTRY_VERIFY(!note->isVisible());
  }

  void badSpecIsShownInline() {
    MainWindow window;
    window.setExperiment(experimentWith("digits", "no-such-dataset"));
    window.show();
    DomainView* target = domain(window, DomainRole::Target);
    const auto* message = child<QLabel>(target, QStringLiteral("targetLoadMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), kLoadTimeoutMs);
    QVERIFY2(message->text().contains(QStringLiteral("no-such-dataset")), qPrintable(message->text()));
    QVERIFY(!target->dataset());
    QVERIFY(child<QPushButton>(target, QStringLiteral("targetRetryLoad"))->isVisible());
    QVERIFY(!window.findChild<QMessageBox*>()); // inline, never a dialog
    QCOMPARE(child<twb::ui::SampleGridView>(target, QStringLiteral("targetSamples"))->sampleCount(), 0);

    // A good spec afterwards clears the error.
    typeTarget(window, QStringLiteral("digits"));
    QTRY_COMPARE_WITH_TIMEOUT(loadedName(target), QStringLiteral("digits"), kLoadTimeoutMs);
    QVERIFY(!message->isVisible());
  }

  void cancelStopsTheLoadAndRetryLoadsIt() {
    MainWindow window;
    twb::Experiment experiment = experimentWith("digits", "digits");
    experiment.seed = 11; // nothing cached for this seed
    window.setExperiment(experiment);
    window.show();
    DomainView* target = domain(window, DomainRole::Target);
    QVERIFY(target->isLoading()); // no event has run: the load cannot have finished
    auto* cancel = child<QPushButton>(target, QStringLiteral("targetCancelLoad"));
    QVERIFY(cancel->isVisible());
    QVERIFY(child<QWidget>(target, QStringLiteral("targetLoadProgress"))->isVisible());
    cancel->click();
    QVERIFY(!target->isLoading());
    const auto* message = child<QLabel>(target, QStringLiteral("targetLoadMessage"));
    QVERIFY(message->isVisible());
    QTest::qWait(1000); // the cancelled load's end must not bring its dataset back
    QVERIFY(!target->dataset());

    child<QPushButton>(target, QStringLiteral("targetRetryLoad"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(loadedName(target), QStringLiteral("digits"), kLoadTimeoutMs);
    QVERIFY(!message->isVisible());
  }

  void quickSwitchingEndsWithTheLastChoice() {
    MainWindow window;
    twb::Experiment experiment = experimentWith("digits", "digits");
    experiment.seed = 23; // nothing cached: every choice below starts a load
    window.setExperiment(experiment);
    window.show();
    DomainView* target = domain(window, DomainRole::Target);
    for (const char* name : {"syndigits", "digits-m", "digits", "syndigits", "digits-m"}) {
      choose(target, QString::fromLatin1(name));
      QTest::qWait(20);
    }
    QCOMPARE(window.experiment().target.dataset, std::string("digits-m"));
    QTRY_COMPARE_WITH_TIMEOUT(loadedName(target), QStringLiteral("digits-m"), kLoadTimeoutMs);
    // The loads that were overtaken end later; none of them may replace the last choice.
    QTest::qWait(3000);
    QCOMPARE(loadedName(target), QStringLiteral("digits-m"));
    QCOMPARE(child<QComboBox>(target, QStringLiteral("targetDatasetChooser"))->currentText(),
             QStringLiteral("digits-m"));
    QCOMPARE(child<twb::ui::SampleGridView>(target, QStringLiteral("targetSamples"))->sampleCount(), 60);
  }

  void closingWhileLoadingDoesNotWait() {
    QElapsedTimer timer;
    {
      MainWindow window;
      twb::Experiment experiment = experimentWith("syndigits", "shapes");
      experiment.seed = 31;
      window.setExperiment(experiment);
      window.show();
      QVERIFY(domain(window, DomainRole::Source)->isLoading());
      timer.start();
    } // destroyed mid-load: the loads are cancelled and joined
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
  }

private:
  QTemporaryDir home_;
};

QTEST_MAIN(TestDatasetsPanel)
#include "tst_datasetspanel.moc"
