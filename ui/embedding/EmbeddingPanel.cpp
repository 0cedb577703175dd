#include "EmbeddingPanel.h"

#include "EmbeddingExport.h"
#include "EmbeddingImages.h"
#include "EmbeddingScatter.h"
#include "PinnedEmbedding.h"
#include "MessageBoxes.h"
#include "SettingsKeys.h"

#include "base/Errors.h"
#include "training/RunDirectory.h"
#include "zeroshot/ClassDescriptions.h"
#include "zeroshot/DescribeClass.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace twb::ui {

namespace {

enum LegendRole { kLegendKind = Qt::UserRole + 1 };
constexpr int kSourceItem = -1, kTargetItem = -2, kDescriptionItem = -3;
constexpr std::size_t kDescribedImages = 10; // images highlighted for a described class
constexpr int kSelectionCap = 400;           // thumbnails shown for a rectangle selection

QListWidget* thumbnailList(QWidget* parent, const char* name) {
  auto* list = new QListWidget(parent);
  list->setObjectName(QString::fromLatin1(name));
  list->setViewMode(QListView::IconMode);
  list->setIconSize(QSize(56, 56));
  list->setGridSize(QSize(72, 84));
  list->setResizeMode(QListView::Adjust);
  list->setMovement(QListView::Static);
  list->setUniformItemSizes(true);
  return list;
}

} // namespace

EmbeddingPanel::EmbeddingPanel(QWidget* parent) : QWidget(parent) {
  buildUi();
  redraw_ = new QTimer(this);
  redraw_->setInterval(40); // at most 25 redraws a second, however fast t-SNE reports
  connect(redraw_, &QTimer::timeout, this, &EmbeddingPanel::drainLayout);
  retranslateUi();
  setRunning(false);
}

EmbeddingPanel::~EmbeddingPanel() = default; // the job's destructor stops and joins its thread

