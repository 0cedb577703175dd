#include "experiment/ExperimentPanel.h"

#include "common/CoreText.h"
#include "common/FitWidgets.h"
#include "data/DatasetCatalog.h"
#include "experiment/ExperimentFile.h"
#include "experiment/LambdaPreview.h"
#include "experiment/MethodSettingsForm.h"
#include "experiment/TaskFields.h"
#include "methods/Registry.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
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

// Shows `spec` in an editable dataset box: a built-in by selecting its item, so that the
// box's current item is the one shown (an item whose data changes, as its tooltip does
// on a language switch, puts the current item's name back in the box), anything else
// (folder:PATH) as typed text with no item current. Without signals: showing is no edit.
void showDataset(QComboBox* combo, const std::string& spec) {
  const QSignalBlocker block(combo);
  const QString text = QString::fromStdString(spec);
  combo->setCurrentIndex(combo->findData(text)); // -1, no item, for a spec of the user's
  combo->setEditText(text);
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

// Sets a widget's value without telling anyone: the experiment already has it.
template <typename Widget, typename Setter, typename Value> void quietly(Widget* w, Setter set, const Value& v) {
  const QSignalBlocker block(w);
  (w->*set)(v);
}

} // namespace

ExperimentPanel::ExperimentPanel(ExperimentModel* model, QWidget* parent) : QWidget(parent), model_(model) {
  buildForm();
  connectFields();
  retranslateUi();
  connect(model_, &ExperimentModel::changed, this, &ExperimentPanel::show);
  show(ExperimentModel::All);
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
  settings_ = new MethodSettingsForm(this);
  tasks_ = new TaskFields(this);
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
  settings_->setObjectName(QStringLiteral("methodSettings"));

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
  methodForm->addRow(settings_);
  addRow(methodForm, lambdaScheduleLabel_, lambdaSchedule_);
  addRow(methodForm, lambdaGammaLabel_, lambdaGamma_);
  addRow(methodForm, lambdaMaxLabel_, lambdaMax_);
  addRow(methodForm, lambdaWarmupLabel_, lambdaWarmup_);
  methodForm->addRow(preview_);
  methodForm->addRow(tasks_);
  trainingGroup_ = new QGroupBox(this);
  auto* trainingForm = new QFormLayout(trainingGroup_);
  addRow(trainingForm, stepsLabel_, steps_);
  addRow(trainingForm, batchLabel_, batchSize_);
  addRow(trainingForm, lrLabel_, learningRate_);
  addRow(trainingForm, lrScheduleLabel_, lrSchedule_);
  addRow(trainingForm, seedLabel_, seed_);
  addRow(trainingForm, evalLabel_, evalEvery_);

  // A short screen scrolls the form; it is never squeezed below its fields.
  auto* content = new QWidget;
  auto* contentLayout = new QVBoxLayout(content);
  contentLayout->addWidget(dataGroup_);
  contentLayout->addWidget(methodGroup_);
  contentLayout->addWidget(trainingGroup_);
  contentLayout->addStretch(1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(new VerticalScrollArea(content, this));
}

void ExperimentPanel::buildScheduleFields() {
  lambdaSchedule_ = new QComboBox(this);
  lambdaGamma_ = new QDoubleSpinBox(this);
  lambdaMax_ = new QDoubleSpinBox(this);
  lambdaWarmup_ = new QSpinBox(this);
  lrSchedule_ = new QComboBox(this);
  preview_ = new LambdaPreview(this);
  lambdaSchedule_->setObjectName(QStringLiteral("lambdaSchedule"));
  lambdaGamma_->setObjectName(QStringLiteral("lambdaGamma"));
  lambdaMax_->setObjectName(QStringLiteral("lambdaMax"));
  lambdaWarmup_->setObjectName(QStringLiteral("lambdaWarmup"));
  lrSchedule_->setObjectName(QStringLiteral("lrSchedule"));
  preview_->setObjectName(QStringLiteral("lambdaPreview"));
  // The schedule names are the experiment file's values, shown as they are written.
  const auto fill = [](QComboBox* combo, const std::vector<std::string>& names) {
    for (const std::string& name : names)
      combo->addItem(QString::fromStdString(name), QString::fromStdString(name));
  };
  fill(lambdaSchedule_, twb::lambdaSchedules());
  fill(lrSchedule_, twb::lrSchedules());
  lambdaGamma_->setRange(0.0, 1000.0);
  lambdaGamma_->setDecimals(2);
  lambdaMax_->setRange(0.0, 100.0);
  lambdaMax_->setDecimals(3);
  lambdaMax_->setSingleStep(0.1);
  lambdaWarmup_->setRange(1, 10'000'000);
  lambdaWarmup_->setSingleStep(100);
}

void ExperimentPanel::edit(const QString& text, const std::function<void(twb::Experiment&)>& change,
                           const QString& mergeKey) {
  model_->edit(text, change, mergeKey);
}

void ExperimentPanel::connectFields() {
  connect(name_, &QLineEdit::textEdited, this, [this](const QString& text) {
    edit(tr("Rename the experiment"), [&](twb::Experiment& e) { e.name = text.trimmed().toStdString(); },
         QStringLiteral("name"));
  });
  for (QComboBox* combo : {source_, target_}) {
    const bool source = combo == source_;
    connect(combo, &QComboBox::textActivated, this, [this, source] { commitDataset(source); });
    connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this, source] { commitDataset(source); });
  }
  connect(seed_, &QLineEdit::editingFinished, this, &ExperimentPanel::commitSeed);
  connect(method_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
    const QString name = method_->currentData().toString();
    edit(tr("Method %1").arg(name), [&](twb::Experiment& e) { e.method.name = name.toStdString(); });
  });
  connect(settings_, &MethodSettingsForm::settingEdited, this,
          [this](const QString& key, const QString& title, const twb::SettingValue& value) {
            edit(tr("Change %1").arg(title), [&](twb::Experiment& e) { e.method.settings.set(key.toStdString(), value); },
                 QStringLiteral("setting:") + key);
          });
  connect(tasks_, &TaskFields::edited, this, [this] {
    edit(tr("Change the tasks"), [&](twb::Experiment& e) { e.tasks = tasks_->tasks(e.tasks); });
  });
  const auto count = [this](QSpinBox* spin, const QString& text, const char* key, auto set) {
    connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, [this, text, key, set](int v) {
      edit(text.arg(v), [&](twb::Experiment& e) { set(e, v); }, QString::fromLatin1(key));
    });
  };
  count(steps_, tr("Steps: %1"), "steps", [](twb::Experiment& e, int v) { e.training.steps = v; });
  count(batchSize_, tr("Batch size: %1"), "batch", [](twb::Experiment& e, int v) { e.training.batchSize = v; });
  count(evalEvery_, tr("Evaluate every %1 steps"), "eval", [](twb::Experiment& e, int v) { e.eval.every = v; });
  connect(learningRate_, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this](double v) {
    edit(tr("Learning rate: %1").arg(v), [&](twb::Experiment& e) { e.training.lr = v; }, QStringLiteral("lr"));
  });
  const auto choice = [this](QComboBox* combo, const QString& text, auto set) {
    connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, combo, text, set] {
      const std::string v = combo->currentData().toString().toStdString();
      edit(text.arg(QString::fromStdString(v)), [&](twb::Experiment& e) { set(e, v); });
    });
  };
  choice(lrSchedule_, tr("Learning-rate schedule: %1"),
         [](twb::Experiment& e, const std::string& v) { e.training.lrSchedule = v; });
  choice(lambdaSchedule_, tr("λ schedule: %1"),
         [](twb::Experiment& e, const std::string& v) { e.method.lambda.schedule = v; });
  connect(lambdaGamma_, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this](double v) {
    edit(tr("λ gamma: %1").arg(v), [&](twb::Experiment& e) { e.method.lambda.gamma = v; },
         QStringLiteral("lambdaGamma"));
  });
  connect(lambdaMax_, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this](double v) {
    edit(tr("λ max: %1").arg(v), [&](twb::Experiment& e) { e.method.lambda.max = v; }, QStringLiteral("lambdaMax"));
  });
  connect(lambdaWarmup_, qOverload<int>(&QSpinBox::valueChanged), this, [this](int v) {
    edit(tr("λ warm-up: %1 steps").arg(v), [&](twb::Experiment& e) { e.method.lambda.warmupSteps = v; },
         QStringLiteral("lambdaWarmup"));
  });
}

