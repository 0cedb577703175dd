#include "descriptions/ZeroShotPanel.h"

#include "base/AtomicFile.h"
#include "common/CoreText.h"
#include "common/FitWidgets.h"
#include "descriptions/AttributeTableModel.h"
#include "experiment/ExperimentModel.h"
#include "base/Errors.h"
#include "window/SettingsKeys.h"
#include "zeroshot/ClassDescriptions.h"
#include "zeroshot/ZeroShotResults.h"

#include "help/Concepts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QUndoStack>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace twb::ui {

namespace {

QString pct(double x) {
  return QString::number(x, 'f', 2);
}

} // namespace

ZeroShotPanel::ZeroShotPanel(ExperimentModel* experiment, QWidget* parent) : QWidget(parent), experiment_(experiment) {
  model_ = new AttributeTableModel(this);
  view_ = new QTableView(this);
  view_->setObjectName(QStringLiteral("attributeGrid"));
  view_->setModel(model_);
  view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  view_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  view_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                         QAbstractItemView::AnyKeyPressed);
  origin_ = new QLabel(this);
  origin_->setObjectName(QStringLiteral("descriptionsOrigin"));
  origin_->setWordWrap(true);
  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("zeroShotSummary"));
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  // The experiment's one history (the Edit menu's too), next to the grid.
  QUndoStack* undo = experiment_->undoStack();
  undoButton_ = new QPushButton(this);
  undoButton_->setObjectName(QStringLiteral("zeroShotUndo"));
  redoButton_ = new QPushButton(this);
  redoButton_->setObjectName(QStringLiteral("zeroShotRedo"));
  loadButton_ = new QPushButton(this);
  loadButton_->setObjectName(QStringLiteral("zeroShotLoadTable"));
  undoButton_->setEnabled(undo->canUndo());
  redoButton_->setEnabled(undo->canRedo());
  connect(undoButton_, &QPushButton::clicked, undo, &QUndoStack::undo);
  connect(redoButton_, &QPushButton::clicked, undo, &QUndoStack::redo);
  connect(undo, &QUndoStack::canUndoChanged, undoButton_, &QWidget::setEnabled);
  connect(undo, &QUndoStack::canRedoChanged, redoButton_, &QWidget::setEnabled);
  connect(loadButton_, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open an Attribute Table"),
                                                      settings::lastDatasetDirectory.get(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
      return;
    experiment_->edit(tr("Load the attribute table %1").arg(QFileInfo(path).fileName()),
                      [&](twb::Experiment& e) { e.zeroshot.attributes = path.toStdString(); });
  });
  connect(model_, &AttributeTableModel::valueEditRequested, this,
          [this](int row, int attribute, float value, const QString& text) {
            twb::AttributeTable table = model_->table();
            table.values[static_cast<std::size_t>(row)][static_cast<std::size_t>(attribute)] = value;
            editTable(text, table, model_->unseen());
          });
  connect(model_, &AttributeTableModel::unseenEditRequested, this, [this](int row, bool unseen, const QString& text) {
    std::vector<bool> split = model_->unseen();
    split[static_cast<std::size_t>(row)] = unseen;
    editTable(text, model_->table(), split);
  });
  connect(experiment_, &ExperimentModel::changed, this, [this](ExperimentModel::Parts parts) {
    if (parts & (ExperimentModel::Data | ExperimentModel::Method))
      showExperiment();
  });

  auto* buttons = new QHBoxLayout;
  buttons->addWidget(undoButton_);
  buttons->addWidget(redoButton_);
  buttons->addStretch(1);
  buttons->addWidget(loadButton_);
  buttons->addWidget(help::conceptButton(help::Concept::ZeroShot, this));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(origin_);
  layout->addLayout(buttons);
  layout->addWidget(view_, 1);
  layout->addWidget(summary_);
  showExperiment();
}

QUndoStack* ZeroShotPanel::undoStack() const {
  return experiment_->undoStack();
}

void ZeroShotPanel::showExperiment() {
  // A change elsewhere (the method, the seed) keeps the grid and its results.
  const twb::Experiment& e = experiment_->experiment();
  const bool same = loaded_ && e.source.dataset == shown_.source.dataset &&
                    e.zeroshot.attributes == shown_.zeroshot.attributes && e.zeroshot.unseen == shown_.zeroshot.unseen;
  shown_ = e;
  if (!same)
    loadTable();
}

bool ZeroShotPanel::isEditedTable(const std::string& path) const {
  return !path.empty() && QFileInfo(QString::fromStdString(path)).absolutePath() == editedTableFolder();
}

