#include "experiment/TaskFields.h"

#include "base/Errors.h"
#include "common/CoreText.h"
#include "methods/multitask/Tasks.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace twb::ui {

TaskFields::TaskFields(QWidget* parent) : QWidget(parent) {
  family_ = new QComboBox(this);
  weighting_ = new QComboBox(this);
  labelsPerClass_ = new QSpinBox(this);
  taskList_ = new QLabel(this);
  family_->setObjectName(QStringLiteral("taskFamily"));
  weighting_->setObjectName(QStringLiteral("taskWeighting"));
  labelsPerClass_->setObjectName(QStringLiteral("taskLabelsPerClass"));
  taskList_->setObjectName(QStringLiteral("taskList"));
  // The experiment file's values, shown as they are written; "custom" only when a file has one.
  for (const std::string& family : twb::taskFamilies())
    if (family != "custom")
      family_->addItem(QString::fromStdString(family), QString::fromStdString(family));
  for (const char* name : {"fixed", "uncertainty"})
    weighting_->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
  labelsPerClass_->setRange(0, 100'000);
  labelsPerClass_->setAccelerated(true);
  taskList_->setWordWrap(true);
  taskList_->setTextFormat(Qt::PlainText);

  auto* form = new QFormLayout(this);
  form->setContentsMargins(0, 0, 0, 0);
  const auto addRow = [&](QLabel*& label, QWidget* field) {
    label = new QLabel(this);
    label->setBuddy(field);
    form->addRow(label, field);
  };
  addRow(familyLabel_, family_);
  addRow(weightingLabel_, weighting_);
  addRow(labelsLabel_, labelsPerClass_);
  form->addRow(taskList_);

  const auto changed = [this] {
    updateTaskList();
    emit edited();
  };
  connect(family_, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
  connect(weighting_, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
  connect(labelsPerClass_, qOverload<int>(&QSpinBox::valueChanged), this, changed);
  retranslateUi();
  setTasks(shown_);
}

void TaskFields::setTasks(const twb::TasksSpec& tasks) {
  shown_ = tasks;
  const QSignalBlocker blockers[] = {QSignalBlocker(family_), QSignalBlocker(weighting_),
                                     QSignalBlocker(labelsPerClass_)};
  const QString family = QString::fromStdString(tasks.family);
  if (family_->findData(family) < 0)
    family_->addItem(family, family); // "custom": a file's own list, kept as it is
  family_->setCurrentIndex(family_->findData(family));
  weighting_->setCurrentIndex(std::max(0, weighting_->findData(QString::fromStdString(tasks.weighting))));
  labelsPerClass_->setValue(tasks.labelsPerClass);
  updateTaskList();
}

twb::TasksSpec TaskFields::tasks(twb::TasksSpec base) const {
  base.family = family_->currentData().toString().toStdString();
  base.weighting = weighting_->currentData().toString().toStdString();
  base.labelsPerClass = labelsPerClass_->value();
  if (base.family != "custom")
    base.list.clear(); // a family brings its own tasks
  if (base.family != shown_.family)
    base.only.clear(); // the task named for a single-task run may not exist in the new family
  return base;
}

void TaskFields::updateTaskList() {
  QStringList lines;
  try {
    for (const twb::TaskSpec& t : twb::resolveTasks(tasks(shown_))) {
      QString line =
          tr("%1: %2 of %3")
              .arg(QString::fromStdString(t.name), QString::fromStdString(t.label), QString::fromStdString(t.dataset));
      if (t.labelsPerClass > 0)
        line += tr(", %1 labels per class").arg(t.labelsPerClass);
      lines.append(line);
    }
  } catch (const twb::InputError& e) {
    lines.append(errorText(e));
  }
  taskList_->setText(lines.join(QLatin1Char('\n')));
  family_->setToolTip(coreText(twb::describeTaskFamily(family_->currentData().toString().toStdString())));
}

void TaskFields::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void TaskFields::retranslateUi() {
  familyLabel_->setText(tr("T&asks:"));
  weightingLabel_->setText(tr("Loss &weights:"));
  labelsLabel_->setText(tr("Labels per c&lass:"));
  labelsPerClass_->setSpecialValueText(tr("all"));
  labelsPerClass_->setToolTip(tr("Labelled training images per class for the first task; the other tasks keep all "
                                 "their labels. 0: all."));
  weighting_->setToolTip(tr("fixed: each task's loss times its weight; uncertainty: weights learned from each "
                            "task's uncertainty (Kendall, Gal & Cipolla 2018)"));
  updateTaskList();
}

} // namespace twb::ui
