// Runs side by side: real run directories (short trainings on digits -> digits-m)
// listed, tabulated next to their baselines, overlaid, and the baseline queue run
// from a controller as the window does. Also the lambda preview of the panel.
#include "experiment/ExperimentFile.h"
#include "IsolatedHome.h"
#include "base/AtomicFile.h"
#include "curves/CurvesView.h"
#include "experiment/ExperimentPanel.h"
#include "experiment/LambdaPreview.h"
#include "window/MainWindow.h"
#include "results/ResultsModel.h"
#include "base/Errors.h"
#include "common/CoreText.h"
#include "experiment/ExperimentModel.h"
#include "methods/Registry.h"
#include "window/Language.h"
#include "data/Dataset.h"
#include "data/LoadDataset.h"
#include "results/ResultsTable.h"
#include "run/RunController.h"
#include "results/RunList.h"
#include "run/RunLogView.h"
#include "results/RunOverlayView.h"
#include "run/RunProgress.h"
#include "run/RunQueue.h"
#include "training/RunSummary.h"
#include "training/CollapseWatch.h"
#include "training/Schedules.h"
#include "window/SettingsKeys.h"
#include "training/Trainer.h"
#include "run/TrainingJob.h"

#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <functional>
#include <set>

using namespace twb::ui;

namespace {

twb::Experiment shortExperiment(const std::string& method, std::uint64_t seed, std::int64_t steps = 30) {
  twb::Experiment e = twb::defaultExperiment();
  e.name = "run list test";
  e.method.name = method;
  e.source.dataset = "digits";
  e.target.dataset = "digits-m";
  e.seed = seed;
  e.training.steps = steps;
  e.training.batchSize = 32;
  e.training.device = "cpu";
  e.eval.every = 10;
  return e;
}

twb::RunSummary summaryIn(const QString& dir) {
  const std::string path = QDir(dir).filePath(QStringLiteral("summary.json")).toStdString();
  return twb::parseSummary(twb::readFile(path), path);
}

// "method sSEED" per row, top to bottom.
QStringList methodsOf(const ResultsModel& model) {
  QStringList methods;
  for (int row = 0; row < model.rowCount(); ++row)
    methods << model.index(row, ResultsModel::Method).data(ResultsModel::RawRole).toString() + QStringLiteral(" s") +
                   model.index(row, ResultsModel::Seed).data(ResultsModel::RawRole).toString();
  return methods;
}

// True when the rows of `group` (method names) sit next to each other in `methods`.
bool contiguous(const QStringList& methods, const QStringList& group) {
  const int first = methods.indexOf(group.front());
  if (first < 0 || first + group.size() > methods.size())
    return false;
  return methods.mid(first, group.size()) == group;
}

} // namespace

// A run queue over a controller that feeds the window's views, unshown.
struct QueueFixture {
  QWidget views;
  RunController controller{new CurvesView(&views), new RunLogView(&views), new RunProgress(&views)};
  RunQueue queue{&controller};
};

class TestRunList : public QObject {
  Q_OBJECT

  QTemporaryDir home_;
  QString runs_; // source_only, target_only, dann (seed 3) and an unrelated source_only (seed 4)
  QHash<QString, QString> dirOf_;

private slots:
  void initTestCase() {
    QVERIFY(home_.isValid());
    twbtest::useIsolatedHome(home_);
    QApplication::setQuitOnLastWindowClosed(false);
    twb::useAllCores();
    runs_ = home_.filePath(QStringLiteral("runs"));
    const std::pair<const char*, std::uint64_t> runs[] = {
        {"source_only", 3}, {"target_only", 3}, {"dann", 3}, {"other", 4}};
    for (const auto& [key, seed] : runs) {
      const std::string method = QByteArray(key) == "other" ? "source_only" : key;
      const QString dir = QDir(runs_).filePath(QString::fromLatin1(key));
      twb::Trainer(shortExperiment(method, seed), dir.toStdString()).run();
      dirOf_.insert(QString::fromLatin1(key), dir);
    }
  }

