#include "translation/TranslationPanel.h"

#include "common/CoreText.h"
#include "common/FitWidgets.h"
#include "common/PlotExport.h"
#include "common/RunLabel.h"
#include "translation/TranslationCapability.h"
#include "translation/TranslationDetail.h"
#include "translation/TranslationGridView.h"
#include "translation/TranslationImages.h"
#include "translation/TranslationTask.h"

#include "base/AtomicFile.h"
#include "methods/Registry.h"
#include "methods/translate/Translation.h"
#include "training/RunDirectory.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

#include <exception>
#include <utility>

namespace twb::ui {
namespace {

constexpr int kPollMs = 1000; // a run evaluates every few seconds at the fastest
constexpr int kStyles = 6;    // MUNIT translations of one image, side by side

// Where a run keeps what this tab reads (shared/CONTRACT.md, methods/translate/Translation.h).
QString latestGridPath(const QString& runDir) {
  return runDir + QStringLiteral("/samples/latest.png");
}
QString modelPath(const QString& runDir) {
  return runDir + QStringLiteral("/model.pt");
}

QString number(double value) {
  return QLocale().toString(value, 'g', 3);
}

} // namespace

TranslationPanel::TranslationPanel(QWidget* parent) : QWidget(parent) {
  setAcceptDrops(true);
  runLabel_ = new QLabel(this);
  runs_ = new QComboBox(this);
  runs_->setObjectName(QStringLiteral("translationRun"));
  runs_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  runs_->setMinimumContentsLength(14); // the whole name is in the popup and the tooltip
  showLabel_ = new QLabel(this);
  blocks_ = new QComboBox(this);
  blocks_->setObjectName(QStringLiteral("translationDirection"));
  blocks_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  blocks_->setMinimumContentsLength(10);
  for (int i = 0; i < 3; ++i)
    blocks_->addItem(QString(), i);
  step_ = new QLabel(this);
  step_->setObjectName(QStringLiteral("translationStep"));
  export_ = new QPushButton(this);
  export_->setObjectName(QStringLiteral("translationExport"));
  auto* top = new QHBoxLayout;
  top->addWidget(runLabel_);
  top->addWidget(runs_, 2);
  top->addWidget(showLabel_);
  top->addWidget(blocks_, 1);
  top->addWidget(step_);
  top->addWidget(export_);

  grid_ = new TranslationGridView(this);
  grid_->setObjectName(QStringLiteral("translationGrid"));
  detail_ = new TranslationDetail(this);
  detail_->setObjectName(QStringLiteral("translationDetail"));
  detail_->setMinimumWidth(220);
  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->setChildrenCollapsible(false);
  splitter->addWidget(grid_);
  splitter->addWidget(detail_);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);
  splitter_ = splitter;
  detail_->hide(); // until an image is chosen: the grid has the whole width

  // One line: the tab's height goes to the grid; the whole list is the line's tooltip.
  losses_ = new ElidedLabel(this, 20);
  losses_->setObjectName(QStringLiteral("translationLosses"));
  curvesLink_ = new QLabel(this);
  curvesLink_->setObjectName(QStringLiteral("translationCurvesLink"));
  curvesLink_->setTextFormat(Qt::RichText);
  connect(curvesLink_, &QLabel::linkActivated, this, &TranslationPanel::curvesRequested);
  auto* bottom = new QHBoxLayout;
  bottom->addWidget(losses_, 1);
  bottom->addWidget(curvesLink_);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->setSpacing(4);
  layout->addLayout(top);
  layout->addWidget(splitter, 1);
  layout->addLayout(bottom);

