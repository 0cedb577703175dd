#include "embedding/EmbeddingPanel.h"

#include "common/FitWidgets.h"
#include "embedding/DescribeClassBox.h"
#include "embedding/EmbeddingExports.h"
#include "embedding/EmbeddingLegend.h"
#include "embedding/EmbeddingMap.h"
#include "embedding/EmbeddingNumbers.h"
#include "embedding/EmbeddingRunChooser.h"
#include "embedding/EmbeddingScatter.h"
#include "embedding/NeighboursAndSelection.h"
#include "embedding/PinnedEmbedding.h"

#include "help/Concepts.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <utility>

namespace twb::ui {

EmbeddingPanel::EmbeddingPanel(QWidget* parent) : QWidget(parent) {
  buildUi();
  retranslateUi();
  showRunning(false);
}

EmbeddingPanel::~EmbeddingPanel() = default;

// Built in the order the controls take focus with Tab: the left column top to
// bottom (the legend before the describe box below it), then the maps and the tabs.
void EmbeddingPanel::buildUi() {
  chooser_ = new EmbeddingRunChooser(this);
  runButton_ = new QPushButton(this);
  runButton_->setObjectName(QStringLiteral("embeddingRunButton"));
  stopButton_ = new QPushButton(this);
  stopButton_->setObjectName(QStringLiteral("embeddingStopButton"));
  pinButton_ = new QPushButton(this);
  pinButton_->setObjectName(QStringLiteral("embeddingPinButton"));
  pinButton_->setEnabled(false); // nothing to pin before a map is drawn
  exports_ = new EmbeddingExports(this);
  // Two rows: six buttons abreast made the settings column set the panel's width, and
  // with the Embedding tab in front the window grew past a 1280x720 screen.
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(runButton_);
  buttons->addWidget(stopButton_);
  buttons->addWidget(pinButton_);
  chooser_->addRow(buttons);
  auto* more = new QHBoxLayout;
  more->addWidget(exports_);
  more->addStretch(1);
  more->addWidget(help::conceptButton(help::Concept::Tsne, this));
  more->addWidget(help::conceptButton(help::Concept::DomainMixing, this));
  chooser_->addRow(more);

  numbers_ = new EmbeddingNumbers(this);
  legend_ = new EmbeddingLegend(this);
  describeBox_ = new DescribeClassBox(this);

  auto* left = new QWidget(this);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addWidget(chooser_);
  leftLayout->addWidget(numbers_);
  leftLayout->addWidget(describeBox_);
  leftLayout->addWidget(legend_, 1);

  map_ = new EmbeddingMap(this);
  exports_->setMap(map_);
  legend_->setMap(map_);
  sideTabs_ = new NeighboursAndSelection(map_->scatter(), this);

  // The settings scroll in a short window rather than setting the window's height.
  auto* leftArea = new VerticalScrollArea(left, this);
  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->addWidget(leftArea);
  splitter->addWidget(map_);
  splitter->addWidget(sideTabs_);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes({270, 700, 260});
  // Narrow enough beside two docks on a 1280x720 projector (the lists scroll).
  sideTabs_->setMinimumWidth(165);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(splitter);

  connect(chooser_, &EmbeddingRunChooser::settingChanged, this, &EmbeddingPanel::onSettingChanged);
  connect(chooser_, &EmbeddingRunChooser::problem, map_, &EmbeddingMap::showStatus);
  connect(runButton_, &QPushButton::clicked, this, &EmbeddingPanel::run);
  connect(stopButton_, &QPushButton::clicked, this, &EmbeddingPanel::stop);
  connect(pinButton_, &QPushButton::clicked, this, &EmbeddingPanel::pinMap);
  connect(map_, &EmbeddingMap::runningChanged, this, &EmbeddingPanel::showRunning);
  connect(map_, &EmbeddingMap::featuresReady, this, &EmbeddingPanel::onFeaturesReady);
  connect(map_, &EmbeddingMap::layoutShown, this, &EmbeddingPanel::layoutShown);
  connect(map_, &EmbeddingMap::finished, this, &EmbeddingPanel::updateNumbers);
  connect(map_, &EmbeddingMap::failed, this, &EmbeddingPanel::failed);
  connect(describeBox_, &DescribeClassBox::placed, this,
          [this](const std::vector<std::size_t>& nearest, const QString& label) {
            map_->scatter()->setDescribed(nearest, label);
            sideTabs_->showDescribed(nearest, label);
          });
}

void EmbeddingPanel::retranslateUi() {
  chooser_->retranslateUi();
  runButton_->setText(tr("Run"));
  stopButton_->setText(tr("Stop"));
  pinButton_->setText(tr("Pin"));
  pinButton_->setToolTip(tr("Keep this map beside the next one, to compare two runs or two layers"));
  exports_->retranslateUi();
  sideTabs_->retranslateUi();
  map_->retranslateUi(); // the status hint, and the recipe (translated text) read again
  legend_->fill(map_->features());
  updateNumbers();
  describeBox_->retranslateUi();
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
  chooser_->setRunProvider(std::move(provider));
}

void EmbeddingPanel::refreshRuns() {
  chooser_->refreshRuns();
}

bool EmbeddingPanel::openRun(const QString& dir, QString* error) {
  return chooser_->openRun(dir, error);
}

void EmbeddingPanel::openRunDialog() {
  chooser_->openRunDialog();
}

void EmbeddingPanel::setLayer(const QString& layer) {
  chooser_->setLayer(layer);
}
void EmbeddingPanel::setMaxPerDomain(int count) {
  chooser_->setMaxPerDomain(count);
}
void EmbeddingPanel::setIterations(int iterations) {
  chooser_->setIterations(iterations);
}
void EmbeddingPanel::setPerplexity(double perplexity) {
  chooser_->setPerplexity(perplexity);
}
void EmbeddingPanel::setSeed(int seed) {
  chooser_->setSeed(seed);
}

bool EmbeddingPanel::isRunning() const {
  return map_->isRunning();
}

void EmbeddingPanel::onSettingChanged() {
  if (!isRunning() || restartQuestion_)
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
  if (chooser_->runDir().isEmpty() || chooser_->layer().isEmpty()) {
    map_->showStatus(tr("Choose a trained run first (Open… or the Runs list)."));
    return;
  }
  map_->run(chooser_->request(), chooser_->tsneParams());
}

void EmbeddingPanel::stop() {
  map_->stop();
}

void EmbeddingPanel::showRunning(bool running) {
  runButton_->setEnabled(!running);
  stopButton_->setEnabled(running);
  pinButton_->setEnabled(!running && map_->canPin());
  emit runningChanged(running);
}

void EmbeddingPanel::onFeaturesReady(bool fresh) {
  if (fresh) {
    describeBox_->setFeatures(map_->features());
    sideTabs_->clearLists();
    retranslateUi(); // resets the side titles, reads the recipe
  }
  legend_->fill(map_->features());
  updateNumbers();
}

void EmbeddingPanel::updateNumbers() {
  map_->updateCaption();
  numbers_->setNumbers(map_->features(), map_->recipe(), map_->job());
}

void EmbeddingPanel::pinMap() {
  if (!pinButton_->isEnabled())
    return;
  map_->pin();
  legend_->applyTo(*map_->pinned()->scatter());
}

QString EmbeddingPanel::describeNewClass(const QString& text) {
  return describeBox_->describe(text);
}

QString EmbeddingPanel::numbersText() const {
  return numbers_->text();
}

QString EmbeddingPanel::exportCsv(const QString& path) const {
  return exports_->exportCsv(path);
}

QString EmbeddingPanel::exportPicture(const QString& path) const {
  return exports_->exportPicture(path);
}

QString EmbeddingPanel::exportProjector(const QString& dir) const {
  return exports_->exportProjector(dir);
}

QAction* EmbeddingPanel::exportProjectorAction() const {
  return exports_->projectorAction();
}

EmbeddingScatter* EmbeddingPanel::scatter() const {
  return map_->scatter();
}

PinnedEmbedding* EmbeddingPanel::pinned() const {
  return map_->pinned();
}

EmbeddingPtr EmbeddingPanel::features() const {
  return map_->features();
}

QListWidget* EmbeddingPanel::neighboursList() const {
  return sideTabs_->neighboursList();
}

QListWidget* EmbeddingPanel::selectionList() const {
  return sideTabs_->selectionList();
}

QListWidget* EmbeddingPanel::legend() const {
  return legend_;
}

QGroupBox* EmbeddingPanel::describeBox() const {
  return describeBox_;
}

} // namespace twb::ui