void ExperimentPanel::commitDataset(bool source) {
  model_->setDataset(source, (source ? source_ : target_)->currentText().trimmed().toStdString());
}

void ExperimentPanel::commitSeed() {
  bool ok = false;
  const qulonglong seed = seed_->text().toULongLong(&ok);
  if (!ok) {
    quietly(seed_, &QLineEdit::setText, QString::number(model_->experiment().seed));
    return;
  }
  edit(tr("Seed %1").arg(seed), [&](twb::Experiment& e) { e.seed = seed; });
}

void ExperimentPanel::commitPending() {
  commitDataset(true);
  commitDataset(false);
  commitSeed();
}

void ExperimentPanel::fillDatasetChoices(QComboBox* combo) {
  for (const twb::DatasetInfo& info : twb::builtinDatasets()) {
    const QString name = QString::fromStdString(info.name);
    combo->addItem(name, name);
    if (!info.available)
      if (auto* model = qobject_cast<QStandardItemModel*>(combo->model()))
        model->item(combo->count() - 1)->setEnabled(false);
  }
}

void ExperimentPanel::describeDatasetChoices(QComboBox* combo) {
  int row = 0;
  for (const twb::DatasetInfo& info : twb::builtinDatasets()) {
    QString tip = tr("%1\n%2 classes, %3 training and %4 test images of %5×%6×%7")
                      .arg(coreText(info.describe()))
                      .arg(info.classes)
                      .arg(info.trainCount)
                      .arg(info.testCount)
                      .arg(info.width)
                      .arg(info.height)
                      .arg(info.channels);
    if (!info.available)
      tip += QLatin1Char('\n') + tr("Not available: %1").arg(QString::fromStdString(info.problem));
    combo->setItemData(row++, tip, Qt::ToolTipRole);
  }
}

