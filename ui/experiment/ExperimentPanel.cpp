#include "ExperimentPanel.h"

#include "data/DatasetCatalog.h"
#include "LambdaPreview.h"
#include "TaskFields.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace twb::ui {
namespace {

// Learning rates span decades: show them as 0.01 or 1e-05, not 0.010000, and make the
// arrows halve and double instead of adding a fixed amount.
class LearningRateSpinBox : public QDoubleSpinBox {
public:
  explicit LearningRateSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
    setDecimals(8);
    setRange(1e-8, 10.0);
  }
  QString textFromValue(double value) const override { return locale().toString(value, 'g', 6); }
  double valueFromText(const QString& text) const override { return locale().toDouble(text.trimmed()); }
  QValidator::State validate(QString& text, int& /*pos*/) const override {
    if (text.trimmed().isEmpty())
      return QValidator::Intermediate;
    bool ok = false;
    const double value = locale().toDouble(text.trimmed(), &ok);
    if (!ok)
      return QValidator::Intermediate;
    return value >= minimum() && value <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
  }
  void stepBy(int steps) override { setValue(value() * std::pow(2.0, steps)); }
};

// Selects the item whose data is `value`, adding it if this build does not list it,
// so a file's value is kept rather than silently changed.
void selectData(QComboBox* combo, const std::string& value) {
  const QString id = QString::fromStdString(value);
  int index = combo->findData(id);
  if (index < 0) {
    combo->addItem(id, id);
    index = combo->count() - 1;
  }
  combo->setCurrentIndex(index);
}

int clampToInt(std::int64_t value) {
  return static_cast<int>(std::clamp<std::int64_t>(value, 1, std::numeric_limits<int>::max()));
}

QSpinBox* makeCountSpinBox(QWidget* parent, int maximum) {
  auto* spin = new QSpinBox(parent);
  spin->setRange(1, maximum);
  spin->setGroupSeparatorShown(true);
  spin->setAccelerated(true);
  return spin;
}

} // namespace

ExperimentPanel::ExperimentPanel(QWidget* parent) : QWidget(parent) {
  buildForm();
  retranslateUi();
  setExperiment(experiment_);
}