void EmbeddingPanel::buildUi() {
  runCombo_ = new QComboBox(this);
  runCombo_->setObjectName(QStringLiteral("embeddingRun"));
  runCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  runCombo_->setMinimumContentsLength(18);
  openButton_ = new QPushButton(this);
  layerCombo_ = new QComboBox(this);
  layerCombo_->setObjectName(QStringLiteral("embeddingLayer"));
  perplexity_ = new QDoubleSpinBox(this);
  perplexity_->setRange(2, 100);
  perplexity_->setDecimals(0);
  perplexity_->setValue(30);
  iterations_ = new QSpinBox(this);
  iterations_->setRange(50, 5000);
  iterations_->setSingleStep(250);
  iterations_->setValue(1000);
  seed_ = new QSpinBox(this);
  seed_->setRange(1, 1000000);
  maxPoints_ = new QSpinBox(this);
  maxPoints_->setRange(0, 20000);
  maxPoints_->setSingleStep(500);
  maxPoints_->setValue(1000);
  runButton_ = new QPushButton(this);
  runButton_->setObjectName(QStringLiteral("embeddingRunButton"));
  stopButton_ = new QPushButton(this);
  stopButton_->setObjectName(QStringLiteral("embeddingStopButton"));
  pinButton_ = new QPushButton(this);
  pinButton_->setObjectName(QStringLiteral("embeddingPinButton"));
  pinButton_->setEnabled(false); // nothing to pin before a map is drawn
  exportButton_ = new QToolButton(this);
  exportButton_->setPopupMode(QToolButton::InstantPopup);
  auto* exportMenu = new QMenu(exportButton_);
  exportCsvAction_ = exportMenu->addAction(QString());
  exportPngAction_ = exportMenu->addAction(QString());
  exportPdfAction_ = exportMenu->addAction(QString());
  exportProjectorAction_ = exportMenu->addAction(QString());
  connect(exportCsvAction_, &QAction::triggered, this,
          [this] { exportWithDialog(QStringLiteral("CSV (*.csv)"), QStringLiteral("csv")); });
  connect(exportPngAction_, &QAction::triggered, this,
          [this] { exportWithDialog(QStringLiteral("PNG (*.png)"), QStringLiteral("png")); });
  connect(exportPdfAction_, &QAction::triggered, this,
          [this] { exportWithDialog(QStringLiteral("PDF (*.pdf)"), QStringLiteral("pdf")); });
  connect(exportProjectorAction_, &QAction::triggered, this, [this] {
    const QString dir = QFileDialog::getSaveFileName(this, exportProjectorAction_->text(),
                                                     settings::lastRunDirectory.get() + QStringLiteral("/projector"));
    if (dir.isEmpty())
      return;
    const QString error = exportProjector(dir);
    if (!error.isEmpty())
      showError(this, tr("Export"), error);
  });
  exportProjectorAction_->setObjectName(QStringLiteral("exportEmbeddingProjector"));
  exportButton_->setMenu(exportMenu);

  auto* form = new QFormLayout;
  auto* runRow = new QHBoxLayout;
  runRow->addWidget(runCombo_, 1);
  runRow->addWidget(openButton_);
  QWidget* fields[] = {layerCombo_, perplexity_, iterations_, seed_, maxPoints_};
  for (auto*& label : settingsLabels_)
    label = new QLabel(this);
  // The run's name is long (date, time, method, seed): it gets a row of its own.
  form->addRow(settingsLabels_[0]);
  form->addRow(runRow);
  for (int i = 0; i < 5; ++i)
    form->addRow(settingsLabels_[i + 1], fields[i]);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(runButton_);
  buttons->addWidget(stopButton_);
  buttons->addWidget(pinButton_);
  buttons->addWidget(exportButton_);
  form->addRow(buttons);

  numbers_ = new QLabel(this);
  numbers_->setObjectName(QStringLiteral("embeddingNumbers"));
  numbers_->setWordWrap(true);
  numbers_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  numbers_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  legend_ = new QListWidget(this);
  legend_->setObjectName(QStringLiteral("embeddingLegend"));
  legend_->setIconSize(QSize(10, 10));

  describeBox_ = new QGroupBox(this);
  describeBox_->setObjectName(QStringLiteral("embeddingDescribeBox"));
  describeEdit_ = new QLineEdit(describeBox_);
  describeEdit_->setObjectName(QStringLiteral("embeddingDescribeEdit"));
  describeEdit_->setClearButtonEnabled(true);
  describeButton_ = new QPushButton(describeBox_);
  describeButton_->setObjectName(QStringLiteral("embeddingDescribeButton"));
  describeHint_ = new QLabel(describeBox_);
  describeHint_->setWordWrap(true);
  describeHint_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* describeRow = new QHBoxLayout;
  describeRow->addWidget(describeEdit_, 1);
  describeRow->addWidget(describeButton_);
  auto* describeLayout = new QVBoxLayout(describeBox_);
  describeLayout->addLayout(describeRow);
  describeLayout->addWidget(describeHint_);
  describeBox_->hide();
  connect(describeButton_, &QPushButton::clicked, this, [this] { describeNewClass(describeEdit_->text()); });
  connect(describeEdit_, &QLineEdit::returnPressed, this, [this] { describeNewClass(describeEdit_->text()); });

  auto* left = new QWidget(this);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addLayout(form);
  leftLayout->addWidget(numbers_);
  leftLayout->addWidget(describeBox_);
  leftLayout->addWidget(legend_, 1);
  left->setMinimumWidth(250);

  scatter_ = new EmbeddingScatter(this);
  scatter_->setObjectName(QStringLiteral("embeddingScatter"));
  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("embeddingStatus"));
  // Wrapped, so a long status ("Done: ... all 1,000 source and all 1,000 target test
  // images") takes a second line instead of widening the window past the screen.
  status_->setWordWrap(true);
  pinned_ = new PinnedEmbedding(this);
  // With a map pinned, the live one gets the same caption, so each says what it is.
  liveCaption_ = new QLabel(this);
  liveCaption_->setObjectName(QStringLiteral("liveCaption"));
  liveCaption_->setWordWrap(true);
  liveCaption_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  liveCaption_->hide();
  auto* live = new QWidget(this);
  auto* liveLayout = new QVBoxLayout(live);
  liveLayout->setContentsMargins(0, 0, 0, 0);
  liveLayout->addWidget(liveCaption_);
  liveLayout->addWidget(scatter_, 1);
  maps_ = new QSplitter(Qt::Horizontal, this);
  maps_->setChildrenCollapsible(false);
  maps_->addWidget(pinned_);
  maps_->addWidget(live);
  auto* middle = new QWidget(this);
  auto* middleLayout = new QVBoxLayout(middle);
  middleLayout->setContentsMargins(0, 0, 0, 0);
  middleLayout->addWidget(maps_, 1);
  middleLayout->addWidget(status_);

  sideTabs_ = new QTabWidget(this);
  auto* nPage = new QWidget(sideTabs_);
  auto* nLayout = new QVBoxLayout(nPage);
  neighbourTitle_ = new QLabel(nPage);
  neighbourTitle_->setWordWrap(true);
  neighbours_ = thumbnailList(nPage, "embeddingNeighbours");
  nLayout->addWidget(neighbourTitle_);
  nLayout->addWidget(neighbours_, 1);
  auto* sPage = new QWidget(sideTabs_);
  auto* sLayout = new QVBoxLayout(sPage);
  selectionTitle_ = new QLabel(sPage);
  selectionTitle_->setWordWrap(true);
  selection_ = thumbnailList(sPage, "embeddingSelection");
  sLayout->addWidget(selectionTitle_);
  sLayout->addWidget(selection_, 1);
  sideTabs_->addTab(nPage, QString());
  sideTabs_->addTab(sPage, QString());
  sideTabs_->setMinimumWidth(240);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->addWidget(left);
  splitter->addWidget(middle);
  splitter->addWidget(sideTabs_);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes({270, 700, 260});
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(splitter);

  connect(runCombo_, &QComboBox::currentIndexChanged, this, &EmbeddingPanel::onRunChosen);
  connect(runCombo_, &QComboBox::currentIndexChanged, this,
          [this] { runCombo_->setToolTip(runCombo_->currentData().toString()); });
  connect(openButton_, &QPushButton::clicked, this, &EmbeddingPanel::openRunDialog);
  connect(runButton_, &QPushButton::clicked, this, &EmbeddingPanel::run);
  connect(stopButton_, &QPushButton::clicked, this, &EmbeddingPanel::stop);
  connect(pinButton_, &QPushButton::clicked, this, &EmbeddingPanel::pinMap);
  connect(pinned_, &PinnedEmbedding::unpinned, liveCaption_, &QLabel::hide);
  connect(layerCombo_, &QComboBox::currentIndexChanged, this, &EmbeddingPanel::onSettingChanged);
  connect(perplexity_, &QDoubleSpinBox::valueChanged, this, &EmbeddingPanel::onSettingChanged);
  for (QSpinBox* box : {iterations_, seed_, maxPoints_})
    connect(box, &QSpinBox::valueChanged, this, &EmbeddingPanel::onSettingChanged);
  connect(legend_, &QListWidget::itemChanged, this, &EmbeddingPanel::onLegendItemChanged);
  connect(scatter_, &EmbeddingScatter::pointClicked, this, &EmbeddingPanel::showNeighbours);
  connect(scatter_, &EmbeddingScatter::pointsSelected, this, &EmbeddingPanel::showSelection);
  connect(neighbours_, &QListWidget::itemClicked, this,
          [this](QListWidgetItem* item) { showNeighbours(item->data(Qt::UserRole).toInt()); });
}