void ExperimentPanel::fillMethodChoices() {
  for (const twb::Method* m : twb::allMethods()) {
    const QString id = QString::fromStdString(m->name());
    method_->addItem(id, id);
  }
}

void ExperimentPanel::show(ExperimentModel::Parts parts) {
  const twb::Experiment& e = model_->experiment();
  if (parts & ExperimentModel::Name && name_->text().trimmed().toStdString() != e.name) {
    quietly(name_, &QLineEdit::setText, QString::fromStdString(e.name));
    name_->setCursorPosition(0);
  }
  if (parts & ExperimentModel::Data) {
    showDataset(source_, e.source.dataset);
    showDataset(target_, e.target.dataset);
    quietly(seed_, &QLineEdit::setText, QString::number(e.seed));
  }
  if (parts & ExperimentModel::Training) {
    quietly(steps_, &QSpinBox::setValue, clampToInt(e.training.steps));
    quietly(batchSize_, &QSpinBox::setValue, e.training.batchSize);
    quietly(learningRate_, &QDoubleSpinBox::setValue, e.training.lr);
    quietly(evalEvery_, &QSpinBox::setValue, clampToInt(e.eval.every));
    const QSignalBlocker block(lrSchedule_);
    selectData(lrSchedule_, e.training.lrSchedule);
  }
  if (parts & ExperimentModel::Method) {
    const twb::Method& method = twb::methodOf(e);
    {
      const QSignalBlocker block(method_);
      selectData(method_, method.name());
    }
    method_->setToolTip(coreText(method.title()));
    settings_->show(method, e);
    {
      const QSignalBlocker blockSchedule(lambdaSchedule_);
      selectData(lambdaSchedule_, e.method.lambda.schedule);
    }
    quietly(lambdaGamma_, &QDoubleSpinBox::setValue, e.method.lambda.gamma);
    quietly(lambdaMax_, &QDoubleSpinBox::setValue, e.method.lambda.max);
    quietly(lambdaWarmup_, &QSpinBox::setValue, static_cast<int>(std::min<std::int64_t>(e.method.lambda.warmupSteps, 10'000'000)));
    tasks_->setTasks(e.tasks);
  }
  showRows();
}

void ExperimentPanel::showRows() {
  const twb::Experiment& e = model_->experiment();
  const twb::MethodNeeds needs = twb::methodOf(e).needs();
  if (auto* form = qobject_cast<QFormLayout*>(methodGroup_->layout())) {
    for (QWidget* field : {static_cast<QWidget*>(lambdaSchedule_), static_cast<QWidget*>(lambdaGamma_),
                           static_cast<QWidget*>(lambdaMax_), static_cast<QWidget*>(lambdaWarmup_),
                           static_cast<QWidget*>(preview_)})
      form->setRowVisible(field, needs.lambda);
    form->setRowVisible(settings_, !settings_->isEmpty());
    // A run of tasks has its tasks' datasets, listed under the task family.
    form->setRowVisible(tasks_, needs.tasks);
  }
  if (auto* form = qobject_cast<QFormLayout*>(dataGroup_->layout()))
    for (QWidget* field : {static_cast<QWidget*>(source_), static_cast<QWidget*>(target_)})
      form->setRowVisible(field, !needs.tasks);
  lambdaGamma_->setEnabled(e.method.lambda.schedule == "ganin");
  lambdaWarmup_->setEnabled(e.method.lambda.schedule == "warmup");
  preview_->setExperiment(e, needs.lambda);
}

void ExperimentPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void ExperimentPanel::retranslateUi() {
  describeDatasetChoices(source_);
  describeDatasetChoices(target_);
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
  lambdaWarmupLabel_->setText(tr("λ &warm-up:"));
  lrScheduleLabel_->setText(tr("LR sche&dule:"));
  lambdaSchedule_->setToolTip(
      tr("ganin: λ rises from 0 to its max as 2/(1+exp(−γp))−1; warmup: λ ramps up as exp(−5(1−t)²) over the "
         "warm-up steps, so the term barely acts while the classifier first learns; constant: λ is its max "
         "throughout"));
  lambdaGamma_->setToolTip(tr("How fast λ rises (the DANN paper uses 10)"));
  lambdaMax_->setToolTip(tr("The weight of the method's adaptation term (DANN's reversed gradient or confusion "
                            "loss, an alignment or entropy term) once it has ramped up"));
  lambdaWarmup_->setToolTip(tr("Steps over which the warmup schedule ramps λ up to its max"));
  lambdaWarmup_->setSuffix(tr(" steps"));
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
  for (int i = 0; i < method_->count(); ++i)
    if (const twb::Method* m = twb::findMethod(method_->itemData(i).toString().toStdString()))
      method_->setItemData(i, coreText(m->title()), Qt::ToolTipRole);
  method_->setToolTip(coreText(twb::methodOf(model_->experiment()).title()));
}

} // namespace twb::ui