void ExperimentPanel::buildForm() {
  name_ = new QLineEdit(this);
  source_ = new QComboBox(this);
  target_ = new QComboBox(this);
  method_ = new QComboBox(this);
  steps_ = makeCountSpinBox(this, 100'000'000);
  batchSize_ = makeCountSpinBox(this, 65'536);
  learningRate_ = new LearningRateSpinBox(this);
  seed_ = new QLineEdit(this);
  evalEvery_ = makeCountSpinBox(this, 100'000'000);
  buildScheduleFields();

  name_->setObjectName(QStringLiteral("experimentName"));
  source_->setObjectName(QStringLiteral("sourceDataset"));
  target_->setObjectName(QStringLiteral("targetDataset"));
  method_->setObjectName(QStringLiteral("method"));
  steps_->setObjectName(QStringLiteral("steps"));
  batchSize_->setObjectName(QStringLiteral("batchSize"));
  learningRate_->setObjectName(QStringLiteral("learningRate"));
  seed_->setObjectName(QStringLiteral("seed"));
  evalEvery_->setObjectName(QStringLiteral("evalEvery"));

  // A seed is any unsigned 64-bit number; 19 digits always fit.
  seed_->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), seed_));
  for (QComboBox* combo : {source_, target_}) {
    combo->setEditable(true); // folder:PATH and idx:PATH are typed in
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    fillDatasetChoices(combo);
  }
  fillMethodChoices();

  const auto addRow = [this](QFormLayout* form, QLabel*& label, QWidget* field) {
    label = new QLabel(this);
    label->setBuddy(field);
    form->addRow(label, field);
  };
  dataGroup_ = new QGroupBox(this);
  auto* dataForm = new QFormLayout(dataGroup_);
  addRow(dataForm, nameLabel_, name_);
  addRow(dataForm, sourceLabel_, source_);
  addRow(dataForm, targetLabel_, target_);
  methodGroup_ = new QGroupBox(this);
  auto* methodForm = new QFormLayout(methodGroup_);
  addRow(methodForm, methodLabel_, method_);
  addRow(methodForm, adversaryLabel_, adversary_);
  addRow(methodForm, domainHeadLabel_, domainHead_);
  domainHeadLabel_->setBuddy(domainLayers_);
  addRow(methodForm, lambdaScheduleLabel_, lambdaSchedule_);
  addRow(methodForm, lambdaGammaLabel_, lambdaGamma_);
  addRow(methodForm, lambdaMaxLabel_, lambdaMax_);
  methodForm->addRow(preview_);
  tasks_ = new TaskFields(this);
  methodForm->addRow(tasks_);
  connect(tasks_, &TaskFields::edited, this, &ExperimentPanel::edited);
  trainingGroup_ = new QGroupBox(this);
  auto* trainingForm = new QFormLayout(trainingGroup_);
  addRow(trainingForm, stepsLabel_, steps_);
  addRow(trainingForm, batchLabel_, batchSize_);
  addRow(trainingForm, lrLabel_, learningRate_);
  addRow(trainingForm, lrScheduleLabel_, lrSchedule_);
  addRow(trainingForm, seedLabel_, seed_);
  addRow(trainingForm, evalLabel_, evalEvery_);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(dataGroup_);
  layout->addWidget(methodGroup_);
  layout->addWidget(trainingGroup_);
  layout->addStretch(1);

  connect(name_, &QLineEdit::textEdited, this, &ExperimentPanel::edited);
  connect(seed_, &QLineEdit::textEdited, this, &ExperimentPanel::edited);
  connect(source_, &QComboBox::editTextChanged, this, &ExperimentPanel::edited);
  connect(target_, &QComboBox::editTextChanged, this, &ExperimentPanel::edited);
  connect(method_, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExperimentPanel::edited);
  for (QSpinBox* spin : {steps_, batchSize_, evalEvery_})
    connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, &ExperimentPanel::edited);
  connect(learningRate_, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &ExperimentPanel::edited);
  for (QComboBox* combo : {source_, target_}) {
    connect(combo, &QComboBox::textActivated, this, &ExperimentPanel::datasetsChanged);
    connect(combo->lineEdit(), &QLineEdit::editingFinished, this, &ExperimentPanel::datasetsChanged);
  }
  connect(seed_, &QLineEdit::editingFinished, this, &ExperimentPanel::datasetsChanged);
  // The method decides how much of the target's labels a run uses (the Datasets panel says).
  connect(method_, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExperimentPanel::datasetsChanged);
  connect(method_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
    method_->setToolTip(methodTitle(method_->currentData().toString()));
    updateSchedules();
  });
  connect(learningRate_, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &ExperimentPanel::updateSchedules);
}

void ExperimentPanel::buildScheduleFields() {
  lambdaSchedule_ = new QComboBox(this);
  lambdaGamma_ = new QDoubleSpinBox(this);
  lambdaMax_ = new QDoubleSpinBox(this);
  adversary_ = new QComboBox(this);
  buildDomainHeadFields();
  lrSchedule_ = new QComboBox(this);
  preview_ = new LambdaPreview(this);
  lambdaSchedule_->setObjectName(QStringLiteral("lambdaSchedule"));
  lambdaGamma_->setObjectName(QStringLiteral("lambdaGamma"));
  lambdaMax_->setObjectName(QStringLiteral("lambdaMax"));
  adversary_->setObjectName(QStringLiteral("adversary"));
  lrSchedule_->setObjectName(QStringLiteral("lrSchedule"));
  preview_->setObjectName(QStringLiteral("lambdaPreview"));
  // The schedule names are the experiment file's values, shown as they are written.
  const auto fill = [](QComboBox* combo, const std::vector<std::string>& names) {
    for (const std::string& name : names)
      combo->addItem(QString::fromStdString(name), QString::fromStdString(name));
  };
  fill(lambdaSchedule_, twb::lambdaSchedules());
  fill(adversary_, twb::dannAdversaries());
  fill(lrSchedule_, twb::lrSchedules());
  lambdaGamma_->setRange(0.0, 1000.0);
  lambdaGamma_->setDecimals(2);
  lambdaMax_->setRange(0.0, 100.0);
  lambdaMax_->setDecimals(3);
  lambdaMax_->setSingleStep(0.1);

  const auto changed = [this] {
    updateSchedules();
    emit edited();
  };
  for (QComboBox* combo : {adversary_, lambdaSchedule_, lrSchedule_})
    connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
  for (QDoubleSpinBox* spin : {lambdaGamma_, lambdaMax_})
    connect(spin, qOverload<double>(&QDoubleSpinBox::valueChanged), this, changed);
}