  connect(runs_, &QComboBox::currentIndexChanged, this, &TranslationPanel::onRunChosen);
  connect(blocks_, &QComboBox::currentIndexChanged, this, &TranslationPanel::onBlocksChosen);
  connect(grid_, &TranslationGridView::imageClicked, this, &TranslationPanel::onImageClicked);
  connect(detail_, &TranslationDetail::otherStylesRequested, this, [this] {
    if (!chosen_)
      return;
    ++chosen_->seed;
    translateChosen();
  });
  connect(detail_, &TranslationDetail::pickStyleToggled, this, &TranslationPanel::onPickStyle);
  connect(detail_, &TranslationDetail::closeRequested, this, &TranslationPanel::closeDetail);
  connect(export_, &QPushButton::clicked, this, [this] {
    plotexport::exportWithDialog(this, plotexport::ExportFormat::Png, tr("Export the translation grid"),
                                 QStringLiteral("translation-grid-step-%1").arg(gridStep_),
                                 [this](const QString& path) { return exportGrid(path); });
  });
  poll_.setInterval(kPollMs);
  connect(&poll_, &QTimer::timeout, this, [this] {
    checkForNewGrid();
    if (live_ && runDir() == liveDir_)
      updateLosses();
  });
  retranslateUi();
}

TranslationPanel::~TranslationPanel() {
  // The tasks first: each joins its thread while the panel is still whole.
  delete gridTask_;
  delete translateTask_;
}

void TranslationPanel::setRunProviders(std::function<std::vector<RunPtr>()> all,
                                       std::function<std::vector<RunPtr>()> selected) {
  allRuns_ = std::move(all);
  selectedRuns_ = std::move(selected);
}

QString TranslationPanel::runDir() const {
  return runs_->currentData().toString();
}

const twb::Experiment* TranslationPanel::shownExperiment() const {
  const QString dir = runDir();
  if (dir.isEmpty())
    return nullptr;
  if (const RunPtr run = records_.value(dir))
    return &run->experiment;
  return dir == liveDir_ ? &liveExperiment_ : nullptr;
}

std::vector<twb::MetricRow> TranslationPanel::shownRows() const {
  const QString dir = runDir();
  if (live_ && dir == liveDir_ && liveRows_)
    return liveRows_();
  if (const RunPtr run = records_.value(dir))
    return run->metrics;
  return dir == liveDir_ ? liveFinalRows_ : std::vector<twb::MetricRow>{};
}

QString TranslationPanel::domainName(bool target) const {
  const twb::Experiment* e = shownExperiment();
  if (!e)
    return target ? tr("target") : tr("source");
  return QString::fromStdString(target ? e->target.dataset : e->source.dataset);
}

// ---- which run -------------------------------------------------------------------

void TranslationPanel::refreshRuns() {
  if (allRuns_) {
    const QSignalBlocker quiet(runs_); // listing is no choice; what to show is decided below
    for (const RunPtr& run : allRuns_()) {
      if (!isTranslationRun(run->experiment))
        continue;
      const QString dir = QString::fromStdString(run->dir);
      records_.insert(dir, run);
      int index = runs_->findData(dir);
      if (index < 0) {
        runs_->addItem(QString(), dir);
        index = runs_->count() - 1;
      }
      runs_->setItemText(index, runLabel(*run)); // a live run, now written
      runs_->setItemData(index, runDescription(*run), Qt::ToolTipRole);
    }
  }
  // The selected translation run, when the selection changed; a live run stays.
  if (selectedRuns_ && !live_)
    for (const RunPtr& run : selectedRuns_()) {
      const QString dir = QString::fromStdString(run->dir);
      if (!records_.contains(dir))
        continue;
      if (dir != selectionShown_) {
        selectionShown_ = dir;
        runs_->setCurrentIndex(runs_->findData(dir));
      }
      break;
    }
  onRunChosen(); // the first run listed becomes current by itself
}

bool TranslationPanel::showRun(const QString& dir) {
  if (runs_->findData(dir) < 0) {
    try {
      auto run = std::make_shared<const twb::RunRecord>(twb::readRunDirectory(dir.toStdString()));
      if (!isTranslationRun(run->experiment))
        return false;
      records_.insert(dir, run);
      const QSignalBlocker quiet(runs_);
      runs_->insertItem(0, runLabel(*run), dir);
      runs_->setItemData(0, runDescription(*run), Qt::ToolTipRole);
    } catch (const std::exception&) {
      return false;
    }
  }
  runs_->setCurrentIndex(runs_->findData(dir));
  onRunChosen();
  return true;
}