void EmbeddingPanel::retranslateUi() {
  openButton_->setText(tr("Open…"));
  openButton_->setToolTip(tr("Embed a run directory from disk"));
  const char* labels[] = {QT_TR_NOOP("Run"),        QT_TR_NOOP("Layer"), QT_TR_NOOP("Perplexity"),
                          QT_TR_NOOP("Iterations"), QT_TR_NOOP("Seed"),  QT_TR_NOOP("Images per domain")};
  for (int i = 0; i < 6; ++i)
    settingsLabels_[i]->setText(tr(labels[i]));
  layerCombo_->setToolTip(tr("conv2 is the feature layer DANN aligns; fc1 and fc2 are the label predictor's; "
                             "joint (zero-shot runs) is the space of image and class embeddings"));
  describeBox_->setTitle(tr("Describe a new class"));
  describeButton_->setText(tr("Find"));
  describeEdit_->setPlaceholderText(tr("attributes, e.g. red circle filled=0.5"));
  maxPoints_->setSpecialValueText(tr("all"));
  maxPoints_->setToolTip(tr("Test images drawn at random (with the seed) from each domain; 0 takes all"));
  runButton_->setText(tr("Run"));
  stopButton_->setText(tr("Stop"));
  pinButton_->setText(tr("Pin"));
  pinButton_->setToolTip(tr("Keep this map beside the next one, to compare two runs or two layers"));
  exportButton_->setText(tr("Export"));
  exportCsvAction_->setText(tr("Coordinates as CSV…"));
  exportPngAction_->setText(tr("Picture as PNG…"));
  exportPdfAction_->setText(tr("Picture as PDF…"));
  exportProjectorAction_->setText(tr("Export Embedding for TensorBoard…"));
  sideTabs_->setTabText(0, tr("Neighbours"));
  sideTabs_->setTabText(1, tr("Selection"));
  if (neighbours_->count() == 0)
    neighbourTitle_->setText(tr("Click a point to list its nearest neighbours in feature space."));
  if (selection_->count() == 0)
    selectionTitle_->setText(tr("Shift+drag to lasso points, or drag a rectangle with the right button."));
  if (!isRunning() && !features_)
    status_->setText(tr("Choose a trained run and a layer, then Run. Wheel zooms, drag pans, double-click fits."));
  fillLegend();
  if (features_) // translated text, so read again on a language switch
    recipe_ = recipeFor(*features_);
  updateNumbers();
  updateDescribeBox();
}

void EmbeddingPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void EmbeddingPanel::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  refreshRuns();
}

void EmbeddingPanel::setRunProvider(std::function<std::vector<RunPtr>()> provider) {
  runProvider_ = std::move(provider);
  refreshRuns();
}

void EmbeddingPanel::refreshRuns() {
  if (!runProvider_)
    return;
  const QString current = runCombo_->currentData().toString();
  fillingControls_ = true;
  for (const RunPtr& run : runProvider_()) {
    const QString dir = QString::fromStdString(run->dir);
    if (runCombo_->findData(dir) < 0 && QFileInfo::exists(dir + QStringLiteral("/model.pt")))
      runCombo_->addItem(runLabel(*run), dir);
  }
  fillingControls_ = false;
  if (current.isEmpty() && runCombo_->count() > 0)
    onRunChosen();
}

bool EmbeddingPanel::openRun(const QString& dir, QString* error) {
  const QString clean = QDir::cleanPath(dir);
  try {
    twb::runLayerNames(clean.toStdString());
  } catch (const std::exception& e) {
    if (error)
      *error = QString::fromStdString(e.what());
    return false;
  }
  int index = runCombo_->findData(clean);
  if (index < 0) {
    runCombo_->addItem(QFileInfo(clean).fileName(), clean);
    index = runCombo_->count() - 1;
  }
  runCombo_->setCurrentIndex(index);
  onRunChosen();
  return true;
}

void EmbeddingPanel::openRunDialog() {
  const QString dir =
      QFileDialog::getExistingDirectory(this, tr("Open a Trained Run"), settings::lastRunDirectory.get());
  if (dir.isEmpty())
    return;
  QString error;
  if (!openRun(dir, &error))
    showError(this, tr("Open Run"), error);
}

void EmbeddingPanel::onRunChosen() {
  if (fillingControls_)
    return;
  const QString dir = runCombo_->currentData().toString();
  const QString previous = layerCombo_->currentText();
  fillingControls_ = true;
  layerCombo_->clear();
  try {
    for (const auto& name : twb::runLayerNames(dir.toStdString()))
      layerCombo_->addItem(QString::fromStdString(name));
  } catch (const std::exception& e) {
    status_->setText(QString::fromStdString(e.what()));
  }
  // A zero-shot run's joint space, else the layer kept across runs, else the
  // features DANN aligns, else the last hidden layer.
  int layer = layerCombo_->findText(QString::fromLatin1(twb::kJointLayer));
  if (layer < 0)
    layer = layerCombo_->findText(previous);
  if (layer < 0)
    layer = layerCombo_->findText(QStringLiteral("conv2"));
  layerCombo_->setCurrentIndex(layer >= 0 ? layer : std::max(0, layerCombo_->count() - 2));
  fillingControls_ = false;
  onSettingChanged();
}

void EmbeddingPanel::setLayer(const QString& layer) {
  layerCombo_->setCurrentIndex(layerCombo_->findText(layer));
}
void EmbeddingPanel::setMaxPerDomain(int count) {
  maxPoints_->setValue(count);
}
void EmbeddingPanel::setIterations(int iterations) {
  iterations_->setValue(iterations);
}
void EmbeddingPanel::setPerplexity(double perplexity) {
  perplexity_->setValue(perplexity);
}
void EmbeddingPanel::setSeed(int seed) {
  seed_->setValue(seed);
}

bool EmbeddingPanel::isRunning() const {
  return job_ && job_->isRunning();
}

void EmbeddingPanel::onSettingChanged() {
  if (fillingControls_ || !isRunning() || restartQuestion_)
    return;
  // Asked once, without blocking (the map keeps moving meanwhile); the answer reads
  // whatever the controls hold by then.
  restartQuestion_ =
      new QMessageBox(QMessageBox::Question, tr("Embedding"),
                      tr("The map is still being computed with the old settings. Restart it with the new ones?"),
                      QMessageBox::NoButton, this);
  restartQuestion_->setObjectName(QStringLiteral("embeddingRestartQuestion"));
  QPushButton* restart = restartQuestion_->addButton(tr("Restart"), QMessageBox::AcceptRole);
  restartQuestion_->addButton(tr("Keep Running"), QMessageBox::RejectRole);
  restartQuestion_->setWindowModality(Qt::WindowModal);
  restartQuestion_->setAttribute(Qt::WA_DeleteOnClose);
  connect(restartQuestion_, &QMessageBox::finished, this, [this, restart] {
    const bool again = restartQuestion_->clickedButton() == restart;
    restartQuestion_ = nullptr;
    if (again)
      run();
  });
  restartQuestion_->open();
}

