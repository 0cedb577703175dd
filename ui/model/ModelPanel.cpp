#include "model/ModelPanel.h"

#include "data/DatasetCatalog.h"
#include "common/CoreText.h"
#include "common/FitWidgets.h"
#include "experiment/ExperimentFile.h"
#include "experiment/ExperimentModel.h"
#include "methods/Registry.h"
#include "methods/multitask/Tasks.h"
#include "model/LayerSweepPlot.h"
#include "model/MultitaskDiagram.h"
#include "model/SweepJob.h"

#include "help/Concepts.h"
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace twb::ui {

namespace {

bool listed(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

void setListed(std::vector<std::string>& list, const std::string& s, bool on) {
  list.erase(std::remove(list.begin(), list.end(), s), list.end());
  if (on)
    list.push_back(s);
}

// The image channels and class count the network will be built for, from the
// built-in catalogue (a folder or IDX spec is only known once loaded: 1 channel, 10
// classes). A source model handed to a new task answers the target's classes.
twb::ModelInfo describe(const twb::Experiment& e) {
  std::int64_t channels = 1, classes = 10;
  const twb::DomainSpec& task = twb::methodOf(e).needs().sourceModel ? e.target : e.source;
  for (const auto& info : twb::builtinDatasets()) {
    if (info.name == e.source.dataset || info.name == e.target.dataset)
      channels = std::max<std::int64_t>(channels, info.channels);
    if (info.name == task.dataset)
      classes = info.classes;
  }
  if (!task.classes.empty())
    classes = static_cast<std::int64_t>(task.classes.size());
  if (e.model.inputChannels != 0)
    channels = e.model.inputChannels;
  return twb::describeBackbone(e.model.backbone, channels, 28, classes);
}

QString count(std::int64_t n) {
  return QLocale().toString(static_cast<qlonglong>(n));
}

// A class subset as the legend shows it: "0-4" for a run of classes, else "0,2,7".
QString classesText(const std::vector<int>& classes) {
  bool run = classes.size() > 2;
  for (std::size_t i = 1; run && i < classes.size(); ++i)
    run = classes[i] == classes[i - 1] + 1;
  if (run)
    return QStringLiteral("%1-%2").arg(classes.front()).arg(classes.back());
  QStringList out;
  for (int c : classes)
    out << QString::number(c);
  return out.join(QLatin1Char(','));
}

QString domainText(const twb::DomainSpec& d, const QString& name) {
  return d.classes.empty() ? name : name + QLatin1Char(' ') + classesText(d.classes);
}

// The pair a sweep transfers between, short enough for a legend: "fashion 0-4 → 5-9",
// "spoken-digits A → B" (the datasets' shared stem said once), "digits → digits-m".
QString pairText(const twb::Experiment& e) {
  const QString source = QString::fromStdString(e.source.dataset);
  const QString target = QString::fromStdString(e.target.dataset);
  if (source == target && !e.source.classes.empty() && !e.target.classes.empty())
    return QStringLiteral("%1 %2 → %3").arg(source, classesText(e.source.classes), classesText(e.target.classes));
  qsizetype stem = 0; // up to the last '-' both names share
  for (qsizetype i = 0; i < std::min(source.size(), target.size()) && source[i] == target[i]; ++i)
    if (source[i] == QLatin1Char('-'))
      stem = i + 1;
  if (stem == 0)
    return QStringLiteral("%1 → %2").arg(domainText(e.source, source), domainText(e.target, target));
  const auto tail = [stem](const QString& name) {
    const QString t = name.mid(stem);
    return t.size() == 1 ? t.toUpper() : t; // spoken-digits-a: voices "A"
  };
  return QStringLiteral("%1 %2 → %3")
      .arg(source.left(stem - 1), domainText(e.source, tail(source)), domainText(e.target, tail(target)));
}

} // namespace

ModelPanel::ModelPanel(ExperimentModel* experiment, QWidget* parent)
    : QWidget(parent), experiment_(experiment), undo_(experiment->undoStack()) {
  backbone_ = new QComboBox(this);
  backbone_->setObjectName(QStringLiteral("backboneChoice"));
  for (const auto& name : twb::backboneNames())
    backbone_->addItem(QString::fromStdString(name), QString::fromStdString(name));

  auto* undoButton = new QToolButton(this);
  auto* redoButton = new QToolButton(this);
  // The experiment's one history: the Edit menu's Undo and Redo (and their shortcuts) too.
  undoAction_ = new QAction(this);
  redoAction_ = new QAction(this);
  undoAction_->setObjectName(QStringLiteral("modelUndo"));
  redoAction_->setObjectName(QStringLiteral("modelRedo"));
  connect(undoAction_, &QAction::triggered, undo_, &QUndoStack::undo);
  connect(redoAction_, &QAction::triggered, undo_, &QUndoStack::redo);
  for (auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
    connect(undo_, signal, this, &ModelPanel::updateUndoActions);
  for (auto signal : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged})
    connect(undo_, signal, this, &ModelPanel::updateUndoActions);
  // Icons: the tooltips name the edit ("Undo Freeze conv1"); as texts they would widen
  // the row with each edit.
  undoAction_->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)));
  redoAction_->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"), style()->standardIcon(QStyle::SP_ArrowForward)));
  for (QToolButton* button : {undoButton, redoButton})
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
  undoButton->setDefaultAction(undoAction_);
  redoButton->setDefaultAction(redoAction_);
  backboneLabel_ = new QLabel(this);

  auto* top = new QHBoxLayout;
  top->addWidget(backboneLabel_);
  top->addWidget(backbone_);
  top->addWidget(help::conceptButton(help::Concept::Finetuning, this));
  top->addStretch();
  top->addWidget(undoButton);
  top->addWidget(redoButton);

  perDomainStats_ = new QCheckBox(this);
  perDomainStats_->setObjectName(QStringLiteral("perDomainBatchStats"));

  table_ = new QTableWidget(0, ColumnCount, this);
  table_->setObjectName(QStringLiteral("layerTable"));
  table_->verticalHeader()->setVisible(false);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);

  // Every lenet layer stays in view when the multitask diagram takes room below.
  table_->setMinimumHeight(table_->horizontalHeader()->sizeHint().height() +
                           6 * table_->verticalHeader()->defaultSectionSize());

  totals_ = new QLabel(this);
  totals_->setObjectName(QStringLiteral("parameterTotals"));
  totals_->setWordWrap(true); // DANN adds its domain classifier to the line

  sweepButton_ = new QPushButton(this);
  sweepButton_->setObjectName(QStringLiteral("sweepButton"));
  stopButton_ = new QPushButton(this);
  stopButton_->setObjectName(QStringLiteral("sweepStopButton"));
  stopButton_->setEnabled(false);
  copyLast_ = new QCheckBox(this);
  copyLast_->setObjectName(QStringLiteral("sweepCopyLast"));
  clearButton_ = new QPushButton(this);
  clearButton_->setObjectName(QStringLiteral("sweepClearButton"));
  clearButton_->setEnabled(false);
  sweepProgress_ = new QProgressBar(this);
  sweepProgress_->setVisible(false);
  sweepStatus_ = new QLabel(this);
  sweepStatus_->setObjectName(QStringLiteral("sweepStatus"));
  sweepStatus_->setWordWrap(true);
  plot_ = new LayerSweepPlot(this);
  plot_->setObjectName(QStringLiteral("layerSweepView"));
  diagram_ = new MultitaskDiagram(this);
  diagram_->setObjectName(QStringLiteral("multitaskDiagram"));

  // The check box under the buttons: one row of all three is wider than a side dock.
  auto* sweepRow = new QHBoxLayout;
  sweepRow->addWidget(sweepButton_);
  sweepRow->addWidget(stopButton_);
  sweepRow->addStretch();
  auto* keptRow = new QHBoxLayout;
  keptRow->addWidget(copyLast_);
  keptRow->addStretch();
  keptRow->addWidget(clearButton_);

  // A short screen scrolls the panel; it is never squeezed below the table and the plot.
  auto* content = new QWidget;
  auto* layout = new QVBoxLayout(content);
  layout->addLayout(top);
  layout->addWidget(perDomainStats_);
  // The table keeps its six rows; room beyond that goes mostly to the plot, which a
  // class reads from the back of the room with sweeps side by side.
  layout->addWidget(table_, 1);
  layout->addWidget(diagram_);
  layout->addWidget(totals_);
  layout->addLayout(sweepRow);
  layout->addLayout(keptRow);
  layout->addWidget(sweepProgress_);
  layout->addWidget(sweepStatus_);
  layout->addWidget(plot_, 4);
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->addWidget(new VerticalScrollArea(content, this));

  connect(table_, &QTableWidget::itemChanged, this, &ModelPanel::onItemChanged);
  connect(backbone_, qOverload<int>(&QComboBox::activated), this, &ModelPanel::onBackboneChosen);
  connect(perDomainStats_, &QCheckBox::toggled, this, &ModelPanel::onBatchStatsToggled);
  connect(experiment_, &ExperimentModel::changed, this, [this](ExperimentModel::Parts parts) {
    if (parts & (ExperimentModel::Model | ExperimentModel::Data | ExperimentModel::Method))
      refresh();
  });
  connect(sweepButton_, &QPushButton::clicked, this, &ModelPanel::startSweep);
  connect(stopButton_, &QPushButton::clicked, this, &ModelPanel::stopSweep);
  connect(clearButton_, &QPushButton::clicked, this, &ModelPanel::clearSweeps);
  connect(plot_, &LayerSweepPlot::sweepsChanged, this, &ModelPanel::updateClearButton);
  retranslateUi();
}

void ModelPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void ModelPanel::retranslateUi() {
  backboneLabel_->setText(tr("Backbone:"));
  table_->setHorizontalHeaderLabels(
      {tr("Layer"), tr("Output"), tr("Parameters"), tr("Frozen"), tr("LR ×"), tr("Re-init")});
  table_->setToolTip(tr("Frozen: the layer's weights (and batch-norm statistics) do not train.\n"
                        "LR ×: the layer's learning rate is the base rate times this.\n"
                        "Re-init: fine-tuning starts this layer from fresh weights instead of the source model's."));
  sweepButton_->setText(tr("Which layers transfer?"));
  sweepButton_->setToolTip(
      tr("For k = 0..L, copy the first k layers of a source model into the target model, "
         "keep them frozen or fine-tune them, and plot the target accuracy (Yosinski et al. 2014)"));
  stopButton_->setText(tr("Stop"));
  copyLast_->setText(tr("Copy the last layers instead"));
  clearButton_->setText(tr("Clear"));
  clearButton_->setToolTip(
      tr("Remove the finished sweeps kept in the plot. A sweep run again reads its finished cells back from "
         "disk, so an image sweep and a speech sweep can be put side by side again in seconds."));
  perDomainStats_->setText(tr("Per-domain batch statistics"));
  perDomainStats_->setToolTip(
      tr("Send the source and the target batch through the network one at a time, so that batch norm "
         "normalises each domain with its own statistics (model.batch_stats per_domain), as the public "
         "DANN code does. Unchecked, both batches share one set of statistics. Only backbones with "
         "batch norm have it."));
  updateUndoActions();
  if (sweepStatusText_)
    sweepStatus_->setText(sweepStatusText_());
  refresh(); // the layer names' notes and the totals
}

