#include "results/RunList.h"

#include "base/Errors.h"
#include "common/CoreText.h"
#include "common/MessageBoxes.h"
#include "common/RunLabel.h"
#include "methods/Registry.h"
#include "results/ResultsTable.h"
#include "results/RunFolderWatcher.h"
#include "window/SettingsKeys.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>

namespace twb::ui {
namespace {

// Throws InputError naming the folder and what is missing or bad in it.
RunPtr readRun(const QString& dir) {
  auto run = std::make_shared<twb::RunRecord>(twb::readRunDirectory(QFile::encodeName(dir).toStdString()));
  run->dir = QFile::encodeName(dir).toStdString(); // one spelling, so a run is listed once
  return run;
}

} // namespace

RunList::RunList(QWidget* parent) : QWidget(parent) {
  list_ = new QListWidget(this);
  list_->setObjectName(QStringLiteral("runList"));
  list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  list_->setUniformItemSizes(true);
  openRunAction_ = new QAction(this);
  openRunAction_->setObjectName(QStringLiteral("actionOpenRun"));
  connect(openRunAction_, &QAction::triggered, this, &RunList::openRunDialog);
  openButton_ = new QPushButton(this);
  openButton_->setObjectName(QStringLiteral("openRunButton"));
  connect(openButton_, &QPushButton::clicked, openRunAction_, &QAction::trigger);
  includeBaselines_ = new QCheckBox(this);
  includeBaselines_->setObjectName(QStringLiteral("includeBaselines"));
  includeBaselines_->setChecked(true);

  auto* left = new QWidget(this);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addWidget(list_, 1);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(openButton_);
  buttons->addWidget(includeBaselines_, 1);
  leftLayout->addLayout(buttons);
  results_ = new ResultsTable(this);
  results_->setObjectName(QStringLiteral("resultsPanel"));

  splitter_ = new QSplitter(Qt::Horizontal, this);
  splitter_->addWidget(left);
  splitter_->addWidget(results_);
  splitter_->setStretchFactor(0, 1);
  splitter_->setStretchFactor(1, 3);
  splitter_->setChildrenCollapsible(false);
  splitter_->setSizes({300, 1000}); // the list's lines are long; the table takes the rest
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(splitter_);

  connect(list_, &QListWidget::itemSelectionChanged, this, &RunList::onSelectionChanged);
  connect(includeBaselines_, &QCheckBox::toggled, this, &RunList::onSelectionChanged);
  folderWatcher_ = new RunFolderWatcher(this);
  connect(folderWatcher_, &RunFolderWatcher::runsFinished, this, &RunList::addFinishedInFolder);
  retranslateUi();
  onSelectionChanged();
}

QListWidgetItem* RunList::itemFor(const QString& dir) const {
  for (int i = 0; i < list_->count(); ++i)
    if (list_->item(i)->data(Qt::UserRole).toString() == dir)
      return list_->item(i);
  return nullptr;
}

RunPtr RunList::runOf(const QListWidgetItem* item) const {
  return byDir_.value(item->data(Qt::UserRole).toString());
}

QListWidgetItem* RunList::insertRun(const RunPtr& run, int row) {
  const QString dir = RunFolderWatcher::normalized(QString::fromStdString(run->dir));
  auto* item = new QListWidgetItem;
  item->setData(Qt::UserRole, dir);
  item->setToolTip(QDir::toNativeSeparators(dir));
  byDir_.insert(dir, run);
  list_->insertItem(row, item);
  updateItemTexts();
  return item;
}

RunPtr RunList::addRunDirectory(const QString& dir, QString* error) {
  const QString path = RunFolderWatcher::normalized(dir);
  if (QListWidgetItem* item = itemFor(path))
    return runOf(item);
  try {
    RunPtr run = readRun(path);
    insertRun(run, 0);
    onSelectionChanged(); // the table lists every run while none is selected
    emit runsChanged();
    return run;
  } catch (const std::exception& e) {
    if (error)
      *error = errorText(e);
    return nullptr;
  }
}

void RunList::addFinishedRun(const QString& dir, bool extendSelection) {
  QString error;
  if (!addRunDirectory(dir, &error))
    return; // the run log already tells why a run has no directory
  QListWidgetItem* item = itemFor(RunFolderWatcher::normalized(dir));
  // A stopped run joins what is selected: it never takes a finished run's place.
  if (!extendSelection && runOf(item)->summary.status == "completed")
    list_->clearSelection();
  item->setSelected(true);
  list_->scrollToItem(item);
}

void RunList::openRunDialog() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Run"), settings::lastRunDirectory.get());
  if (dir.isEmpty())
    return;
  settings::lastRunDirectory.set(QFileInfo(dir).absolutePath());
  QString error;
  if (addRunDirectory(dir, &error)) {
    selectRuns({dir});
    return;
  }
  // A folder of runs (`twb compare --out`): all of them, and those still to come.
  if (addRunFolder(dir) < 0)
    showError(this, tr("Not a run directory"), error); // why the folder itself is no run
  else
    emit runFolderOpened(dir);
}

