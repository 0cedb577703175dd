#include "embedding/EmbeddingRunChooser.h"

#include "common/CoreText.h"
#include "common/MessageBoxes.h"
#include "common/RunLabel.h"
#include "window/SettingsKeys.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>
#include <exception>
#include <utility>

namespace twb::ui {

EmbeddingRunChooser::EmbeddingRunChooser(QWidget* parent) : QWidget(parent) {
  runCombo_ = new QComboBox(this);
  runCombo_->setObjectName(QStringLiteral("embeddingRun"));
  runCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  runCombo_->setMinimumContentsLength(12); // the whole name is in the popup and the tooltip
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

  form_ = new QFormLayout(this);
  form_->setContentsMargins(0, 0, 0, 0);
  auto* runRow = new QHBoxLayout;
  runRow->addWidget(runCombo_, 1);
  runRow->addWidget(openButton_);
  QWidget* fields[] = {layerCombo_, perplexity_, iterations_, seed_, maxPoints_};
  for (auto*& label : labels_)
    label = new QLabel(this);
  // The run's name is long (date, time, method, seed): it gets a row of its own.
  form_->addRow(labels_[0]);
  form_->addRow(runRow);
  for (int i = 0; i < 5; ++i)
    form_->addRow(labels_[i + 1], fields[i]);

  connect(runCombo_, &QComboBox::currentIndexChanged, this, &EmbeddingRunChooser::onRunChosen);
  connect(runCombo_, &QComboBox::currentIndexChanged, this,
          [this] { runCombo_->setToolTip(runCombo_->currentData().toString()); });
  connect(openButton_, &QPushButton::clicked, this, &EmbeddingRunChooser::openRunDialog);
  connect(layerCombo_, &QComboBox::currentIndexChanged, this, &EmbeddingRunChooser::onSettingChanged);
  connect(perplexity_, &QDoubleSpinBox::valueChanged, this, &EmbeddingRunChooser::onSettingChanged);
  for (QSpinBox* box : {iterations_, seed_, maxPoints_})
    connect(box, &QSpinBox::valueChanged, this, &EmbeddingRunChooser::onSettingChanged);
}

void EmbeddingRunChooser::addRow(QLayout* row) {
  form_->addRow(row);
}

void EmbeddingRunChooser::retranslateUi() {
  openButton_->setText(tr("Open…"));
  openButton_->setToolTip(tr("Embed a run directory from disk"));
  const char* labels[] = {QT_TR_NOOP("Run"),        QT_TR_NOOP("Layer"), QT_TR_NOOP("Perplexity"),
                          QT_TR_NOOP("Iterations"), QT_TR_NOOP("Seed"),  QT_TR_NOOP("Images per domain")};
  for (int i = 0; i < 6; ++i)
    labels_[i]->setText(tr(labels[i]));
  layerCombo_->setToolTip(tr("conv2 is the feature layer DANN aligns; fc1 and fc2 are the label predictor's; "
                             "joint (zero-shot runs) is the space of image and class embeddings"));
  maxPoints_->setSpecialValueText(tr("all"));
  maxPoints_->setToolTip(tr("Test images drawn at random (with the seed) from each domain; 0 takes all"));
}

void EmbeddingRunChooser::setRunProvider(std::function<std::vector<RunPtr>()> provider) {
  runProvider_ = std::move(provider);
  refreshRuns();
}

void EmbeddingRunChooser::refreshRuns() {
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

bool EmbeddingRunChooser::openRun(const QString& dir, QString* error) {
  const QString clean = QDir::cleanPath(dir);
  try {
    twb::runLayerNames(clean.toStdString());
  } catch (const std::exception& e) {
    if (error)
      *error = errorText(e);
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

void EmbeddingRunChooser::openRunDialog() {
  const QString dir =
      QFileDialog::getExistingDirectory(this, tr("Open a Trained Run"), settings::lastRunDirectory.get());
  if (dir.isEmpty())
    return;
  QString error;
  if (!openRun(dir, &error))
    showError(this, tr("Open Run"), error);
}

void EmbeddingRunChooser::onRunChosen() {
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
    emit problem(errorText(e));
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

void EmbeddingRunChooser::onSettingChanged() {
  if (!fillingControls_)
    emit settingChanged();
}

void EmbeddingRunChooser::setLayer(const QString& layer) {
  layerCombo_->setCurrentIndex(layerCombo_->findText(layer));
}
void EmbeddingRunChooser::setMaxPerDomain(int count) {
  maxPoints_->setValue(count);
}
void EmbeddingRunChooser::setIterations(int iterations) {
  iterations_->setValue(iterations);
}
void EmbeddingRunChooser::setPerplexity(double perplexity) {
  perplexity_->setValue(perplexity);
}
void EmbeddingRunChooser::setSeed(int seed) {
  seed_->setValue(seed);
}

QString EmbeddingRunChooser::runDir() const {
  return runCombo_->currentData().toString();
}

QString EmbeddingRunChooser::layer() const {
  return layerCombo_->currentText();
}

twb::EmbeddingRequest EmbeddingRunChooser::request() const {
  twb::EmbeddingRequest req;
  req.runDir = runDir().toStdString();
  req.layer = layer().toStdString();
  req.maxPerDomain = static_cast<std::size_t>(maxPoints_->value());
  req.seed = static_cast<std::uint64_t>(seed_->value());
  return req;
}

twb::TsneParams EmbeddingRunChooser::tsneParams() const {
  twb::TsneParams p;
  p.perplexity = perplexity_->value();
  p.iterations = iterations_->value();
  p.seed = static_cast<std::uint64_t>(seed_->value());
  p.reportEvery = 5;
  return p;
}

} // namespace twb::ui