void ModelPanel::updateUndoActions() {
  undoAction_->setEnabled(undo_->canUndo());
  redoAction_->setEnabled(undo_->canRedo());
  undoAction_->setText(tr("Undo"));
  redoAction_->setText(tr("Redo"));
  undoAction_->setToolTip(undo_->canUndo() ? tr("Undo %1").arg(undo_->undoText()) : tr("Undo"));
  redoAction_->setToolTip(undo_->canRedo() ? tr("Redo %1").arg(undo_->redoText()) : tr("Redo"));
}

void ModelPanel::setSweepStatus(std::function<QString()> text) {
  sweepStatusText_ = std::move(text);
  sweepStatus_->setText(sweepStatusText_ ? sweepStatusText_() : QString());
}

ModelPanel::~ModelPanel() = default;

void ModelPanel::refresh() {
  const twb::Experiment e = experiment_->experiment();
  {
    const QSignalBlocker block(backbone_);
    backbone_->setCurrentIndex(std::max(0, backbone_->findData(QString::fromStdString(e.model.backbone))));
  }
  try {
    info_ = describe(e);
  } catch (const std::exception& err) {
    info_ = twb::ModelInfo{};
    totals_->setText(tr("The backbone cannot be built: %1").arg(errorText(err)));
  }
  {
    const QSignalBlocker block(perDomainStats_);
    perDomainStats_->setChecked(e.model.perDomainBatchStats());
    perDomainStats_->setEnabled(std::any_of(info_.layers.begin(), info_.layers.end(),
                                            [](const twb::LayerInfo& l) { return l.hasBatchNorm; }));
  }
  // Items are updated in place: an edit refreshes the table from inside the
  // itemChanged signal of one of these items, which must not be deleted under it.
  const QSignalBlocker block(table_);
  table_->setRowCount(static_cast<int>(info_.layers.size()));
  auto cell = [this](int row, int column, Qt::ItemFlags flags) {
    QTableWidgetItem* item = table_->item(row, column);
    if (!item) {
      item = new QTableWidgetItem;
      table_->setItem(row, column, item);
    }
    item->setFlags(flags);
    return item;
  };
  const Qt::ItemFlags shown = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
  for (int row = 0; row < table_->rowCount(); ++row) {
    const twb::LayerInfo& layer = info_.layers[static_cast<std::size_t>(row)];
    const QString name = QString::fromStdString(layer.name);
    QTableWidgetItem* title = cell(row, LayerColumn, shown);
    title->setText(layer.hasBatchNorm ? tr("%1 (batch norm)").arg(name) : name);
    title->setData(Qt::UserRole, name);
    cell(row, OutputColumn, shown)->setText(QString::fromStdString(twb::shapeText(layer.outputShape)));
    QTableWidgetItem* params = cell(row, ParametersColumn, shown);
    params->setText(count(layer.parameters));
    params->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    cell(row, FrozenColumn, shown | Qt::ItemIsUserCheckable)
        ->setCheckState(listed(e.model.freeze, layer.name) ? Qt::Checked : Qt::Unchecked);
    const auto mult = e.model.lrMult.find(layer.name);
    cell(row, LrColumn, shown | Qt::ItemIsEditable)
        ->setData(Qt::EditRole, mult == e.model.lrMult.end() ? 1.0 : mult->second);
    cell(row, ReinitColumn, shown | Qt::ItemIsUserCheckable)
        ->setCheckState(listed(e.model.reinit, layer.name) ? Qt::Checked : Qt::Unchecked);
  }
  updateTotals();
  updateMultitask();
}