void EmbeddingPanel::run() {
  const QString dir = runCombo_->currentData().toString();
  if (dir.isEmpty() || layerCombo_->currentText().isEmpty()) {
    status_->setText(tr("Choose a trained run first (Open… or the Runs list)."));
    return;
  }
  twb::EmbeddingRequest req;
  req.runDir = dir.toStdString();
  req.layer = layerCombo_->currentText().toStdString();
  req.maxPerDomain = static_cast<std::size_t>(maxPoints_->value());
  req.seed = static_cast<std::uint64_t>(seed_->value());
  twb::TsneParams p;
  p.perplexity = perplexity_->value();
  p.iterations = iterations_->value();
  plannedIterations_ = p.iterations;
  stop_ = {};
  p.seed = req.seed;
  p.reportEvery = 5;
  // The same features again (only t-SNE's settings changed): skip the extraction.
  EmbeddingPtr reuse;
  if (features_ && features_->runDir == req.runDir && features_->layer == req.layer && job_ &&
      job_->request().maxPerDomain == req.maxPerDomain && job_->request().seed == req.seed)
    reuse = features_;
  job_.reset(); // stops and joins the previous one; its queued signals die with it
  job_ = std::make_unique<EmbeddingJob>(req, p, reuse);
  connect(job_.get(), &EmbeddingJob::featuresReady, this, &EmbeddingPanel::onFeaturesReady);
  connect(job_.get(), &EmbeddingJob::finished, this, &EmbeddingPanel::onFinished);
  connect(job_.get(), &EmbeddingJob::failed, this, &EmbeddingPanel::onFailed);
  status_->setText(reuse ? tr("Running t-SNE…") : tr("Extracting %1 features…").arg(layerCombo_->currentText()));
  job_->start();
  setRunning(true);
}

void EmbeddingPanel::stop() {
  if (job_)
    job_->stop();
}

void EmbeddingPanel::setRunning(bool running) {
  runButton_->setEnabled(!running);
  stopButton_->setEnabled(running);
  updatePinButton(running);
  if (running)
    redraw_->start();
  else
    redraw_->stop();
  emit runningChanged(running);
}

void EmbeddingPanel::onFeaturesReady() {
  const bool same = features_ == job_->features();
  features_ = job_->features();
  if (!same) {
    scatter_->setData(features_);
    describeHint_->setProperty("error", false);
    neighbours_->clear();
    selection_->clear();
    retranslateUi(); // resets the side titles, reads the recipe
  }
  lastLayout_ = {};
  status_->setText(tr("Running t-SNE on %1…").arg(QString::fromStdString(features_->countsText())));
  fillLegend();
  updateNumbers();
}

void EmbeddingPanel::drainLayout() {
  if (!job_ || !job_->takeLayout(lastLayout_))
    return;
  scatter_->setLayout(lastLayout_.coords);
  status_->setText(tr("Iteration %1 of %2, KL divergence %3")
                       .arg(lastLayout_.iteration)
                       .arg(job_->params().iterations)
                       .arg(lastLayout_.kl, 0, 'f', 3));
  emit layoutShown(lastLayout_.iteration);
}

void EmbeddingPanel::updatePinButton(bool running) {
  pinButton_->setEnabled(!running && features_ && lastLayout_.iteration > 0);
}

void EmbeddingPanel::pinMap() {
  if (!pinButton_->isEnabled())
    return;
  const bool wasPinned = pinned_->isPinned();
  pinned_->pin(features_, lastLayout_.coords,
               [data = features_, stop = stop_] { return captionFor(*data, recipeFor(*data), stop); });
  applyLegend(*pinned_->scatter());
  liveCaption_->show();
  if (!wasPinned) { // half the room each: two maps compared at the same size
    const int half = maps_->width() / 2;
    maps_->setSizes({half, maps_->width() - half});
  }
}

void EmbeddingPanel::onFinished(bool stopped) {
  drainLayout();
  stop_ = stopped && lastLayout_.iteration < plannedIterations_ ? MapStop{lastLayout_.iteration, plannedIterations_}
                                                                 : MapStop{};
  setRunning(false);
  updateNumbers();
  if (stopped)
    status_->setText(lastLayout_.iteration > 0 ? tr("Stopped at iteration %1 (KL divergence %2).")
                                                     .arg(lastLayout_.iteration)
                                                     .arg(lastLayout_.kl, 0, 'f', 3)
                                               : tr("Stopped."));
  else
    status_->setText(tr("Done: %1 iterations, KL divergence %2. %3")
                         .arg(lastLayout_.iteration)
                         .arg(lastLayout_.kl, 0, 'f', 3)
                         .arg(QString::fromStdString(features_ ? features_->countsText() : std::string())));
}