void TranslationPanel::setLiveRun(const QString& runDir, const twb::Experiment& experiment,
                                  std::function<std::vector<twb::MetricRow>()> rows) {
  if (!isTranslationRun(experiment))
    return; // a baseline after it, or another method: the last translation run stays
  live_ = true;
  liveDir_ = runDir;
  liveExperiment_ = experiment;
  liveRows_ = std::move(rows);
  liveFinalRows_.clear();
  records_.remove(runDir);
  {
    const QSignalBlocker quiet(runs_);
    if (runs_->findData(runDir) < 0)
      runs_->insertItem(0, QString(), runDir);
    const twb::Method& method = twb::methodOf(experiment);
    const int index = runs_->findData(runDir);
    runs_->setItemText(
        index, tr("Live: %1 · %2").arg(coreText(method.label(experiment)), coreText(method.datasets(experiment))));
    runs_->setItemData(index, QDir::toNativeSeparators(runDir), Qt::ToolTipRole);
    runs_->setCurrentIndex(index);
  }
  onRunChosen();
  emit liveTranslationStarted();
}

void TranslationPanel::liveRunEnded() {
  if (!live_)
    return;
  live_ = false;
  if (liveRows_)
    liveFinalRows_ = liveRows_(); // the curves view moves on to the next run
  liveRows_ = nullptr;
  checkForNewGrid();
  updateLosses();
}

void TranslationPanel::onRunChosen() {
  const QString dir = runDir();
  if (dir == shownDir_ && !dir.isEmpty())
    return;
  shownDir_ = dir;
  grid_->clearGrid();
  gridStep_ = -1;
  gridModified_ = {};
  gridBytes_ = -1;
  gridError_.clear();
  model_.reset();
  closeDetail();
  retranslateUi(); // the directions' names are the run's domains
  showNoGrid();    // until its grid is read
  checkForNewGrid();
  updateLosses();
}

// ---- the grid --------------------------------------------------------------------

void TranslationPanel::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  refreshRuns();
  checkForNewGrid();
  updateLosses();
  poll_.start();
}

void TranslationPanel::hideEvent(QHideEvent* event) {
  poll_.stop(); // nothing to redraw unseen; showEvent looks again
  QWidget::hideEvent(event);
}

void TranslationPanel::checkForNewGrid() {
  const QString dir = runDir();
  if (dir.isEmpty())
    return;
  const QFileInfo latest(latestGridPath(dir));
  if (!latest.exists()) {
    if (!grid_->hasGrid())
      showNoGrid();
    return;
  }
  if (latest.lastModified() == gridModified_ && latest.size() == gridBytes_)
    return;
  loadGrid();
}

void TranslationPanel::loadGrid() {
  if (gridTask_) {
    gridDirty_ = true; // read again once this one is in
    return;
  }
  const QString dir = runDir();
  const QFileInfo latest(latestGridPath(dir)); // as it is before reading: a newer one is read at the next look
  const QDateTime modified = latest.lastModified();
  const qint64 bytes = latest.exists() ? latest.size() : -1;
  gridTask_ = new TranslationTask(
      [this, dir, modified, bytes]() -> TranslationTask::Delivery {
        twb::SampleGridLayout layout;
        QImage image;
        QString error;
        try {
          layout = twb::latestSampleGrid(dir.toStdString());
          if (!layout.path.empty() && !image.load(QString::fromStdString(layout.path)))
            error = tr("%1 cannot be read as an image").arg(QString::fromStdString(layout.path));
        } catch (const std::exception& e) {
          error = errorText(e);
        }
        return [this, dir, modified, bytes, layout, image, error] {
          gridTask_ = nullptr;
          if (dir == runDir()) {
            gridModified_ = modified;
            gridBytes_ = bytes;
            gridError_ = error;
            if (image.isNull() || !error.isEmpty()) {
              grid_->clearGrid();
              showNoGrid();
            } else {
              const std::int64_t before = gridStep_;
              grid_->setGrid(image, layout);
              gridStep_ = layout.step;
              updateStepText();
              export_->setEnabled(true);
              // A newer checkpoint: what is chosen is translated by it.
              if (chosen_ && before >= 0 && before != gridStep_)
                translateChosen();
            }
            updateLosses();
            emit gridShown();
          }
          if (std::exchange(gridDirty_, false))
            checkForNewGrid();
        };
      },
      this);
  connect(gridTask_, &TranslationTask::finished, gridTask_, &QObject::deleteLater);
  gridTask_->start();
}