  void resultsTableShowsWhatSummaryJsonSays() {
    RunList list;
    for (const char* key : {"source_only", "dann", "target_only"}) {
      QString error;
      QVERIFY2(list.addRunDirectory(dirOf_.value(QString::fromLatin1(key)), &error), qPrintable(error));
    }
    QCOMPARE(list.runs().size(), std::size_t(3));
    const ResultsModel& model = *list.resultsTable()->model(); // nothing selected: every run
    QCOMPARE(model.rowCount(), 3);
    for (int row = 0; row < model.rowCount(); ++row) {
      const QString dir = QString::fromStdString(model.runs()[static_cast<std::size_t>(row)]->dir);
      const twb::RunSummary summary = summaryIn(dir);
      const auto cell = [&](int column) { return model.index(row, column).data(ResultsModel::RawRole); };
      QCOMPARE(cell(ResultsModel::Method).toString(), QString::fromStdString(summary.method));
      QCOMPARE(cell(ResultsModel::Seed).toULongLong(), 3ULL);
      QCOMPARE(cell(ResultsModel::Steps).toLongLong(), 30LL);
      QCOMPARE(cell(ResultsModel::BatchSize).toInt(), 32);
      QCOMPARE(cell(ResultsModel::SourceAccuracy).toDouble(), summary.sourceTestAcc);
      QCOMPARE(cell(ResultsModel::TargetAccuracy).toDouble(), summary.targetTestAcc);
      QCOMPARE(cell(ResultsModel::Speed).toDouble(), summary.imagesPerSecond);
      // Every run of two domains has the probe's proxy A-distance, baselines included.
      QCOMPARE(cell(ResultsModel::ProxyADistance).toDouble(), summary.extra.at("proxy_a_distance"));
      QVERIFY(!model.index(row, ResultsModel::ProxyADistance).data().toString().contains(QStringLiteral("—")));
      const QString domain = model.index(row, ResultsModel::DomainAccuracy).data().toString();
      const QString lambda = model.index(row, ResultsModel::Lambda).data().toString();
      const QString settings = model.index(row, ResultsModel::Settings).data().toString();
      if (summary.method == "dann") {
        QCOMPARE(settings, QStringLiteral("reversal")); // the paper's adversary and head, the default
        QCOMPARE(cell(ResultsModel::DomainAccuracy).toDouble(), summary.extra.at("domain_acc"));
        QVERIFY2(lambda.contains(QStringLiteral("ganin")), qPrintable(lambda));
      } else {
        QVERIFY(cell(ResultsModel::DomainAccuracy).isNull());
        QCOMPARE(domain, QStringLiteral("—"));
        QCOMPARE(settings, QStringLiteral("—"));
        QCOMPARE(lambda, QStringLiteral("—"));
      }
    }
    for (int column : {int(ResultsModel::DomainAccuracy), int(ResultsModel::ProxyADistance)})
      QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    // The gap DANN closes between its bounds, from the three summaries themselves.
    const double lower = summaryIn(dirOf_.value(QStringLiteral("source_only"))).targetTestAcc;
    const double upper = summaryIn(dirOf_.value(QStringLiteral("target_only"))).targetTestAcc;
    const double dann = summaryIn(dirOf_.value(QStringLiteral("dann"))).targetTestAcc;
    // 30 steps: the bounds may come out inverted, and then there is no gap to close, and
    // the note under the table says so.
    const QString notes = list.resultsTable()->findChild<QLabel*>(QStringLiteral("resultsNotes"))->text();
    QCOMPARE(notes.contains(QStringLiteral("no better than the lower bound")), upper <= lower);
    QVERIFY2(notes.contains(QStringLiteral("under a quarter of the")), qPrintable(notes)); // 30 of 8,000 steps
    for (int row = 0; row < model.rowCount(); ++row) {
      const QString method = model.index(row, ResultsModel::Method).data(ResultsModel::RawRole).toString();
      const QVariant gap = model.index(row, ResultsModel::GapClosed).data(ResultsModel::RawRole);
      if (upper <= lower)
        QVERIFY2(gap.isNull(), qPrintable(method));
      else if (method == QStringLiteral("dann"))
        QCOMPARE(gap.toDouble(), (dann - lower) / (upper - lower));
      else if (method == QStringLiteral("source_only"))
        QCOMPARE(gap.toDouble(), 0.0);
      else
        QCOMPARE(gap.toDouble(), 1.0);
    }
    const QString markdown = model.toMarkdown();
    QCOMPARE(markdown.count(QLatin1Char('\n')), 2 + 3);
    QVERIFY(markdown.contains(QStringLiteral("| dann |")));
    const QString csv = model.toCsv();
    QCOMPARE(csv.count(QLatin1Char('\n')), 1 + 3);
    QVERIFY(csv.contains(QString::number(summaryIn(dirOf_.value(QStringLiteral("dann"))).targetTestAcc, 'g', 10)));
  }