void ModelPanel::updateMultitask() {
  const twb::Experiment e = experiment_->experiment();
  const bool multitask = twb::methodOf(e).needs().tasks && !info_.layers.empty();
  diagram_->setVisible(multitask);
  // Tasks read the layer before the backbone's head (core/methods/multitask/Multitask.cpp):
  // the last layer is replaced by one head per task and does not train.
  const int headRow = static_cast<int>(info_.layers.size()) - 1;
  if (headRow >= 0 && table_->item(headRow, LayerColumn)) {
    const QSignalBlocker block(table_);
    const QString name = QString::fromStdString(info_.layers.back().name);
    table_->item(headRow, LayerColumn)->setText(multitask ? tr("%1 (unused: one head per task)").arg(name) : name);
    for (int column = 0; column < ColumnCount; ++column) {
      QTableWidgetItem* item = table_->item(headRow, column);
      item->setFlags(multitask ? item->flags() & ~Qt::ItemIsEnabled : item->flags() | Qt::ItemIsEnabled);
    }
  }
  if (!multitask)
    return;
  QStringList trunk, frozen;
  for (int i = 0; i < headRow; ++i)
    trunk.append(QString::fromStdString(info_.layers[static_cast<std::size_t>(i)].name));
  for (const auto& layer : e.model.freeze)
    frozen.append(QString::fromStdString(layer));
  QVector<MultitaskDiagram::Head> heads;
  try {
    for (const twb::TaskSpec& t : twb::resolveTasks(e.tasks))
      heads.append({QString::fromStdString(t.name), t.weight});
    diagram_->setNetwork(trunk, frozen, heads, e.tasks.weighting == "uncertainty");
  } catch (const std::exception& err) {
    diagram_->setNetwork(trunk, frozen, {}, false);
    diagram_->setProblem(errorText(err));
  }
}