void TranslationPanel::showNoGrid() {
  gridStep_ = -1;
  export_->setEnabled(false);
  updateStepText();
  const twb::Experiment* e = shownExperiment();
  if (!gridError_.isEmpty()) {
    grid_->setMessage(gridError_);
  } else if (!e) {
    QStringList titles;
    for (const twb::Method* m : twb::allMethods())
      if (translatesImages(*m))
        titles << QStringLiteral("“%1”").arg(coreText(m->title()));
    grid_->setMessage(tr("No translation run yet. Choose the method %1 in the Experiment panel and press Start, "
                         "or open a translation run's directory with File > Open Run.")
                          .arg(titles.join(QStringLiteral(", "))));
  } else {
    grid_->setMessage(tr("No sample grid yet: the run draws one at each evaluation, every %1 steps.")
                          .arg(QLocale().toString(static_cast<qlonglong>(e->eval.every))));
  }
  emit gridShown();
}

void TranslationPanel::onBlocksChosen() {
  grid_->setBlocks(static_cast<TranslationGridView::Blocks>(blocks_->currentData().toInt()));
}

QString TranslationPanel::exportGrid(const QString& path) const {
  const QImage image = grid_->render();
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  if (image.isNull() || !image.save(&buffer, "PNG"))
    return tr("There is no grid to export.");
  try {
    twb::writeFileAtomic(QFile::encodeName(path).toStdString(), bytes.toStdString());
  } catch (const std::exception&) {
    return tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
  }
  return {};
}

void TranslationPanel::updateStepText() {
  const twb::Experiment* e = shownExperiment();
  step_->setText(gridStep_ >= 0 && e ? tr("step %1 of %2")
                                           .arg(QLocale().toString(static_cast<qlonglong>(gridStep_)),
                                                QLocale().toString(static_cast<qlonglong>(e->training.steps)))
                                     : QString());
  step_->setToolTip(tr("The training step the grid was drawn at; the run draws a new one at each evaluation"));
}

void TranslationPanel::updateLosses() {
  const twb::Experiment* e = shownExperiment();
  curvesLink_->setVisible(e != nullptr);
  if (!e) {
    losses_->setText({});
    return;
  }
  const std::vector<twb::MetricRow> rows = shownRows();
  QStringList values;
  std::int64_t step = -1;
  for (const twb::MetricInfo& info : twb::methodOf(*e).metrics()) {
    if (info.plot != twb::MetricPlot::Losses)
      continue;
    for (auto row = rows.rbegin(); row != rows.rend(); ++row) {
      double value = 0.0;
      if (row->find(info.name, value)) {
        values << QStringLiteral("%1 %2").arg(coreText(info.title), number(value));
        step = std::max(step, row->step);
        break;
      }
    }
  }
  losses_->setText(values.isEmpty() ? tr("No losses logged yet.")
                                    : tr("Step %1: %2")
                                          .arg(QLocale().toString(static_cast<qlonglong>(step)),
                                               values.join(QStringLiteral(" · "))));
}

// ---- one image translated --------------------------------------------------------