  void aMethodSitsBetweenItsBaselinesHoweverSorted() {
    RunList list;
    // Listed in an order that scatters the group: newest first is target_only, other, dann, source_only.
    for (const char* key : {"source_only", "dann", "other", "target_only"})
      QVERIFY(list.addRunDirectory(dirOf_.value(QString::fromLatin1(key))));
    const ResultsModel& model = *list.resultsTable()->model();
    QCOMPARE(model.rowCount(), 4);
    const QStringList group{QStringLiteral("source_only s3"), QStringLiteral("dann s3"),
                            QStringLiteral("target_only s3")};
    QVERIFY2(contiguous(methodsOf(model), group), qPrintable(methodsOf(model).join(',')));
    for (int column : {int(ResultsModel::TargetAccuracy), int(ResultsModel::Seed), int(ResultsModel::Method)})
      for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        list.resultsTable()->view()->sortByColumn(column, order);
        QVERIFY2(contiguous(methodsOf(model), group), qPrintable(methodsOf(model).join(',')));
      }
    // Sorting by seed moves the whole seed-3 group below the seed-4 run.
    list.resultsTable()->view()->sortByColumn(ResultsModel::Seed, Qt::DescendingOrder);
    QCOMPARE(model.index(0, ResultsModel::Seed).data(ResultsModel::RawRole).toULongLong(), 4ULL);