// DANN's domain classifier: hidden layers of one width, then one logit (the paper's
// MNIST recipe: one layer of 100). Shown as "1 × 100".
void ExperimentPanel::buildDomainHeadFields() {
  domainHead_ = new QWidget(this);
  domainHead_->setObjectName(QStringLiteral("domainHead"));
  domainLayers_ = new QSpinBox(domainHead_);
  domainLayers_->setObjectName(QStringLiteral("domainLayers"));
  domainLayers_->setRange(0, 8); // as the experiment file allows
  domainWidth_ = new QSpinBox(domainHead_);
  domainWidth_->setObjectName(QStringLiteral("domainWidth"));
  domainWidth_->setRange(1, 4096);
  domainTimes_ = new QLabel(QStringLiteral("×"), domainHead_);
  auto* row = new QHBoxLayout(domainHead_);
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(domainLayers_);
  row->addWidget(domainTimes_);
  row->addWidget(domainWidth_, 1);
  for (QSpinBox* spin : {domainLayers_, domainWidth_})
    connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, &ExperimentPanel::edited);
  // Without hidden layers the classifier is linear: no width to choose.
  connect(domainLayers_, qOverload<int>(&QSpinBox::valueChanged), this,
          [this](int layers) { domainWidth_->setEnabled(layers > 0); });
}

void ExperimentPanel::updateSchedules() {
  const bool adversarial = method_->currentData().toString() == QLatin1String("dann");
  if (auto* form = qobject_cast<QFormLayout*>(methodGroup_->layout()))
    for (QWidget* field : {static_cast<QWidget*>(adversary_), domainHead_, static_cast<QWidget*>(lambdaSchedule_),
                           static_cast<QWidget*>(lambdaGamma_), static_cast<QWidget*>(lambdaMax_)})
      form->setRowVisible(field, adversarial);
  // A multitask run's data are its tasks' datasets, listed under the task family.
  const bool multitask = method_->currentData().toString() == QLatin1String("multitask");
  if (auto* form = qobject_cast<QFormLayout*>(methodGroup_->layout()); form && tasks_)
    form->setRowVisible(tasks_, multitask);
  if (auto* form = qobject_cast<QFormLayout*>(dataGroup_->layout()))
    for (QWidget* field : {static_cast<QWidget*>(source_), static_cast<QWidget*>(target_)})
      form->setRowVisible(field, !multitask);
  lambdaGamma_->setEnabled(lambdaSchedule_->currentData().toString() == QLatin1String("ganin"));
  preview_->setExperiment(experiment(), adversarial);
}

void ExperimentPanel::fillDatasetChoices(QComboBox* combo) {
  for (const twb::DatasetInfo& info : twb::builtinDatasets()) {
    const QString name = QString::fromStdString(info.name);
    combo->addItem(name, name);
    const int row = combo->count() - 1;
    QString tip = tr("%1\n%2 classes, %3 training and %4 test images of %5×%6×%7")
                      .arg(QString::fromStdString(info.description))
                      .arg(info.classes)
                      .arg(info.trainCount)
                      .arg(info.testCount)
                      .arg(info.width)
                      .arg(info.height)
                      .arg(info.channels);
    if (!info.available) {
      tip += QLatin1Char('\n') + tr("Not available: %1").arg(QString::fromStdString(info.problem));
      if (auto* model = qobject_cast<QStandardItemModel*>(combo->model()))
        model->item(row)->setEnabled(false);
    }
    combo->setItemData(row, tip, Qt::ToolTipRole);
  }
}

void ExperimentPanel::fillMethodChoices() {
  for (const std::string& name : twb::implementedMethods()) {
    const QString id = QString::fromStdString(name);
    method_->addItem(id, id);
  }
}

void ExperimentPanel::selectMethod(const std::string& name) {
  const QString id = QString::fromStdString(name);
  int index = method_->findData(id);
  if (index < 0) { // a method this build lists no more: keep it rather than change it
    method_->addItem(id, id);
    index = method_->count() - 1;
  }
  method_->setCurrentIndex(index);
}