void TranslationPanel::onImageClicked(bool target, int column) {
  const QImage image = grid_->testImage(target, column);
  if (image.isNull())
    return;
  if (detail_->isPickingStyle()) {
    if (chosen_ && target != chosen_->fromTarget) { // a style of the domain it is translated into
      chosen_->style = image;
      detail_->setPickingStyle(false);
      translateChosen();
    }
    return;
  }
  grid_->setChosen(target, column);
  choose(image, tr("%1 test image, column %2").arg(domainName(target)).arg(column + 1), target);
}

void TranslationPanel::translateImage(const QImage& image, const QString& what) {
  if (runDir().isEmpty() || image.isNull())
    return;
  if (detail_->isPickingStyle() && chosen_) {
    chosen_->style = image;
    detail_->setPickingStyle(false);
    translateChosen();
    return;
  }
  grid_->setChosen(false, -1);
  // Taken for an image of the domain whose test images the grid shows.
  choose(image, what, grid_->blocks() == TranslationGridView::Blocks::Target);
}

void TranslationPanel::closeDetail() {
  chosen_.reset();
  ++generation_; // a translation under way is no longer wanted
  detail_->setPickingStyle(false);
  detail_->clear();
  detail_->hide();
  grid_->setChosen(false, -1);
  grid_->setHint(tr("Click an image to translate it, or drop an image file on this tab."));
}

void TranslationPanel::choose(const QImage& image, const QString& what, bool fromTarget) {
  if (detail_->isHidden()) {
    detail_->show();
    const int width = splitter_->width();
    splitter_->setSizes({width * 3 / 5, width - width * 3 / 5});
    grid_->setHint({}); // the detail says it
  }
  Chosen c;
  c.input = image;
  c.what = what;
  c.fromTarget = fromTarget;
  chosen_ = c;
  detail_->showInput(image, what, domainName(fromTarget), domainName(!fromTarget));
  translateChosen();
}

void TranslationPanel::onPickStyle(bool on) {
  if (on && chosen_) {
    blocksBeforePick_ = blocks_->currentIndex();
    // The images whose style can be taken: those of the domain it is translated into.
    blocks_->setCurrentIndex(chosen_->fromTarget ? 0 : 1);
  } else if (!on && blocksBeforePick_ >= 0) {
    blocks_->setCurrentIndex(std::exchange(blocksBeforePick_, -1));
  }
}

void TranslationPanel::translateChosen() {
  if (!chosen_)
    return;
  ++generation_;
  startTranslation();
}

void TranslationPanel::startTranslation() {
  if (translateTask_) {
    translationPending_ = true; // the newest wish is asked for when this one is in
    return;
  }
  if (!chosen_)
    return;
  const Chosen c = *chosen_;
  const QString dir = runDir();
  const std::uint64_t generation = generation_;
  std::shared_ptr<twb::TranslationModel> cached = model_;
  const QDateTime cachedModified = modelModified_;
  translateTask_ = new TranslationTask(
      [this, c, dir, generation, cached, cachedModified]() -> TranslationTask::Delivery {
        std::shared_ptr<twb::TranslationModel> model = cached;
        const QDateTime modified = QFileInfo(modelPath(dir)).lastModified();
        std::vector<QImage> outputs;
        QImage back, styled;
        bool multimodal = false;
        std::int64_t step = -1;
        QString error;
        try {
          if (!model || model->runDir() != dir.toStdString() || modified != cachedModified)
            model = std::make_shared<twb::TranslationModel>(dir.toStdString());
          multimodal = model->multimodal();
          step = model->step();
          const auto direction =
              c.fromTarget ? twb::TranslationDirection::TargetToSource : twb::TranslationDirection::SourceToTarget;
          const twb::TranslationImage input = toTranslationImage(c.input, model->side());
          const auto translated = model->translate({input}, direction, multimodal ? kStyles : 1, c.seed);
          outputs = toQImages(translated);
          if (!multimodal && !translated.empty()) { // UNIT: and back again, the cycle
            const auto backward =
                c.fromTarget ? twb::TranslationDirection::SourceToTarget : twb::TranslationDirection::TargetToSource;
            back = toQImage(model->translate({translated.front()}, backward).front());
          }
          if (multimodal && !c.style.isNull())
            styled = toQImage(
                model->translateInStyleOf({input}, direction, toTranslationImage(c.style, model->side())).front());
        } catch (const std::exception& e) {
          error = errorText(e);
        }
        return [this, c, dir, generation, model, modified, outputs, back, styled, multimodal, step, error] {
          translateTask_ = nullptr;
          if (model && dir == runDir()) {
            model_ = model;
            modelModified_ = modified;
          }
          if (generation == generation_ && dir == runDir()) {
            if (!error.isEmpty()) {
              detail_->showError(error);
            } else {
              detail_->showTranslations(outputs, back, multimodal, c.seed, step);
              if (!c.style.isNull())
                detail_->showStyled(c.style, styled);
            }
            emit translationShown();
          }
          if (std::exchange(translationPending_, false))
            startTranslation();
        };
      },
      this);
  connect(translateTask_, &TranslationTask::finished, translateTask_, &QObject::deleteLater);
  translateTask_->start();
}