void ModelPanel::updateTotals() {
  const twb::Experiment e = experiment_->experiment();
  frozen_ = info_.frozenParameters(e.model.freeze);
  trainable_ = info_.parameters() - frozen_;
  if (info_.layers.empty())
    return;
  const twb::Method& method = twb::methodOf(e);
  if (!method.needs().tasks) {
    QString text = tr("Trainable: %1 parameters · Frozen: %2 parameters").arg(count(trainable_), count(frozen_));
    // What the method trains beside the network (a domain classifier).
    for (const twb::ModuleSize& m : method.ownModules(e, info_.featureDim))
      text += tr(" · %1's %2 (%3): %4 more")
                  .arg(QString::fromStdString(method.name()), coreText(m.title), QString::fromStdString(m.shape),
                       count(m.parameters));
    totals_->setText(text);
    return;
  }
  // A run of tasks never runs the backbone's own head (updateMultitask), so it counts in
  // neither total; the per-task heads depend on each task's classes and are not listed.
  const twb::LayerInfo& head = info_.layers.back();
  (listed(e.model.freeze, head.name) ? frozen_ : trainable_) -= head.parameters;
  totals_->setText(tr("Shared trunk: %1 parameters trainable · %2 frozen; each task adds its own head")
                       .arg(count(trainable_), count(frozen_)));
}

void ModelPanel::onItemChanged(QTableWidgetItem* item) {
  const int row = item->row();
  if (row < 0 || row >= static_cast<int>(info_.layers.size()))
    return;
  const std::string layer = info_.layers[static_cast<std::size_t>(row)].name;
  const QString name = QString::fromStdString(layer);
  twb::ModelSpec after = experiment_->experiment().model;
  if (item->column() == FrozenColumn) {
    const bool on = item->checkState() == Qt::Checked;
    setListed(after.freeze, layer, on);
    edit(after, on ? tr("Freeze %1").arg(name) : tr("Unfreeze %1").arg(name));
  } else if (item->column() == ReinitColumn) {
    const bool on = item->checkState() == Qt::Checked;
    setListed(after.reinit, layer, on);
    edit(after, on ? tr("Re-init %1").arg(name) : tr("Keep %1's source weights").arg(name));
  } else if (item->column() == LrColumn) {
    bool ok = false;
    const double mult = item->data(Qt::EditRole).toDouble(&ok);
    if (!ok || mult < 0) {
      refresh();
      return;
    }
    if (mult == 1.0)
      after.lrMult.erase(layer);
    else
      after.lrMult[layer] = mult;
    edit(after, tr("Learning rate of %1 × %2").arg(name).arg(mult));
  }
}

void ModelPanel::onBackboneChosen(int index) {
  twb::ModelSpec after = experiment_->experiment().model;
  const std::string name = backbone_->itemData(index).toString().toStdString();
  if (name == after.backbone)
    return;
  // Layer names belong to a backbone: its per-layer settings do not carry over.
  after.backbone = name;
  after.freeze.clear();
  after.lrMult.clear();
  after.reinit.clear();
  after.transferAll = true;
  after.transfer.clear();
  edit(after, tr("Backbone %1").arg(QString::fromStdString(name)));
}

void ModelPanel::onBatchStatsToggled(bool perDomain) {
  twb::ModelSpec after = experiment_->experiment().model;
  after.batchStats = perDomain ? "per_domain" : "joint";
  edit(after, perDomain ? tr("Per-domain batch statistics") : tr("Joint batch statistics"));
}

void ModelPanel::edit(const twb::ModelSpec& after, const QString& text) {
  // The edit applies itself on push, which refreshes the table.
  experiment_->edit(text, [&](twb::Experiment& e) { e.model = after; });
}

bool ModelPanel::isSweeping() const {
  return job_ && job_->isRunning();
}

QString ModelPanel::sweepDirectory() const {
  // One folder per recipe: the same experiment finds its finished cells again.
  const twb::Experiment e = experiment_->experiment();
  const QByteArray recipe =
      QByteArray::fromStdString(twb::experimentToJson(e)) + (copyLast_->isChecked() ? "last" : "first");
  const QString id = QString::fromLatin1(QCryptographicHash::hash(recipe, QCryptographicHash::Sha1).toHex().left(12));
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
      .filePath(QStringLiteral("sweeps/") + id);
}