void EmbeddingPanel::onFailed(const QString& message) {
  setRunning(false);
  status_->setText(message);
  emit failed(message);
}

void EmbeddingPanel::updateNumbers() {
  liveCaption_->setText(captionText());
  if (!features_) {
    numbers_->setText(tr("<i>Domain mixing and class separation appear here once features are extracted.</i>"));
    return;
  }
  const twb::EmbeddingData& d = *features_;
  QString tsne;
  if (job_ && job_->features() == features_)
    tsne = tr("t-SNE: perplexity %1, %2 iterations, seed %3")
               .arg(job_->perplexityUsed(), 0, 'f', 1)
               .arg(job_->params().iterations)
               .arg(job_->params().seed);
  if (d.isZeroShot()) {
    numbers_->setText(zeroShotNumbers() +
                      QStringLiteral("<p><small>%1<br>%2<br>%3</small></p>")
                          .arg(recipe_.toHtmlEscaped(), QString::fromStdString(d.countsText()).toHtmlEscaped(), tsne));
    return;
  }
  const twb::DomainProbe& probe = d.domainProbe;
  const QString pad =
      probe.perDomain == 0
          ? QString()
          : tr("<p><b>Proxy A-distance %1</b><br><small>a linear classifier trained on half of the images tells "
               "the other half's domain right %2 of the time; 0 = indistinguishable, 2 = apart</small></p>")
                .arg(fixed(probe.proxyADistance), fixed(probe.accuracy));
  const QString neighbourhood =
      tr("<p><b>Domain mixing %1</b><br><small>fraction of each point's %2 nearest neighbours (in the %3-d "
         "%4 features) from the other domain; 0.5 = mixed, 0 = apart</small></p>"
         "<p><b>Class separation %5</b> (target %6)<br><small>fraction of those neighbours with the same "
         "label</small></p>")
          .arg(fixed(twb::domainMixing(d)))
          .arg(d.k)
          .arg(d.dim)
          .arg(QString::fromStdString(d.layer))
          .arg(fixed(twb::classSeparation(d)), fixed(twb::classSeparation(d, twb::EmbeddingDomain::Target)));
  numbers_->setText(neighbourhood + pad +
                    QStringLiteral("<p><small>%1<br>%2<br>%3</small></p>")
                        .arg(recipe_.toHtmlEscaped(), QString::fromStdString(d.countsText()).toHtmlEscaped(), tsne));
}

// The joint space's story in numbers: how often an unseen image's nearest class
// embedding (cosine, as drawn) is its own, among the unseen classes (the zero-shot
// setting) and among all classes (the generalised one), and how clustered the images are.
QString EmbeddingPanel::zeroShotNumbers() const {
  const twb::EmbeddingData& d = *features_;
  const twb::UnseenAgreement agree = twb::unseenAgreement(d);
  const auto unseenClasses = std::count(d.unseen.begin(), d.unseen.end(), true);
  const double share = agree.unseenImages ? 1.0 / static_cast<double>(agree.unseenImages) : 0.0;
  return tr("<p><b>Unseen images nearest their own class: %1</b> of %2 among the %3 unseen classes "
            "(%4), %5 among all %6 classes<br><small>nearest class embedding ★ by cosine in the %7-d joint "
            "space, as the map draws it; the run's own scores are in its results</small></p>"
            "<p><b>Class separation %8</b><br><small>fraction of each image's %9 nearest neighbours with "
            "the same label</small></p>")
      .arg(agree.amongUnseen)
      .arg(agree.unseenImages)
      .arg(unseenClasses)
      .arg(fixed(static_cast<double>(agree.amongUnseen) * share))
      .arg(fixed(static_cast<double>(agree.amongAll) * share))
      .arg(d.classPoints)
      .arg(d.dim)
      .arg(fixed(twb::classSeparation(d)))
      .arg(d.k);
}