twb::Experiment ExperimentPanel::experiment() const {
  twb::Experiment experiment = experiment_;
  experiment.name = name_->text().trimmed().toStdString();
  experiment.source.dataset = source_->currentText().trimmed().toStdString();
  experiment.target.dataset = target_->currentText().trimmed().toStdString();
  experiment.method.name = method_->currentData().toString().toStdString();
  experiment.training.steps = steps_->value();
  experiment.training.batchSize = batchSize_->value();
  experiment.training.lr = learningRate_->value();
  experiment.training.lrSchedule = lrSchedule_->currentData().toString().toStdString();
  experiment.method.lambda.schedule = lambdaSchedule_->currentData().toString().toStdString();
  experiment.method.lambda.gamma = lambdaGamma_->value();
  experiment.method.lambda.max = lambdaMax_->value();
  experiment.method.adversary = adversary_->currentData().toString().toStdString();
  experiment.method.domainClassifier.hiddenLayers = domainLayers_->value();
  experiment.method.domainClassifier.width = domainWidth_->value();
  bool ok = false;
  const qulonglong seed = seed_->text().toULongLong(&ok);
  if (ok)
    experiment.seed = seed;
  experiment.eval.every = evalEvery_->value();
  experiment.tasks = tasks_->tasks(experiment.tasks);
  return experiment;
}

void ExperimentPanel::setExperiment(const twb::Experiment& experiment) {
  experiment_ = experiment;
  const QSignalBlocker blockers[] = {
      QSignalBlocker(name_),           QSignalBlocker(source_),      QSignalBlocker(target_),
      QSignalBlocker(method_),         QSignalBlocker(steps_),       QSignalBlocker(batchSize_),
      QSignalBlocker(learningRate_),   QSignalBlocker(seed_),        QSignalBlocker(evalEvery_),
      QSignalBlocker(lambdaSchedule_), QSignalBlocker(lambdaGamma_), QSignalBlocker(lambdaMax_),
      QSignalBlocker(lrSchedule_),     QSignalBlocker(adversary_),   QSignalBlocker(domainLayers_),
      QSignalBlocker(domainWidth_)};
  name_->setText(QString::fromStdString(experiment.name));
  name_->setCursorPosition(0);
  source_->setCurrentText(QString::fromStdString(experiment.source.dataset));
  target_->setCurrentText(QString::fromStdString(experiment.target.dataset));
  selectMethod(experiment.method.name);
  steps_->setValue(clampToInt(experiment.training.steps));
  batchSize_->setValue(experiment.training.batchSize);
  learningRate_->setValue(experiment.training.lr);
  seed_->setText(QString::number(experiment.seed));
  evalEvery_->setValue(clampToInt(experiment.eval.every));
  selectData(lambdaSchedule_, experiment.method.lambda.schedule);
  lambdaGamma_->setValue(experiment.method.lambda.gamma);
  lambdaMax_->setValue(experiment.method.lambda.max);
  selectData(adversary_, experiment.method.adversary);
  domainLayers_->setValue(experiment.method.domainClassifier.hiddenLayers);
  domainWidth_->setValue(experiment.method.domainClassifier.width);
  domainWidth_->setEnabled(experiment.method.domainClassifier.hiddenLayers > 0);
  selectData(lrSchedule_, experiment.training.lrSchedule);
  tasks_->setTasks(experiment.tasks);
  method_->setToolTip(methodTitle(method_->currentData().toString()));
  updateSchedules();
  emit datasetsChanged();
  emit modelChanged();
}

void ExperimentPanel::setModel(const twb::ModelSpec& model) {
  experiment_.model = model;
  emit modelChanged();
  emit edited();
}

void ExperimentPanel::setDatasetSpec(DomainRole role, const QString& spec) {
  QComboBox* combo = role == DomainRole::Source ? source_ : target_;
  combo->setCurrentText(spec); // editTextChanged: edited(), the document is modified
  emit datasetsChanged();
}

void ExperimentPanel::setZeroShot(const twb::ZeroShotSpec& spec) {
  experiment_.zeroshot = spec;
  emit edited();
}

void ExperimentPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