void ModelPanel::startSweep() {
  if (isSweeping())
    return;
  const twb::Experiment e = experiment_->experiment(); // the sweep's cells are fine-tunings of it
  const bool last = copyLast_->isChecked();
  job_ = std::make_unique<SweepJob>(e, sweepDirectory().toStdString(), last);
  // Beside the sweeps kept from before; the same recipe and direction replaces its own.
  jobKey_ = sweepDirectory();
  // The backbone beside the pair: which layers transfer depends on the network as much
  // as on the data (docs/finetune.md: a fully connected network on speech copies its
  // last layers, lenet on images its first), so a plot of two sweeps names both.
  plot_->beginSweep(jobKey_, pairText(e) + QStringLiteral(" · ") + QString::fromStdString(e.model.backbone),
                    job_->layers(), last);
  connect(job_.get(), &SweepJob::cellFinished, this, [this](int k, const QString& variant, double acc, bool cached) {
    plot_->addCell(k, variant, acc);
    setSweepStatus([=] {
      return variant == QLatin1String("source")
                 ? tr("Source model: %1 on the source task%2").arg(acc, 0, 'f', 3).arg(cached ? tr(" (cached)") : QString())
                 : tr("k = %1 %2: target accuracy %3%4")
                       .arg(k)
                       .arg(variant)
                       .arg(acc, 0, 'f', 3)
                       .arg(cached ? tr(" (cached)") : QString());
    });
  });
  connect(job_.get(), &SweepJob::progress, this, [this](int done, int total) {
    sweepProgress_->setRange(0, total);
    sweepProgress_->setValue(done);
  });
  connect(job_.get(), &SweepJob::logLine, this, [this](const QString& line) { setSweepStatus([line] { return line; }); });
  connect(job_.get(), &SweepJob::finished, this, [this] {
    const QString dir = breakablePath(QString::fromStdString(job_->outDir()));
    if (job_->result().stopped)
      onSweepEnded([] { return tr("Stopped; press the button again to resume where it stopped."); });
    else
      onSweepEnded([dir] { return tr("Sweep finished; its runs are in %1").arg(dir); });
  });
  connect(job_.get(), &SweepJob::failed, this, [this](const QString& message) {
    onSweepEnded([message] { return tr("The sweep failed: %1").arg(message); });
  });
  sweepButton_->setEnabled(false);
  stopButton_->setEnabled(true);
  copyLast_->setEnabled(false);
  sweepProgress_->setVisible(true);
  sweepProgress_->setValue(0);
  setSweepStatus([] { return tr("Starting the sweep ..."); });
  job_->start();
  updateClearButton();
}

void ModelPanel::setCopyLast(bool last) {
  if (!isSweeping())
    copyLast_->setChecked(last);
}

std::map<std::string, double> ModelPanel::lastSweepNumbers() const {
  std::map<std::string, double> numbers;
  if (!job_ || isSweeping())
    return numbers;
  const twb::SweepResult& r = job_->result();
  numbers["source"] = r.sourceTestAcc;
  numbers["layers"] = static_cast<double>(r.layers.size());
  if (r.scratchAcc)
    numbers["scratch"] = *r.scratchAcc;
  for (const twb::SweepRow& row : r.rows) {
    if (row.frozenAcc)
      numbers["frozen" + std::to_string(row.k)] = *row.frozenAcc;
    if (row.finetunedAcc)
      numbers["finetuned" + std::to_string(row.k)] = *row.finetunedAcc;
  }
  return numbers;
}

void ModelPanel::stopSweep() {
  if (isSweeping()) {
    job_->stop();
    setSweepStatus([] { return tr("Stopping ..."); });
  }
}

void ModelPanel::clearSweeps() {
  plot_->clear(isSweeping() ? jobKey_ : QString());
}

void ModelPanel::updateClearButton() {
  clearButton_->setEnabled(plot_->sweepCount() > (isSweeping() ? 1 : 0));
}

void ModelPanel::onSweepEnded(std::function<QString()> message) {
  sweepButton_->setEnabled(true);
  stopButton_->setEnabled(false);
  copyLast_->setEnabled(true);
  sweepProgress_->setVisible(false);
  setSweepStatus(std::move(message));
  updateClearButton();
  emit sweepFinished();
}

} // namespace twb::ui