// ---- dropped files, language -----------------------------------------------------

void TranslationPanel::dragEnterEvent(QDragEnterEvent* event) {
  const QMimeData* data = event->mimeData();
  const bool file = data->hasUrls() && !data->urls().isEmpty() && data->urls().front().isLocalFile();
  if (!runDir().isEmpty() && grid_->hasGrid() && (file || data->hasImage()))
    event->acceptProposedAction();
}

void TranslationPanel::dropEvent(QDropEvent* event) {
  const QMimeData* data = event->mimeData();
  QImage image;
  QString name;
  if (data->hasUrls() && !data->urls().isEmpty() && data->urls().front().isLocalFile()) {
    const QString path = data->urls().front().toLocalFile();
    name = QFileInfo(path).fileName();
    if (!image.load(path)) {
      detail_->showError(tr("%1 cannot be read as an image").arg(name));
      return;
    }
  } else if (data->hasImage()) {
    image = qvariant_cast<QImage>(data->imageData());
    name = tr("the dropped image");
  }
  if (image.isNull())
    return;
  event->acceptProposedAction();
  translateImage(image, name);
}

void TranslationPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void TranslationPanel::retranslateUi() {
  runLabel_->setText(tr("Run"));
  runs_->setToolTip(tr("The translation run whose grid is shown: the live one, or any listed in the Runs dock"));
  showLabel_->setText(tr("Show"));
  const QString source = domainName(false), target = domainName(true);
  blocks_->setItemText(0, tr("%1 → %2").arg(source, target));
  blocks_->setItemText(1, tr("%1 → %2").arg(target, source));
  blocks_->setItemText(2, tr("Both directions"));
  if (detail_->isHidden())
    grid_->setHint(tr("Click an image to translate it, or drop an image file on this tab."));
  blocks_->setToolTip(tr("Which test images the grid shows: each row is what the model made of them "
                         "(translated, reconstructed in their own domain, translated there and back)"));
  curvesLink_->setText(QStringLiteral("<a href=\"#curves\">%1</a>").arg(tr("All curves…")));
  curvesLink_->setToolTip(tr("The losses' curves, GAN, reconstruction, KL and cycle, are in the Curves tab"));
  export_->setText(tr("Export PNG…"));
  export_->setToolTip(tr("Save the grid as shown, with the rows' names, as a PNG image"));
  if (live_ && runs_->findData(liveDir_) >= 0) {
    const twb::Method& method = twb::methodOf(liveExperiment_);
    runs_->setItemText(
        runs_->findData(liveDir_),
        tr("Live: %1 · %2").arg(coreText(method.label(liveExperiment_)), coreText(method.datasets(liveExperiment_))));
  }
  updateStepText();
  if (!grid_->hasGrid())
    showNoGrid();
  updateLosses();
}

} // namespace twb::ui