QString ExperimentPanel::methodTitle(const QString& name) const {
  if (name == QLatin1String("source_only"))
    return tr("Source only: train on the source, test on the target");
  if (name == QLatin1String("target_only"))
    return tr("Target only: train on the target's labels (upper bound)");
  if (name == QLatin1String("finetune"))
    return tr("Fine-tune: pretrain on the source, then train on target labels");
  if (name == QLatin1String("dann"))
    return tr("DANN: domain-adversarial training");
  if (name == QLatin1String("mmd"))
    return tr("MMD: match feature distributions");
  if (name == QLatin1String("coral"))
    return tr("CORAL: align feature covariances");
  if (name == QLatin1String("entropy"))
    return tr("Entropy minimisation on the target");
  if (name == QLatin1String("mcd"))
    return tr("MCD: maximum classifier discrepancy");
  if (name == QLatin1String("self_training"))
    return tr("Self-training with pseudo-labels");
  if (name == QLatin1String("multitask"))
    return tr("Multitask: one shared trunk, a head per task");
  if (name == QLatin1String("zeroshot"))
    return tr("Zero-shot learning from attributes");
  return name;
}

void ExperimentPanel::retranslateUi() {
  dataGroup_->setTitle(tr("Data"));
  methodGroup_->setTitle(tr("Method"));
  trainingGroup_->setTitle(tr("Training"));
  nameLabel_->setText(tr("&Name:"));
  sourceLabel_->setText(tr("&Source:"));
  targetLabel_->setText(tr("&Target:"));
  methodLabel_->setText(tr("&Method:"));
  stepsLabel_->setText(tr("S&teps:"));
  batchLabel_->setText(tr("&Batch size:"));
  lrLabel_->setText(tr("&Learning rate:"));
  seedLabel_->setText(tr("S&eed:"));
  evalLabel_->setText(tr("&Evaluate every:"));
  lambdaScheduleLabel_->setText(tr("λ sc&hedule:"));
  lambdaGammaLabel_->setText(tr("λ &gamma:"));
  lambdaMaxLabel_->setText(tr("λ ma&x:"));
  adversaryLabel_->setText(tr("&Adversary:"));
  adversary_->setToolTip(
      tr("reversal: the gradient reversal layer of the DANN paper, whose push fades once the domain classifier is "
         "confident; confusion: the features learn to make the domain classifier say 50 % for every image "
         "(Tzeng et al. 2015), a push that is strongest when the classifier is confident"));
  domainHeadLabel_->setText(tr("D&omain head:"));
  domainLayers_->setSuffix(tr(" hidden"));
  domainWidth_->setSuffix(tr(" units"));
  const QString headHelp = tr("The domain classifier: hidden layers of this many units, then one output. The DANN "
                              "paper's MNIST recipe has one layer of 100; 0 hidden layers makes it linear.");
  for (QWidget* field : {static_cast<QWidget*>(domainLayers_), static_cast<QWidget*>(domainWidth_)})
    field->setToolTip(headHelp);
  lrScheduleLabel_->setText(tr("LR sche&dule:"));
  lambdaSchedule_->setToolTip(
      tr("ganin: λ rises from 0 to its max as 2/(1+exp(−γp))−1; constant: λ is its max throughout"));
  lambdaGamma_->setToolTip(tr("How fast λ rises (the DANN paper uses 10)"));
  lambdaMax_->setToolTip(tr("The weight of the adversarial term (the reversed gradient, or the confusion loss) at the end of training"));
  lrSchedule_->setToolTip(tr("ganin: the learning rate decays as lr/(1+10p)^0.75; constant: it stays"));

  const QString specHelp = tr("A built-in dataset, folder:PATH (one sub-folder per class) "
                              "or idx:PATH (MNIST's IDX files)");
  for (QComboBox* combo : {source_, target_}) {
    combo->setToolTip(specHelp);
    combo->lineEdit()->setPlaceholderText(tr("name, folder:PATH or idx:PATH"));
  }
  name_->setPlaceholderText(tr("A name for this experiment"));
  steps_->setToolTip(tr("Training steps (one mini-batch each)"));
  batchSize_->setToolTip(tr("Images per mini-batch from each domain"));
  learningRate_->setToolTip(tr("Initial learning rate; the arrows halve and double it"));
  seed_->setToolTip(tr("Fixes the data split, initial weights and batch order"));
  evalEvery_->setSuffix(tr(" steps"));
  evalEvery_->setToolTip(tr("Evaluate on the test splits every this many steps"));
  for (int i = 0; i < method_->count(); ++i) {
    const QString id = method_->itemData(i).toString();
    method_->setItemText(i, id);
    method_->setItemData(i, methodTitle(id), Qt::ToolTipRole);
  }
  method_->setToolTip(methodTitle(method_->currentData().toString()));
}

} // namespace twb::ui