int RunList::addRunFolder(const QString& folder, QString* error) {
  if (!RunFolderWatcher::isFolderOfRuns(folder)) {
    if (error)
      *error = tr("%1 holds no run directory.").arg(QDir::toNativeSeparators(folder));
    return -1;
  }
  return addFinishedInFolder(folderWatcher_->watch(folder));
}

int RunList::addFinishedInFolder(const QStringList& dirs) {
  // Newest first like the rest of the list: the run that finished last on top.
  QList<std::pair<QDateTime, QString>> byTime;
  for (const QString& dir : dirs)
    byTime.append({QFileInfo(QDir(dir).filePath(QStringLiteral("summary.json"))).lastModified(),
                   RunFolderWatcher::normalized(dir)});
  std::sort(byTime.begin(), byTime.end());
  int added = 0;
  for (const auto& [time, dir] : byTime) {
    if (itemFor(dir))
      continue;
    try {
      insertRun(readRun(dir), 0);
      ++added;
    } catch (const std::exception&) {
      // A damaged folder is not listed; the others are.
    }
  }
  if (added > 0) {
    onSelectionChanged();
    emit runsChanged();
  }
  return added;
}

int RunList::loadRunsUnder(const QString& runsFolder, int cap) {
  const QFileInfoList entries =
      QDir(runsFolder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time); // newest first
  int listed = 0;
  for (const QFileInfo& entry : entries) {
    if (listed >= cap)
      break;
    const QString dir = RunFolderWatcher::normalized(entry.absoluteFilePath());
    if (itemFor(dir) || !QFileInfo::exists(QDir(dir).filePath(QStringLiteral("summary.json"))))
      continue;
    try {
      insertRun(readRun(dir), list_->count());
      ++listed;
    } catch (const std::exception&) {
      // A run from an older version or a damaged folder: not listed, not fatal.
    }
  }
  if (listed > 0) {
    onSelectionChanged();
    emit runsChanged();
  }
  return listed;
}

std::vector<RunPtr> RunList::runs() const {
  std::vector<RunPtr> result;
  for (int i = 0; i < list_->count(); ++i)
    result.push_back(runOf(list_->item(i)));
  return result;
}

std::vector<RunPtr> RunList::selectedRuns() const {
  std::vector<RunPtr> result;
  for (int i = 0; i < list_->count(); ++i)
    if (list_->item(i)->isSelected())
      result.push_back(runOf(list_->item(i)));
  return result;
}

void RunList::selectRuns(const QStringList& dirs) {
  {
    const QSignalBlocker blocker(list_); // one selectedRunsChanged for the lot
    list_->clearSelection();
    for (const QString& dir : dirs)
      if (QListWidgetItem* item = itemFor(RunFolderWatcher::normalized(dir)))
        item->setSelected(true);
  }
  onSelectionChanged();
}

void RunList::onSelectionChanged() {
  const std::vector<RunPtr> selected = selectedRuns();
  // Nothing selected: the whole list; a method selected: with its baselines.
  if (selected.empty())
    results_->setRuns(runs());
  else if (includeBaselines_->isChecked())
    results_->setRuns(twb::withBaselines(selected, runs()));
  else
    results_->setRuns(selected);
  emit selectedRunsChanged();
}

void RunList::updateItemTexts() {
  for (int i = 0; i < list_->count(); ++i) {
    QListWidgetItem* item = list_->item(i);
    item->setText(runDescription(*runOf(item)));
  }
}

void RunList::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void RunList::retranslateUi() {
  openRunAction_->setText(tr("Open &Run…"));
  openRunAction_->setStatusTip(tr("List a run directory from disk beside this session's runs, or a folder of them "
                                  "(twb compare --out), whose runs join the list as they finish"));
  openButton_->setText(tr("Open Run…"));
  includeBaselines_->setText(tr("Show baselines"));
  includeBaselines_->setToolTip(
      tr("Show each selected method's baselines beside it, the newest of each kind: the lower bound (%1) and "
         "the upper bound (%2), or the baselines its method names instead")
          .arg(QString::fromStdString(twb::boundMethod(twb::MethodRole::LowerBound).name()),
               QString::fromStdString(twb::boundMethod(twb::MethodRole::UpperBound).name())));
  list_->setToolTip(tr("Select several runs (Ctrl or Shift) to compare them"));
  updateItemTexts();
}

} // namespace twb::ui