void EmbeddingPanel::updateDescribeBox() {
  const bool zeroShot = features_ && features_->isZeroShot();
  describeBox_->setVisible(zeroShot);
  if (!zeroShot)
    return;
  const auto& dims = features_->descriptionDimensions;
  const bool words = twb::areWordVectorDimensions(dims);
  describeEdit_->setPlaceholderText(
      words ? tr("one or more words, e.g. winter boot")
            : tr("attributes, e.g. %1 %2=0.5")
                  .arg(QString::fromStdString(dims.front()), QString::fromStdString(dims.back())));
  if (describeHint_->property("error").toBool())
    return;
  QStringList names;
  for (const auto& a : dims)
    names << QString::fromStdString(a);
  describeHint_->setText(
      words ? tr("<small>Its embedding g is the run's map of the words' mean vector; the %1 images nearest it "
                 "are ringed and listed.</small>")
                  .arg(kDescribedImages)
            : tr("<small>Attributes (1 when named, or name=value, or one number each): %1. Its embedding g(a) "
                 "is the run's learned map; the %2 images nearest it are ringed and listed.</small>")
                  .arg(names.join(QStringLiteral(", ")).toHtmlEscaped())
                  .arg(kDescribedImages));
}

QString EmbeddingPanel::describeNewClass(const QString& text) {
  if (!features_ || !features_->isZeroShot())
    return tr("Embed the joint layer of a zero-shot run first.");
  std::vector<std::size_t> nearest;
  try {
    const auto g = twb::embedDescription(*features_, twb::parseDescription(*features_, text.toStdString()));
    nearest = twb::imagesNearest(*features_, g, kDescribedImages);
  } catch (const std::exception& e) {
    const QString message = QString::fromStdString(e.what());
    describeHint_->setProperty("error", true);
    describeHint_->setText(QStringLiteral("<span style='color:#c00000'>%1</span>").arg(message.toHtmlEscaped()));
    return message;
  }
  describeHint_->setProperty("error", false);
  updateDescribeBox();
  const QString label = tr("new: %1").arg(text.simplified());
  scatter_->setDescribed(nearest, label);
  fillThumbnailList(*neighbours_, *features_, nearest, static_cast<int>(nearest.size()));
  // Which classes the nearest images belong to, most frequent first.
  std::map<int, int> counts;
  for (std::size_t i : nearest)
    ++counts[features_->labels[i]];
  std::vector<std::pair<int, int>> byCount(counts.begin(), counts.end());
  std::stable_sort(byCount.begin(), byCount.end(), [](auto& a, auto& b) { return a.second > b.second; });
  QStringList parts;
  for (const auto& [cls, count] : byCount)
    parts << QStringLiteral("%1 × %2").arg(count).arg(classLabel(*features_, cls).toHtmlEscaped());
  neighbourTitle_->setText(tr("<b>%1</b><br>The %2 images nearest its embedding: %3.")
                               .arg(label.toHtmlEscaped())
                               .arg(nearest.size())
                               .arg(parts.join(QStringLiteral(", "))));
  sideTabs_->setCurrentIndex(0);
  return {};
}

QString EmbeddingPanel::numbersText() const {
  return numbers_->text();
}

void EmbeddingPanel::fillLegend() {
  const QSignalBlocker block(legend_);
  legend_->clear();
  if (!features_)
    return;
  auto add = [this](const QString& text, const QPixmap& icon, int kind) {
    auto* item = new QListWidgetItem(QIcon(icon), text, legend_);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setData(kLegendKind, kind);
  };
  const bool zeroShot = features_->isZeroShot();
  add(domainName(*features_, twb::EmbeddingDomain::Source),
      EmbeddingScatter::markerPixmap(-1, twb::EmbeddingDomain::Source, 10), kSourceItem);
  if (zeroShot)
    add(domainName(*features_, twb::EmbeddingDomain::Description),
        EmbeddingScatter::markerPixmap(-1, twb::EmbeddingDomain::Description, 10), kDescriptionItem);
  else
    add(domainName(*features_, twb::EmbeddingDomain::Target),
        EmbeddingScatter::markerPixmap(-1, twb::EmbeddingDomain::Target, 10), kTargetItem);
  for (std::size_t c = 0; c < features_->classNames.size(); ++c) {
    const int cls = static_cast<int>(c);
    add(tr("class %1").arg(classLabel(*features_, cls)),
        EmbeddingScatter::markerPixmap(
            cls, isUnseenClass(*features_, cls) ? EmbeddingScatter::Shape::Diamond : EmbeddingScatter::Shape::Disc, 10),
        cls);
  }
  if (pinned_->isPinned()) // one legend, both maps: everything shown again
    applyLegend(*pinned_->scatter());
}

void EmbeddingPanel::onLegendItemChanged(QListWidgetItem* item) {
  applyLegendItem(*scatter_, item);
  if (pinned_->isPinned())
    applyLegendItem(*pinned_->scatter(), item);
}