void ZeroShotPanel::loadTable() {
  loaded_ = true;
  problem_.clear();
  const std::string dataset = shown_.source.dataset;
  const std::string& attributes = shown_.zeroshot.attributes;
  twb::AttributeTable table;
  try {
    table = attributes.empty() ? twb::builtinAttributeTable(dataset)
                               : twb::parseAttributeTable(twb::readFile(attributes), attributes);
  } catch (const twb::InputError& e) {
    problem_ = errorText(e);
  }
  // The table edits start from: the built-in one or the user's file (an edited copy
  // keeps the base it was edited from, so undoing every edit returns to it).
  if (!isEditedTable(attributes) || baseDataset_ != dataset) {
    baseAttributes_ = isEditedTable(attributes) ? std::string() : attributes;
    baseTable_ = isEditedTable(attributes) ? twb::AttributeTable{} : table;
    baseDataset_ = dataset;
  }
  std::vector<bool> unseen(table.classes.size(), false);
  const auto names = shown_.zeroshot.unseen.empty() ? twb::defaultUnseenClasses(dataset) : shown_.zeroshot.unseen;
  for (std::size_t c = 0; c < table.classes.size(); ++c)
    unseen[c] = std::find(names.begin(), names.end(), table.classes[c]) != names.end();
  model_->setTable(table, unseen);
  retranslateUi();
}

QString ZeroShotPanel::editedTableFolder() const {
  const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
  return QFileInfo(dir.filePath(QStringLiteral("zeroshot/x"))).absolutePath();
}

void ZeroShotPanel::editTable(const QString& text, const twb::AttributeTable& table, const std::vector<bool>& unseen) {
  twb::ZeroShotSpec spec = shown_.zeroshot;
  spec.unseen.clear();
  for (std::size_t c = 0; c < table.classes.size() && c < unseen.size(); ++c)
    if (unseen[c])
      spec.unseen.push_back(table.classes[c]);
  if (table.values == baseTable_.values && table.attributes == baseTable_.attributes) {
    spec.attributes = baseAttributes_; // every edit undone: back to the table it came from
  } else if (table.values != model_->table().values) {
    // Each edited table is its own file, named by its content and never overwritten, so
    // an undo that brings back an earlier experiment brings back its table too.
    const std::string csv = "# Edited in the Zero-shot panel of Transfer Workbench\n" + twb::attributeTableToCsv(table);
    QString name = QString::fromStdString(shown_.source.dataset);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("_"));
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(csv), QCryptographicHash::Sha1).toHex().left(12));
    const QString path = QDir(editedTableFolder()).filePath(QStringLiteral("%1-%2.csv").arg(name, hash));
    QDir().mkpath(editedTableFolder());
    try {
      if (!QFileInfo::exists(path))
        twb::writeFileAtomic(path.toStdString(), csv);
    } catch (const std::exception& error) {
      problem_ = errorText(error);
      retranslateUi();
      return;
    }
    spec.attributes = path.toStdString();
  }
  experiment_->edit(text, [&](twb::Experiment& e) { e.zeroshot = spec; });
}

void ZeroShotPanel::showResults(const QString& runDir) {
  try {
    const twb::ZeroShotResults r = twb::readZeroShotResults(runDir.toStdString());
    model_->setResults(r);
    const twb::ZeroShotScore* m = r.learned();
    const twb::ZeroShotScore* e = r.find("eszsl");
    const twb::ZeroShotScore* c = r.find("conse");
    const auto unseenCount = std::count(r.unseen.begin(), r.unseen.end(), true);
    QString text = tr("<b>Last run</b> (%1): unseen top-1 <b>%2</b> (chance %3); generalised: seen %4, unseen %5, "
                      "harmonic mean %6.")
                       .arg(breakablePath(runDir).toHtmlEscaped(), pct(m ? m->unseenAcc : 0),
                            pct(unseenCount > 0 ? 1.0 / static_cast<double>(unseenCount) : 0), pct(m ? m->seenAcc : 0),
                            pct(m ? m->gzslUnseenAcc : 0), pct(m ? m->harmonicMean : 0));
    if (e && c)
      text += tr(" Baselines, unseen top-1: ESZSL %1, ConSE %2.").arg(pct(e->unseenAcc), pct(c->unseenAcc));
    summary_->setText(text);
  } catch (const twb::InputError&) {
    model_->clearResults(); // not a zero-shot run
    summary_->clear();
  }
}

bool ZeroShotPanel::hasResults() const {
  return model_->columnCount() > model_->firstResultColumn();
}

void ZeroShotPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void ZeroShotPanel::retranslateUi() {
  undoButton_->setText(tr("Undo"));
  redoButton_->setText(tr("Redo"));
  loadButton_->setText(tr("Load Table…"));
  loadButton_->setToolTip(
      tr("Describe the classes with your own attribute CSV (class, then one column per attribute)"));
  if (!problem_.isEmpty()) {
    origin_->setText(tr("No class descriptions: %1").arg(problem_.toHtmlEscaped()));
    return;
  }
  const bool edited = isEditedTable(shown_.zeroshot.attributes);
  const QString originalPath = QString::fromStdString(baseAttributes_);
  const QString from = originalPath.isEmpty()
                           ? tr("the built-in table of %1").arg(QString::fromStdString(shown_.source.dataset))
                           : breakablePath(originalPath);
  origin_->setText(tr("Class descriptions of <b>%1</b> from %2%3. Checked classes are <b>unseen</b>: training never "
                      "sees them. Double-click a value to edit it; the next run uses the table as shown.")
                       .arg(QString::fromStdString(shown_.source.dataset).toHtmlEscaped(), from.toHtmlEscaped(),
                            edited ? tr(", edited") : QString()));
}

} // namespace twb::ui
