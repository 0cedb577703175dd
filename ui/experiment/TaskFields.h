#pragma once
// The multitask rows of the experiment panel: which built-in task family, fixed or
// learned (uncertainty) loss weights, and how many labels per class the family's
// first task keeps, with the tasks the run will train listed underneath.
#include "experiment/Experiment.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace twb::ui {

class TaskFields : public QWidget {
  Q_OBJECT

public:
  explicit TaskFields(QWidget* parent = nullptr);

  // Fills the fields without emitting edited().
  void setTasks(const twb::TasksSpec& tasks);
  // `base` with the values in the fields (the custom list and `only` kept as given).
  twb::TasksSpec tasks(twb::TasksSpec base) const;

signals:
  void edited();

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void updateTaskList();

  twb::TasksSpec shown_;
  QLabel* familyLabel_ = nullptr;
  QLabel* weightingLabel_ = nullptr;
  QLabel* labelsLabel_ = nullptr;
  QComboBox* family_ = nullptr;
  QComboBox* weighting_ = nullptr;
  QSpinBox* labelsPerClass_ = nullptr;
  QLabel* taskList_ = nullptr;
};

} // namespace twb::ui
