#include "confusion/ConfusionPanel.h"

#include "common/RunLabel.h"
#include "confusion/ConfusionCellImages.h"
#include "confusion/ConfusionMatrixView.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QSplitter>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace twb::ui {
namespace {

bool isLowerBound(const RunRecord& run) {
  return roleRank(run.experiment) == 0;
}

// The pair a comparison is read by: the selected method on the right, its comparison's
// lower bound (the baseline it has to beat) on the left. Selecting the lower bound
// itself puts the newest method of its comparison on the right.
std::pair<RunPtr, RunPtr> defaultPair(const std::vector<RunPtr>& selected, const std::vector<RunPtr>& all) {
  const auto method =
      std::find_if(selected.begin(), selected.end(), [](const RunPtr& run) { return !isBound(run->experiment); });
  const RunPtr chosen = method != selected.end() ? *method : selected.front();
  const std::string key = comparisonKey(*chosen);
  std::vector<RunPtr> candidates = withBaselines(selected, all); // what the results table would show beside it
  candidates.insert(candidates.end(), all.begin(), all.end());
  const auto find = [&](auto accept) -> RunPtr {
    for (const RunPtr& run : candidates)
      if (run != chosen && comparisonKey(*run) == key && accept(*run))
        return run;
    return nullptr;
  };
  if (isLowerBound(*chosen))
    return {chosen, find([](const RunRecord& run) { return !isBound(run.experiment); })};
  return {find(isLowerBound), chosen};
}

} // namespace

ConfusionPanel::ConfusionPanel(QWidget* parent) : QWidget(parent) {
  auto* matrices = new QWidget(this);
  auto* grid = new QGridLayout(matrices);
  grid->setContentsMargins(0, 0, 0, 0);
  const char* names[] = {"Left", "Right"};
  for (int s = 0; s < 2; ++s) {
    SideWidgets& side = sides_[static_cast<std::size_t>(s)];
    side.label = new QLabel(matrices);
    side.runs = new QComboBox(matrices);
    side.runs->setObjectName(QStringLiteral("confusion%1Run").arg(QLatin1String(names[s])));
    side.runs->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    side.runs->setMinimumContentsLength(12); // the whole name is in the popup and the tooltip
    side.view = new ConfusionMatrixView(matrices);
    side.view->setObjectName(QStringLiteral("confusion%1Matrix").arg(QLatin1String(names[s])));
    auto* row = new QHBoxLayout;
    row->addWidget(side.label);
    row->addWidget(side.runs, 1);
    grid->addLayout(row, 0, s);
    grid->addWidget(side.view, 1, s);
    grid->setColumnStretch(s, 1);
    const auto which = static_cast<Side>(s);
    connect(side.runs, &QComboBox::currentIndexChanged, this, [this, which] { onRunChosen(which); });
    connect(side.view, &ConfusionMatrixView::cellClicked, this,
            [this, which](int truth, int predicted) { onCellClicked(which, truth, predicted); });
  }
  grid->setRowStretch(1, 1);
  images_ = new ConfusionCellImages(this);
  // The images beside the matrices, not below: on a 720-pixel screen the tab is about
  // 300 pixels tall, all of which ten rows of cells need.
  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->setChildrenCollapsible(false);
  splitter->addWidget(matrices);
  splitter->addWidget(images_);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 0);
  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("confusionSummary"));
  summary_->setTextFormat(Qt::RichText);
  summary_->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(splitter, 1);
  layout->addWidget(summary_);
  retranslateUi();
}

ConfusionPanel::~ConfusionPanel() = default; // the jobs, children, stop and join as they go

void ConfusionPanel::setRunProviders(std::function<std::vector<RunPtr>()> all,
                                     std::function<std::vector<RunPtr>()> selected) {
  allRuns_ = std::move(all);
  selectedRuns_ = std::move(selected);
}

void ConfusionPanel::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  refreshRuns();
}

void ConfusionPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void ConfusionPanel::refreshRuns() {
  if (!allRuns_)
    return;
  const std::vector<RunPtr> all = allRuns_();
  for (SideWidgets& side : sides_) {
    const QSignalBlocker quiet(side.runs); // listing is no choice; the pair below is
    for (const RunPtr& run : all) {
      const QString dir = QString::fromStdString(run->dir);
      if (side.runs->findData(dir) < 0 && QFileInfo::exists(dir + QStringLiteral("/model.pt"))) {
        side.runs->addItem(runLabel(*run), dir);
        side.runs->setItemData(side.runs->count() - 1, runDescription(*run), Qt::ToolTipRole);
      }
    }
  }
  std::vector<RunPtr> selected = selectedRuns_ ? selectedRuns_() : std::vector<RunPtr>{};
  if (selected.empty()) { // nothing selected: the newest method run, else the newest run
    const auto method =
        std::find_if(all.begin(), all.end(), [](const RunPtr& run) { return !isBound(run->experiment); });
    if (method != all.end())
      selected.push_back(*method);
    else if (!all.empty())
      selected.push_back(all.front());
  }
  if (selected.empty())
    return;
  const auto [left, right] = defaultPair(selected, all);
  const QString key = QString::fromStdString((right ? right : left)->dir);
  if (key == pairChosenFor_)
    return;
  pairChosenFor_ = key;
  chooseRuns(left ? QString::fromStdString(left->dir) : runDir(Left),
             right ? QString::fromStdString(right->dir) : runDir(Right));
}

