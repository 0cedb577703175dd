#pragma once
// The experiment settings form: name, source and target datasets, method (with the
// fields the method declares: its own settings, the lambda schedule of an
// adversarial method with its preview, a multitask run's tasks), steps, batch size,
// learning rate and its schedule, seed and evaluation interval. A view of the
// ExperimentModel: every change of a field is an undoable edit of the experiment, and
// every change of the experiment (an undo, a file) shows here. Which fields show is
// asked of the method's declaration; no method is named here.
#include "experiment/ExperimentModel.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace twb::ui {

class LambdaPreview;
class MethodSettingsForm;
class TaskFields;

class ExperimentPanel : public QWidget {
  Q_OBJECT

public:
  explicit ExperimentPanel(ExperimentModel* model, QWidget* parent = nullptr);

  const LambdaPreview* lambdaPreview() const { return preview_; }
  ExperimentModel* model() const { return model_; }

  // Text typed into a dataset field or the seed becomes an edit when the field is left
  // or Return is pressed (so a half-typed path is never loaded); before a run starts
  // or the file is saved, what is still being typed is committed here.
  void commitPending();

protected:
  void changeEvent(QEvent* event) override;

private:
  void buildForm();
  void buildScheduleFields();
  void connectFields();
  void fillDatasetChoices(QComboBox* combo);
  void describeDatasetChoices(QComboBox* combo); // the tooltips, in the window's language
  void fillMethodChoices();
  void show(ExperimentModel::Parts parts);
  void showRows(); // the fields the method reads; the lambda preview redrawn
  void retranslateUi();
  void edit(const QString& text, const std::function<void(twb::Experiment&)>& change, const QString& mergeKey = {});
  void commitDataset(bool source);
  void commitSeed();

  ExperimentModel* model_;

  QGroupBox* dataGroup_ = nullptr;
  QGroupBox* methodGroup_ = nullptr;
  QGroupBox* trainingGroup_ = nullptr;
  QLabel* nameLabel_ = nullptr;
  QLabel* sourceLabel_ = nullptr;
  QLabel* targetLabel_ = nullptr;
  QLabel* methodLabel_ = nullptr;
  QLabel* stepsLabel_ = nullptr;
  QLabel* batchLabel_ = nullptr;
  QLabel* lrLabel_ = nullptr;
  QLabel* seedLabel_ = nullptr;
  QLabel* evalLabel_ = nullptr;

  QLineEdit* name_ = nullptr;
  QComboBox* source_ = nullptr;
  QComboBox* target_ = nullptr;
  QComboBox* method_ = nullptr;
  QSpinBox* steps_ = nullptr;
  QSpinBox* batchSize_ = nullptr;
  QDoubleSpinBox* learningRate_ = nullptr;
  QLineEdit* seed_ = nullptr;
  QSpinBox* evalEvery_ = nullptr;
  MethodSettingsForm* settings_ = nullptr; // the method's own settings
  TaskFields* tasks_ = nullptr;            // methods that train tasks

  QLabel* lambdaScheduleLabel_ = nullptr;
  QLabel* lambdaGammaLabel_ = nullptr;
  QLabel* lambdaMaxLabel_ = nullptr;
  QLabel* lambdaWarmupLabel_ = nullptr;
  QLabel* lrScheduleLabel_ = nullptr;
  QComboBox* lambdaSchedule_ = nullptr;
  QDoubleSpinBox* lambdaGamma_ = nullptr;
  QDoubleSpinBox* lambdaMax_ = nullptr;
  QSpinBox* lambdaWarmup_ = nullptr;
  QComboBox* lrSchedule_ = nullptr;
  LambdaPreview* preview_ = nullptr;
};

} // namespace twb::ui
