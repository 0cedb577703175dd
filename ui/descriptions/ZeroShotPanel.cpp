#include "ZeroShotPanel.h"

#include "base/AtomicFile.h"
#include "AttributeTableModel.h"
#include "base/Errors.h"
#include "SettingsKeys.h"
#include "zeroshot/ClassDescriptions.h"
#include "zeroshot/ZeroShotResults.h"

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
#include <QVBoxLayout>

#include <algorithm>

namespace twb::ui {

namespace {

QString pct(double x) {
  return QString::number(x, 'f', 2);
}

} // namespace

ZeroShotPanel::ZeroShotPanel(QWidget* parent) : QWidget(parent) {
  undo_ = new QUndoStack(this);
  model_ = new AttributeTableModel(undo_, this);
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

  undoButton_ = new QPushButton(this);
  undoButton_->setObjectName(QStringLiteral("zeroShotUndo"));
  redoButton_ = new QPushButton(this);
  redoButton_->setObjectName(QStringLiteral("zeroShotRedo"));
  loadButton_ = new QPushButton(this);
  loadButton_->setObjectName(QStringLiteral("zeroShotLoadTable"));
  undoButton_->setEnabled(false);
  redoButton_->setEnabled(false);
  connect(undoButton_, &QPushButton::clicked, undo_, &QUndoStack::undo);
  connect(redoButton_, &QPushButton::clicked, undo_, &QUndoStack::redo);
  connect(undo_, &QUndoStack::canUndoChanged, undoButton_, &QWidget::setEnabled);
  connect(undo_, &QUndoStack::canRedoChanged, redoButton_, &QWidget::setEnabled);
  // Ctrl+Z / Ctrl+Shift+Z while the grid has focus, without taking them from other panels.
  QAction* undoAction = undo_->createUndoAction(this);
  undoAction->setShortcut(QKeySequence::Undo);
  QAction* redoAction = undo_->createRedoAction(this);
  redoAction->setShortcut(QKeySequence::Redo);
  for (QAction* a : {undoAction, redoAction}) {
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(a);
  }
  connect(loadButton_, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open an Attribute Table"),
                                                      settings::lastDatasetDirectory.get(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
      return;
    twb::ZeroShotSpec spec = experiment_.zeroshot;
    spec.attributes = path.toStdString();
    experiment_.zeroshot = spec;
    loadTable();
    emit zeroShotChanged(spec);
  });
  connect(model_, &AttributeTableModel::tableEdited, this, &ZeroShotPanel::onTableEdited);

  auto* buttons = new QHBoxLayout;
  buttons->addWidget(undoButton_);
  buttons->addWidget(redoButton_);
  buttons->addStretch(1);
  buttons->addWidget(loadButton_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(origin_);
  layout->addLayout(buttons);
  layout->addWidget(view_, 1);
  layout->addWidget(summary_);
  retranslateUi();
}

void ZeroShotPanel::setExperiment(const twb::Experiment& experiment) {
  // Our own edits come back here unchanged: keep the grid and its undo history then.
  const bool same = loaded_ && experiment.source.dataset == experiment_.source.dataset &&
                    experiment.zeroshot.attributes == experiment_.zeroshot.attributes &&
                    experiment.zeroshot.unseen == experiment_.zeroshot.unseen;
  experiment_ = experiment;
  if (!same)
    loadTable();
}

void ZeroShotPanel::loadTable() {
  loaded_ = true;
  originalAttributes_ = experiment_.zeroshot.attributes;
  undo_->clear();
  problem_.clear();
  const std::string dataset = experiment_.source.dataset;
  twb::AttributeTable table;
  try {
    table =
        experiment_.zeroshot.attributes.empty()
            ? twb::builtinAttributeTable(dataset)
            : twb::parseAttributeTable(twb::readFile(experiment_.zeroshot.attributes), experiment_.zeroshot.attributes);
  } catch (const twb::InputError& e) {
    problem_ = QString::fromStdString(e.what());
  }
  std::vector<bool> unseen(table.classes.size(), false);
  const auto names =
      experiment_.zeroshot.unseen.empty() ? twb::defaultUnseenClasses(dataset) : experiment_.zeroshot.unseen;
  for (std::size_t c = 0; c < table.classes.size(); ++c)
    unseen[c] = std::find(names.begin(), names.end(), table.classes[c]) != names.end();
  original_ = table;
  model_->setTable(table, unseen);
  retranslateUi();
}

QString ZeroShotPanel::editedTablePath() const {
  QString name = QString::fromStdString(experiment_.source.dataset);
  name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("_"));
  const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
  return dir.filePath(QStringLiteral("zeroshot/%1-attributes.csv").arg(name));
}

void ZeroShotPanel::onTableEdited() {
  twb::ZeroShotSpec spec = experiment_.zeroshot;
  spec.unseen.clear();
  for (const QString& name : model_->unseenClasses())
    spec.unseen.push_back(name.toStdString());
  const twb::AttributeTable& table = model_->table();
  const bool edited = table.values != original_.values;
  if (edited) {
    const QString path = editedTablePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    twb::writeFileAtomic(path.toStdString(),
                         "# Edited in the Zero-shot panel of Transfer Workbench\n" + twb::attributeTableToCsv(table));
    spec.attributes = path.toStdString();
  } else {
    spec.attributes = originalAttributes_; // every edit undone: back to the table it came from
  }
  experiment_.zeroshot = spec;
  retranslateUi();
  emit zeroShotChanged(spec);
}

void ZeroShotPanel::showResults(const QString& runDir) {
  try {
    const twb::ZeroShotResults r = twb::readZeroShotResults(runDir.toStdString());
    model_->setResults(r);
    const twb::ZeroShotScore* m = r.find("zeroshot");
    const twb::ZeroShotScore* e = r.find("eszsl");
    const twb::ZeroShotScore* c = r.find("conse");
    const auto unseenCount = std::count(r.unseen.begin(), r.unseen.end(), true);
    QString text = tr("<b>Last run</b> (%1): unseen top-1 <b>%2</b> (chance %3); generalised: seen %4, unseen %5, "
                      "harmonic mean %6.")
                       .arg(QDir::toNativeSeparators(runDir).toHtmlEscaped(), pct(m ? m->unseenAcc : 0),
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
  const bool edited = model_->table().values != original_.values;
  const QString originalPath = QString::fromStdString(originalAttributes_);
  const QString from = originalPath.isEmpty()
                           ? tr("the built-in table of %1").arg(QString::fromStdString(experiment_.source.dataset))
                           : originalPath;
  origin_->setText(tr("Class descriptions of <b>%1</b> from %2%3. Checked classes are <b>unseen</b>: training never "
                      "sees them. Double-click a value to edit it; the next run uses the table as shown.")
                       .arg(QString::fromStdString(experiment_.source.dataset).toHtmlEscaped(), from.toHtmlEscaped(),
                            edited ? tr(", edited") : QString()));
}

} // namespace twb::ui