    // A method selected alone still shows its two neighbours, unless asked not to.
    list.selectRuns({dirOf_.value(QStringLiteral("dann"))});
    QCOMPARE(model.rowCount(), 3);
    const QStringList shown = methodsOf(model);
    QCOMPARE(std::set<QString>(shown.begin(), shown.end()), std::set<QString>(group.begin(), group.end()));
    list.findChild<QCheckBox*>(QStringLiteral("includeBaselines"))->setChecked(false);
    QCOMPARE(methodsOf(model), QStringList{QStringLiteral("dann s3")});
  }

  // Over seeds: source_only with seeds 3 and 4 (the same recipe) is one row, its
  // numbers the mean ± sd of the two; the single-seed runs keep theirs.
  void meanOverSeedsFoldsRepeatsOfARecipe() {
    RunList list;
    for (const char* key : {"source_only", "dann", "other", "target_only"})
      QVERIFY(list.addRunDirectory(dirOf_.value(QString::fromLatin1(key))));
    const ResultsModel& model = *list.resultsTable()->model();
    QCOMPARE(model.rowCount(), 4);
    auto* toggle = list.resultsTable()->findChild<QCheckBox*>(QStringLiteral("overSeedsToggle"));
    QVERIFY(toggle);
    toggle->setChecked(true);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.headerData(ResultsModel::Seed, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Seeds"));

    const double a = summaryIn(dirOf_.value(QStringLiteral("source_only"))).targetTestAcc;
    const double b = summaryIn(dirOf_.value(QStringLiteral("other"))).targetTestAcc;
    const double mean = (a + b) / 2, sd = std::abs(a - b) / std::sqrt(2.0);
    int sourceOnlyRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
      const auto cell = [&](int column) { return model.index(row, column).data(); };
      const QString method = model.index(row, ResultsModel::Method).data(ResultsModel::RawRole).toString();
      if (method != QStringLiteral("source_only")) {
        QVERIFY(!cell(ResultsModel::TargetAccuracy).toString().contains(QStringLiteral("±")));
        QCOMPARE(cell(ResultsModel::Seed).toString(), QStringLiteral("3"));
        continue;
      }
      sourceOnlyRow = row;
      QCOMPARE(cell(ResultsModel::Seed).toString(), QStringLiteral("3, 4"));
      QCOMPARE(model.index(row, ResultsModel::TargetAccuracy).data(ResultsModel::RawRole).toDouble(), mean);
      QCOMPARE(cell(ResultsModel::TargetAccuracy).toString(),
               QStringLiteral("%1 ± %2%").arg(QLocale().toString(mean * 100, 'f', 1), QLocale().toString(sd * 100, 'f', 1)));
      const QString tip = model.index(row, ResultsModel::Method).data(Qt::ToolTipRole).toString();
      QCOMPARE(tip.split(QLatin1Char('\n')).size(), 2); // both run directories
      QCOMPARE(model.repeatsOfRow(row).size(), std::size_t(2));
    }
    QVERIFY(sourceOnlyRow >= 0);
    // The method still sits between its baselines.
    QCOMPARE(model.index(1, ResultsModel::Method).data(ResultsModel::RawRole).toString(), QStringLiteral("dann"));

    const QString csv = model.toCsv();
    QCOMPARE(csv.count(QLatin1Char('\n')), 1 + 3);
    QVERIFY2(csv.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("Target acc. sd")), qPrintable(csv));
    QVERIFY2(csv.contains(QString::number(sd, 'g', 10)), qPrintable(csv));
    QCOMPARE(model.toMarkdown().count(QLatin1Char('\n')), 2 + 3);

    // A baseline queued after a confusion run carries that adversary, which it never
    // reads: still the same recipe. A changed learning rate is another one.
    const auto record = [&](const char* key) {
      return twb::readRunDirectory(dirOf_.value(QString::fromLatin1(key)).toStdString());
    };
    twb::RunRecord queued = record("other");
    queued.experiment.method.settings.set("adversary", std::string("confusion"));
    queued.experiment.eval.every = 7; // measured more often, trained the same
    twb::RunRecord otherRate = record("other");
    otherRate.experiment.training.lr = 0.05;
    ResultsModel direct;
    direct.setOverSeeds(true);
    direct.setRuns({std::make_shared<const twb::RunRecord>(record("source_only")),
                    std::make_shared<const twb::RunRecord>(queued)});
    QCOMPARE(direct.rowCount(), 1);
    direct.setRuns({std::make_shared<const twb::RunRecord>(record("source_only")),
                    std::make_shared<const twb::RunRecord>(otherRate)});
    QCOMPARE(direct.rowCount(), 2);

    toggle->setChecked(false);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.headerData(ResultsModel::Seed, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Seed"));
  }

  void selectedRunsAreOverlaid() {
    RunList list;
    RunOverlayView overlay;
    QObject::connect(&list, &RunList::selectedRunsChanged, &overlay, [&] { overlay.setRuns(list.selectedRuns()); });
    QCOMPARE(list.loadRunsUnder(runs_), 4);
    list.selectRuns({dirOf_.value(QStringLiteral("dann")), dirOf_.value(QStringLiteral("source_only")),
                     dirOf_.value(QStringLiteral("target_only"))});
    QCOMPARE(overlay.accuracyGraphCount(), 3);
    QCOMPARE(overlay.plot()->graphCount(), 6); // accuracy and label loss per run
    std::set<QString> names;
    for (int i = 0; i < overlay.plot()->graphCount(); ++i) {
      const QCPGraph* graph = overlay.plot()->graph(i);
      QVERIFY2(graph->dataCount() >= 2, qPrintable(graph->name())); // evaluated at 10, 20, 30
      names.insert(graph->name());
    }
    QCOMPARE(names.size(), std::size_t(3)); // one legend name per run
    list.selectRuns({dirOf_.value(QStringLiteral("other"))});
    QCOMPARE(overlay.accuracyGraphCount(), 1);
  }

  // A zero-shot run has no target split and no label loss: it is drawn by its
  // unseen-class accuracy and its own loss, and says so in the legend.
  void aZeroShotRunIsOverlaidByItsUnseenAccuracy() {
    twb::Experiment e = twb::defaultExperiment();
    e.source.dataset = e.target.dataset = "shapes";
    e.method.name = "zeroshot";
    e.training.steps = 20;
    e.training.batchSize = 32;
    e.training.device = "cpu";
    e.eval.every = 10;
    const QString dir = home_.filePath(QStringLiteral("zeroshot-run"));
    twb::Trainer(e, dir.toStdString()).run();
    RunList list;
    QString error;
    QVERIFY2(list.addRunDirectory(dir, &error), qPrintable(error));
    RunOverlayView overlay;
    overlay.setRuns(list.runs());
    QCOMPARE(overlay.plot()->graphCount(), 2);
    for (int i = 0; i < 2; ++i) {
      const QCPGraph* graph = overlay.plot()->graph(i);
      QVERIFY2(graph->dataCount() >= 2, qPrintable(graph->name()));
      QVERIFY2(graph->name().contains(QStringLiteral("unseen")), qPrintable(graph->name()));
    }
  }

  // Fine-tuning's baseline copies nothing: it has no source model, so the table calls
  // it "from scratch" and leaves its source accuracy empty instead of showing 0 %.
  void theFromScratchBaselineHasNoSourceAccuracy() {
    twb::Experiment e = shortExperiment("finetune", 5);
    e.source.dataset = e.target.dataset = "digits";
    e.target.labelsPerClass = 10;
    e.model.transferAll = false;
    e.model.transfer.clear();
    const QString dir = home_.filePath(QStringLiteral("scratch-run"));
    std::vector<std::string> lines;
    twb::TrainerCallbacks cb;
    cb.onEvent = [&lines](const twb::RunEvent& event) { lines.push_back(event.text.english()); };
    const twb::TrainResult result = twb::Trainer(e, dir.toStdString()).run(cb);
    // The run log and the window's run summary say so too.
    QVERIFY(!lines.empty());
    QVERIFY2(QString::fromStdString(lines.back()).contains(QStringLiteral("no source model")), lines.back().c_str());
    RunLogView summary;
    summary.showSummary(e, result);
    bool said = false;
    for (const QLabel* label : summary.findChildren<QLabel*>())
      said = said || label->text() == QStringLiteral("— (no source model)");
    QVERIFY(said);
    RunList list;
    QString error;
    QVERIFY2(list.addRunDirectory(dir, &error), qPrintable(error));
    const ResultsModel& model = *list.resultsTable()->model();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ResultsModel::Method).data().toString(), QStringLiteral("finetune (from scratch)"));
    QCOMPARE(model.index(0, ResultsModel::SourceAccuracy).data().toString(), QStringLiteral("—"));
    QVERIFY(model.index(0, ResultsModel::TargetAccuracy).data(ResultsModel::RawRole).toDouble() > 0.0);
  }

  // What core reports (run events) and the errors it throws are messages: the English
  // template and its values, never a sentence the window parses back. Every event of
  // real runs (DANN, classes matched by name, a finetune that pretrains, its
  // from-scratch baseline, a multitask run, both collapse warnings) and a set of real
  // errors read as core wrote them without a translator, and in Chinese with one.
  void everyEventAndErrorIsWordedInTheWindowsLanguage() {
    std::vector<twb::Message> messages;
    twb::TrainerCallbacks cb;
    cb.onEvent = [&messages](const twb::RunEvent& event) { messages.push_back(event.text); };
    twb::Experiment dann = shortExperiment("dann", 1);
    dann.training.steps = 20;
    dann.eval.every = 20;
    twb::Trainer(dann).run(cb);
    twb::Experiment partial = shortExperiment("source_only", 1, 5); // classes matched by name, some left out
    partial.source.classes = {0, 1, 2, 3, 4, 5};
    partial.target.classes = {0, 1, 2, 3, 4, 5, 6, 7};
    twb::Trainer(partial).run(cb);
    twb::Experiment tune = shortExperiment("finetune", 1);
    tune.source = twb::DomainSpec{"digits", 0, {0, 1, 2, 3, 4}};
    tune.target = twb::DomainSpec{"digits", 10, {5, 6, 7, 8, 9}};
    tune.method.settings.set("pretrain_steps", std::int64_t{10});
    tune.training.steps = 10;
    tune.eval.every = 10;
    twb::Trainer(tune).run(cb);
    tune.model.transferAll = false; // the from-scratch baseline
    twb::Trainer(tune).run(cb);
    twb::Experiment multitask = shortExperiment("multitask", 1, 5); // its task list
    multitask.tasks.family = "digits";
    twb::Trainer(multitask).run(cb);
    twb::CollapseWatch never(10);
    for (std::int64_t step = 100; step <= 2 * twb::CollapseWatch::kStepsToLearn; step += 100)
      if (twb::Message w = never.observe(step, 0.1); !w.empty())
        messages.push_back(w);
    twb::CollapseWatch collapse(10);
    collapse.observe(100, 0.9);
    messages.push_back(collapse.observe(200, 0.1));
    QVERIFY(messages.size() >= 12);
    QStringList starts;
    for (const twb::Message& m : messages) {
      QVERIFY2(m.translatable(), m.english().c_str());
      QCOMPARE(coreText(m), QString::fromStdString(m.english())); // no translator: core's English
      starts << QString::fromStdString(m.english()).section(QLatin1Char(' '), 0, 1);
    }
    for (const char* start : {"Loading digits", "Training dann", "Training source_only", "Training finetune",
                              "Copied 4", "Nothing to", "Finished (completed)", "Proxy A-distance", "Classes matched",
                              "Warning: after", "Warning: the", "Task digit:", "Task parity:", "Loading the"})
      QVERIFY2(starts.contains(QString::fromLatin1(start)), start);

    // Errors a user meets: a bad file, a bad key, a dataset that is not there, a layer
    // the backbone lacks, a folder that holds no run.
    std::vector<twb::Message> errors;
    const auto collect = [&errors](const std::function<void()>& f) {
      try {
        f();
      } catch (const twb::InputError& e) {
        errors.push_back(e.message());
      }
    };
    collect([] { twb::parseExperiment("{\"seed\": 1,}", "bad.json"); });
    collect([] { twb::parseExperiment(R"({"training": {"stpes": 1}})", "bad.json"); });
    collect([] { twb::parseExperiment(R"({"training": {"steps": 0}})", "bad.json"); });
    collect([] { twb::parseExperiment(R"({"method": {"adversary": "x"}})", "bad.json"); });
    collect([] { twb::loadDataset("folder:/no/such/folder", 1); });
    collect([&] {
      twb::Experiment frozen = shortExperiment("finetune", 1);
      frozen.model.freeze = {"conv9"};
      twb::Trainer(frozen).check();
    });
    collect([] { twb::readRunDirectory("/no/such/run"); });
    QCOMPARE(errors.size(), std::size_t(7));

    QVERIFY(twb::ui::language::apply(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    const QRegularExpression chinese(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    for (const twb::Message& m : messages) {
      const QString shown = coreText(m);
      QVERIFY2(shown.contains(chinese), qPrintable(shown));
    }
    for (const twb::Message& m : errors) {
      const QString shown = coreText(m);
      QVERIFY2(shown.contains(chinese), qPrintable(shown));
    }
    twb::ui::language::apply(QStringLiteral("en"));
  }

  void aFolderThatIsNoRunGivesOneClearError() {
    RunList list;
    QTemporaryDir empty;
    QString error;
    QVERIFY(!list.addRunDirectory(empty.path(), &error));
    QVERIFY2(error.contains(QDir(empty.path()).dirName()), qPrintable(error)); // names the folder
    QVERIFY2(error.contains(QStringLiteral(".json")) || error.contains(QStringLiteral("metrics")),
             qPrintable(error)); // and the file it lacks
    QVERIFY(list.runs().empty());
  }

  // The preview draws what the trainer will do: its points are the lambda and the
  // learning rate a real run logs at the same progress (one row a step), not the
  // schedule function read a second time.
  void lambdaPreviewDrawsTheScheduleTheTrainerUses() {
    ExperimentModel model;
    ExperimentPanel panel(&model);
    twb::Experiment e = shortExperiment("dann", 1, 20);
    e.method.lambda.gamma = 5.0;
    e.method.lambda.max = 0.7;
    e.training.lrSchedule = "ganin";
    e.training.batchSize = 8;
    e.eval.every = 1; // a log row every step
    model.reset(e);
    const auto check = [&](const twb::Experiment& expected) {
      const twb::TrainResult run = twb::Trainer(expected).run();
      const QCPGraph* lambda = panel.lambdaPreview()->lambdaGraph();
      const QCPGraph* lr = panel.lambdaPreview()->lrGraph();
      QCOMPARE(lambda->dataCount(), LambdaPreview::kPoints);
      int compared = 0;
      for (const twb::MetricRow& row : run.metrics) {
        double logged = 0, rate = 0;
        if (!row.find(twb::metric::kLambda, logged) || !row.find(twb::metric::kLr, rate))
          continue;
        // Step k trains at progress (k - 1) / steps: the preview's point 5 (k - 1) of 0..100.
        const int i = static_cast<int>(5 * (row.step - 1));
        QVERIFY(std::abs(lambda->data()->at(i)->key - (row.step - 1) / 20.0) < 1e-12);
        QVERIFY2(std::abs(lambda->data()->at(i)->value - logged) < 1e-9, qPrintable(QString::number(row.step)));
        QVERIFY2(std::abs(lr->data()->at(i)->value - rate) < 1e-12, qPrintable(QString::number(row.step)));
        ++compared;
      }
      QCOMPARE(compared, 20);
    };
    check(e);
    QCOMPARE(panel.lambdaPreview()->lambdaGraph()->data()->at(0)->value, 0.0); // ganin starts at 0
    // Known values of the DANN paper's ramp, 2 / (1 + exp(-5 p)) - 1 times 0.7.
    QVERIFY(std::abs(panel.lambdaPreview()->lambdaGraph()->data()->at(50)->value - 0.7 * 0.848283639957513) < 1e-9);
    // A user's edit reaches the experiment and the preview at once.
    panel.findChild<QDoubleSpinBox*>(QStringLiteral("lambdaMax"))->setValue(0.5);
    QCOMPARE(model.experiment().method.lambda.max, 0.5);
    e.method.lambda.max = 0.5;
    check(e);
    auto* schedule = panel.findChild<QComboBox*>(QStringLiteral("lambdaSchedule"));
    schedule->setCurrentIndex(schedule->findData(QStringLiteral("constant")));
    QCOMPARE(model.experiment().method.lambda.schedule, std::string("constant"));
    e.method.lambda.schedule = "constant";
    check(e);
    QCOMPARE(panel.lambdaPreview()->lambdaGraph()->data()->at(0)->value, 0.5); // constant: its max throughout
    // The adversary is chosen beside the schedule and reaches the experiment.
    auto* adversary = panel.findChild<QComboBox*>(QStringLiteral("setting_adversary"));
    QCOMPARE(adversary->currentData().toString(), QStringLiteral("reversal"));
    adversary->setCurrentIndex(adversary->findData(QStringLiteral("confusion")));
    QCOMPARE(twb::methodOf(model.experiment()).textSetting(model.experiment(), "adversary"), std::string("confusion"));
    // Lambda settings belong to the methods that weigh an adversarial term.
    QVERIFY(schedule->isVisibleTo(&panel));
    QVERIFY(adversary->isVisibleTo(&panel));
    auto* method = panel.findChild<QComboBox*>(QStringLiteral("method"));
    method->setCurrentIndex(method->findData(QStringLiteral("source_only")));
    QVERIFY(!schedule->isVisibleTo(&panel));
    QVERIFY(!panel.findChild<QComboBox*>(QStringLiteral("setting_adversary"))); // its own settings: none
    QVERIFY(!panel.lambdaPreview()->lambdaGraph()->visible());
    QCOMPARE(model.experiment().method.lambda.schedule, std::string("constant")); // kept, not shown
  }

  // DANN's domain classifier (method.domain_classifier) is set beside the adversary,
  // reaches the experiment, and a head other than the paper's shows in the table.
  void theDomainHeadIsSetInThePanelAndShownInTheTable() {
    ExperimentModel experiment;
    ExperimentPanel panel(&experiment);
    twb::Experiment e = shortExperiment("dann", 1);
    e.method.settings.set("domain_classifier.hidden_layers", std::int64_t{2});
    e.method.settings.set("domain_classifier.width", std::int64_t{500});
    experiment.reset(e);
    auto* layers = panel.findChild<QSpinBox*>(QStringLiteral("setting_domain_classifier.hidden_layers"));
    auto* width = panel.findChild<QSpinBox*>(QStringLiteral("setting_domain_classifier.width"));
    QVERIFY(layers && width);
    QCOMPARE(layers->value(), 2);
    QCOMPARE(width->value(), 500);
    layers->setValue(3);
    width->setValue(64);
    QCOMPARE(experiment.undoStack()->count(), 2); // two edits, the document is modified
    const auto setting = [&](const char* key) {
      return twb::methodOf(experiment.experiment()).integerSetting(experiment.experiment(), key);
    };
    QCOMPARE(setting("domain_classifier.hidden_layers"), std::int64_t(3));
    QCOMPARE(setting("domain_classifier.width"), std::int64_t(64));
    layers->setValue(0);
    QVERIFY(!width->isEnabled()); // a linear classifier has no width
    QVERIFY(layers->isVisibleTo(&panel));
    auto* method = panel.findChild<QComboBox*>(QStringLiteral("method"));
    method->setCurrentIndex(method->findData(QStringLiteral("source_only")));
    QVERIFY(!panel.findChild<QSpinBox*>(QStringLiteral("setting_domain_classifier.hidden_layers"))); // DANN's alone

    // The table: the paper's head reads as the adversary alone, another one says so.
    twb::RunRecord paper;
    paper.experiment = shortExperiment("dann", 1);
    paper.summary.method = "dann";
    twb::RunRecord wide = paper;
    wide.experiment.method.settings.set("domain_classifier.hidden_layers", std::int64_t{2});
    wide.experiment.method.settings.set("domain_classifier.width", std::int64_t{500});
    twb::RunRecord linear = paper;
    linear.experiment.method.settings.set("domain_classifier.hidden_layers", std::int64_t{0});
    ResultsModel model;
    model.setRuns({std::make_shared<const twb::RunRecord>(paper), std::make_shared<const twb::RunRecord>(wide),
                   std::make_shared<const twb::RunRecord>(linear)});
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
      shown << model.index(row, ResultsModel::Settings).data().toString();
    shown.sort();
    QCOMPARE(shown, (QStringList{QStringLiteral("reversal"), QStringLiteral("reversal, head 2×500"),
                                 QStringLiteral("reversal, linear head")}));
  }


  void theQueueRunsBothBaselinesAfterAMethod() {
    QueueFixture f;
    RunQueue& queue = f.queue;
    QTemporaryDir parent;
    QSignalSpy finished(&queue, &RunQueue::runFinished);
    QSignalSpy ended(&queue, &RunQueue::batchEnded);
    queue.start(shortExperiment("dann", 7), parent.path(), true);
    QVERIFY(queue.isActive());
    QVERIFY(ended.wait(300000));
    QCOMPARE(finished.size(), 3);
    QStringList methods;
    for (int i = 0; i < finished.size(); ++i) {
      QCOMPARE(finished[i][1].toInt(), i);
      const twb::RunSummary summary = summaryIn(finished[i][0].toString());
      methods << QString::fromStdString(summary.method);
      QCOMPARE(summary.seed, 7ULL);
      QCOMPARE(summary.steps, 30LL);
      const twb::RunRecord run = twb::readRunDirectory(finished[i][0].toString().toStdString());
      QCOMPARE(run.experiment.training.batchSize, 32);
      QCOMPARE(run.experiment.training.lr, shortExperiment("dann", 7).training.lr);
    }
    QCOMPARE(methods,
             (QStringList{QStringLiteral("dann"), QStringLiteral("source_only"), QStringLiteral("target_only")}));
    QCOMPARE(QDir(parent.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 3); // one directory each
    QVERIFY(!queue.isActive());

    // A baseline started alone queues nothing.
    finished.clear();
    ended.clear();
    queue.start(shortExperiment("source_only", 7), parent.path(), true);
    QVERIFY(ended.wait(300000));
    QCOMPARE(finished.size(), 1);
  }

  void stopCancelsTheRestOfTheQueue() {
    QueueFixture f;
    RunController& controller = f.controller;
    RunQueue& queue = f.queue;
    QTemporaryDir parent;
    QSignalSpy finished(&queue, &RunQueue::runFinished);
    QSignalSpy ended(&queue, &RunQueue::batchEnded);
    queue.start(shortExperiment("dann", 8, 100000), parent.path(), true);
    QCOMPARE(queue.pending(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(controller.job()->step() > 0, 120000);
    queue.stop();
    QCOMPARE(queue.pending(), 0);
    QVERIFY(ended.wait(60000));
    QCOMPARE(finished.size(), 1); // the stopped run is still written; no baseline follows
    QCOMPARE(summaryIn(finished[0][0].toString()).status, std::string("stopped"));
    QTest::qWait(300);
    QVERIFY(!controller.isRunning());
    QCOMPARE(QDir(parent.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
  }

  void theWindowHasTheRunsDockAndTheBaselinesChoice() {
    MainWindow window;
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("runsDock"));
    QVERIFY(dock);
    QVERIFY(window.findChild<QMenu*>(QStringLiteral("menuView"))->actions().contains(dock->toggleViewAction()));
    auto* baselines = window.findChild<QAction*>(QStringLiteral("actionRunBaselines"));
    QVERIFY(baselines && baselines->isCheckable());
    QVERIFY(baselines->isChecked()); // on unless the user turned it off
    baselines->setChecked(false);
    QCOMPARE(settings::runBaselines.get(), false);
    baselines->setChecked(true);
    QVERIFY(window.findChild<QAction*>(QStringLiteral("actionOpenRun")));
  }
};

QTEST_MAIN(TestRunList)
#include "tst_runlist.moc"