void EmbeddingPanel::applyLegendItem(EmbeddingScatter& scatter, const QListWidgetItem* item) const {
  const int kind = item->data(kLegendKind).toInt();
  const bool on = item->checkState() == Qt::Checked;
  if (kind == kSourceItem)
    scatter.setDomainVisible(twb::EmbeddingDomain::Source, on);
  else if (kind == kTargetItem)
    scatter.setDomainVisible(twb::EmbeddingDomain::Target, on);
  else if (kind == kDescriptionItem)
    scatter.setDomainVisible(twb::EmbeddingDomain::Description, on);
  else if (scatter.data() && features_ && scatter.data()->classNames == features_->classNames)
    scatter.setClassVisible(kind, on); // a class index means the same class in both maps only then
}

void EmbeddingPanel::applyLegend(EmbeddingScatter& scatter) const {
  for (int i = 0; i < legend_->count(); ++i)
    applyLegendItem(scatter, legend_->item(i));
}

void EmbeddingPanel::showNeighbours(int index) {
  if (!features_ || index < 0 || static_cast<std::size_t>(index) >= features_->n)
    return;
  const twb::EmbeddingData& d = *features_;
  const auto i = static_cast<std::size_t>(index);
  std::vector<std::size_t> near(d.neighbours.begin() + static_cast<std::ptrdiff_t>(i * d.k),
                                d.neighbours.begin() + static_cast<std::ptrdiff_t>((i + 1) * d.k));
  fillThumbnailList(*neighbours_, d, near, static_cast<int>(near.size()));
  const auto other =
      std::count_if(near.begin(), near.end(), [&](std::size_t j) { return d.domains[j] != d.domains[i]; });
  const auto same = std::count_if(near.begin(), near.end(), [&](std::size_t j) { return d.labels[j] == d.labels[i]; });
  if (d.isZeroShot())
    neighbourTitle_->setText(tr("%1<br>Its %2 nearest neighbours in the joint space: %3 with the same label.")
                                 .arg(pointDescription(d, i).replace(QStringLiteral("<br>"), QStringLiteral(", ")))
                                 .arg(near.size())
                                 .arg(same));
  else
    neighbourTitle_->setText(tr("%1<br>Its %2 nearest neighbours in the %3 features: %4 from the other domain, %5 "
                                "with the same label.")
                                 .arg(pointDescription(d, i).replace(QStringLiteral("<br>"), QStringLiteral(", ")))
                                 .arg(near.size())
                                 .arg(QString::fromStdString(d.layer))
                                 .arg(other)
                                 .arg(same));
  scatter_->setHighlighted(near, index);
  sideTabs_->setCurrentIndex(0);
}

void EmbeddingPanel::showSelection(const std::vector<std::size_t>& points) {
  if (!features_)
    return;
  const int shown = fillThumbnailList(*selection_, *features_, points, kSelectionCap);
  const auto targets = std::count_if(points.begin(), points.end(), [&](std::size_t j) {
    return features_->domains[j] == twb::EmbeddingDomain::Target;
  });
  QString title = features_->isZeroShot() ? tr("%1 points selected.").arg(points.size())
                                          : tr("%1 points selected: %2 source, %3 target.")
                                                .arg(points.size())
                                                .arg(static_cast<long long>(points.size()) - targets)
                                                .arg(targets);
  if (shown < static_cast<int>(points.size()))
    title += QLatin1Char(' ') + tr("The first %1 are shown.").arg(shown);
  selectionTitle_->setText(title);
  sideTabs_->setCurrentIndex(1);
}

QString EmbeddingPanel::captionText() const {
  return features_ ? captionFor(*features_, recipe_, stop_) : QString();
}

QString EmbeddingPanel::exportCsv(const QString& path) const {
  if (!features_)
    return tr("There is no map to export yet.");
  return saveCoordinatesCsv(*features_, scatter_->coords(), path);
}

QString EmbeddingPanel::exportPicture(const QString& path) const {
  return savePicture(*scatter_, captionText(), path);
}

QString EmbeddingPanel::exportProjector(const QString& dir) const {
  if (!features_)
    return tr("There are no features to export yet: run the embedding first.");
  try {
    twb::writeProjector(*features_, dir.toStdString());
  } catch (const std::exception& e) {
    return QString::fromStdString(e.what());
  }
  return {};
}

void EmbeddingPanel::exportWithDialog(const QString& filter, const QString& suffix) {
  QString path = QFileDialog::getSaveFileName(this, tr("Export"), QStringLiteral("embedding.") + suffix, filter);
  if (path.isEmpty())
    return;
  if (QFileInfo(path).suffix().isEmpty())
    path += QLatin1Char('.') + suffix;
  const QString error = suffix == QLatin1String("csv") ? exportCsv(path) : exportPicture(path);
  if (!error.isEmpty())
    showError(this, tr("Export"), error);
}

} // namespace twb::ui