bool ConfusionPanel::chooseRuns(const QString& leftDir, const QString& rightDir) {
  bool listed = true;
  const QString dirs[] = {leftDir, rightDir};
  for (int s = 0; s < 2; ++s) {
    QComboBox* runs = sides_[static_cast<std::size_t>(s)].runs;
    const int index = runs->findData(dirs[s]);
    listed = listed && index >= 0;
    if (index >= 0 && index != runs->currentIndex())
      runs->setCurrentIndex(index); // onRunChosen
    else if (index >= 0 && !confusion(static_cast<Side>(s)))
      onRunChosen(static_cast<Side>(s));
  }
  return listed;
}

QString ConfusionPanel::runDir(Side side) const {
  return sides_[side].runs->currentData().toString();
}

ConfusionMatrixView* ConfusionPanel::matrixView(Side side) const {
  return sides_[side].view;
}

RunConfusionPtr ConfusionPanel::confusion(Side side) const {
  return cache_.value(runDir(side));
}

QString ConfusionPanel::summaryText() const {
  return QTextDocumentFragment::fromHtml(summary_->text()).toPlainText();
}

void ConfusionPanel::onRunChosen(Side side) {
  const QString dir = runDir(side);
  if (imagesSide_ == side) { // the images came from the run that was there
    images_->clear();
    imagesSide_ = -1;
  }
  if (dir.isEmpty() || cache_.contains(dir) || errors_.contains(dir) || jobs_.contains(dir)) {
    showSide(side);
    return;
  }
  // The run's own target: where the adaptation was meant to help.
  QString spec;
  if (allRuns_)
    for (const RunPtr& run : allRuns_())
      if (QString::fromStdString(run->dir) == dir)
        spec = QString::fromStdString(run->experiment.target.dataset);
  auto* job = new ConfusionJob(dir, spec, this);
  jobs_.insert(dir, job);
  connect(job, &ConfusionJob::finished, this,
          [this, dir](const RunConfusionPtr& result) { onJobFinished(dir, result); });
  connect(job, &ConfusionJob::failed, this, [this, dir](const QString& message) { onJobFailed(dir, message); });
  job->start();
  showSide(side);
}

void ConfusionPanel::onJobFinished(const QString& dir, const RunConfusionPtr& result) {
  cache_.insert(dir, result);
  if (ConfusionJob* job = jobs_.take(dir))
    job->deleteLater(); // its thread has ended or is about to: the destructor joins it
  for (const Side side : {Left, Right})
    if (runDir(side) == dir)
      showSide(side);
}

void ConfusionPanel::onJobFailed(const QString& dir, const QString& message) {
  errors_.insert(dir, message);
  if (ConfusionJob* job = jobs_.take(dir))
    job->deleteLater();
  for (const Side side : {Left, Right})
    if (runDir(side) == dir)
      showSide(side);
}

void ConfusionPanel::showSide(Side side) {
  const QString dir = runDir(side);
  ConfusionMatrixView* view = sides_[side].view;
  if (dir.isEmpty())
    view->showMessage(tr("No finished run yet: train one, or open a run directory with File > Open Run."));
  else if (const RunConfusionPtr c = cache_.value(dir))
    view->setMatrix(c->matrix);
  else if (errors_.contains(dir))
    view->showMessage(errors_.value(dir));
  else
    view->showMessage(tr("Computing the predictions of %1…").arg(sides_[side].runs->currentText()));
  updateComparison();
  emit matrixShown(side);
}

void ConfusionPanel::onCellClicked(Side side, int truth, int predicted) {
  const RunConfusionPtr c = confusion(side);
  if (!c)
    return;
  sides_[side == Left ? Right : Left].view->setSelectedCell(-1, -1);
  imagesSide_ = side;
  images_->showCell(c, sides_[side].runs->currentText(), truth, predicted);
}

void ConfusionPanel::updateComparison() {
  const RunConfusionPtr left = confusion(Left), right = confusion(Right);
  if (!left || !right) {
    sides_[Right].view->setDiagonalChange({});
    summary_->setText(isComputing() ? tr("Computing…") : QString());
    return;
  }
  const twb::ConfusionChange change = twb::confusionChange(left->matrix, right->matrix);
  sides_[Right].view->setDiagonalChange(change.diagonalDelta);
  const auto coloured = [](const QColor& colour, const QString& text) {
    return QStringLiteral("<span style='color:%1'><b>%2</b></span>").arg(colour.name(), text.toHtmlEscaped());
  };
  const double delta = right->matrix.accuracy() - left->matrix.accuracy();
  summary_->setText(tr("Right against left: %1, %2 · accuracy %3 percentage points")
                        .arg(coloured(ConfusionMatrixView::fixedColour(),
                                      tr("fixed: %1 (+%2 images)").arg(change.fixedClasses).arg(change.fixedImages)),
                             coloured(ConfusionMatrixView::brokenColour(),
                                      tr("broke: %1 (−%2 images)").arg(change.brokenClasses).arg(change.brokenImages)),
                             QStringLiteral("%1%2")
                                 .arg(delta >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
                                 .arg(std::abs(delta) * 100.0, 0, 'f', 1)));
}

void ConfusionPanel::retranslateUi() {
  sides_[Left].label->setText(tr("Left run"));
  sides_[Right].label->setText(tr("Right run"));
  sides_[Left].runs->setToolTip(tr("The run to compare against, by default the lower bound of the selected run's "
                                   "comparison; its matrix on the target's test split"));
  sides_[Right].runs->setToolTip(tr("The run compared: its diagonal cells are framed green where more images of "
                                    "the class are right than on the left, red where fewer are"));
  // A side without a matrix says why in words; a matrix repaints its own texts.
  for (const Side side : {Left, Right})
    if (!confusion(side))
      showSide(side);
  updateComparison();
}

} // namespace twb::ui
