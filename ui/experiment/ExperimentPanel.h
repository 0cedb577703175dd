#pragma once
// The experiment settings form: name, source and target datasets, method (with the
// lambda schedule of adversarial methods and its preview), steps, batch size,
// learning rate and its schedule, seed and evaluation interval. It edits a whole
// twb::Experiment and leaves every field it does not show exactly as it was given.
#include "DomainRole.h"
#include "experiment/Experiment.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace twb::ui {

class LambdaPreview;
class TaskFields;

class ExperimentPanel : public QWidget {
  Q_OBJECT

public:
  explicit ExperimentPanel(QWidget* parent = nullptr);

  const LambdaPreview* lambdaPreview() const { return preview_; }

  // The experiment last set, with the values currently in the form.
  twb::Experiment experiment() const;
  // Fills the form without emitting edited().
  void setExperiment(const twb::Experiment& experiment);
  // Puts `spec` in the source or target field as a user edit (the Datasets panel's choice).
  void setDatasetSpec(DomainRole role, const QString& spec);
  // Replaces the model section (the Model panel's edits) as a user edit.
  void setModel(const twb::ModelSpec& model);
  // The Zero-shot panel's table and split, as a user edit (the document is modified).
  void setZeroShot(const twb::ZeroShotSpec& spec);

signals:
  // The user changed a field.
  void edited();
  // The source, the target, the seed or the method may have changed: set, picked, or
  // typed and confirmed (not on every keystroke, so a half-typed path is never loaded).
  void datasetsChanged();
  // The model section may have changed: a new experiment was set or setModel() called.
  void modelChanged();

protected:
  void changeEvent(QEvent* event) override;

private:
  void buildForm();
  void fillDatasetChoices(QComboBox* combo);
  void fillMethodChoices();
  void selectMethod(const std::string& name);
  void retranslateUi();
  QString methodTitle(const QString& name) const;
  void buildScheduleFields();
  void buildDomainHeadFields();
  void updateSchedules(); // lambda rows shown for adversarial methods; the preview redrawn

  twb::Experiment experiment_;

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
  TaskFields* tasks_ = nullptr; // multitask only

  QLabel* lambdaScheduleLabel_ = nullptr;
  QLabel* lambdaGammaLabel_ = nullptr;
  QLabel* lambdaMaxLabel_ = nullptr;
  QLabel* adversaryLabel_ = nullptr;
  QLabel* domainHeadLabel_ = nullptr;
  QLabel* lrScheduleLabel_ = nullptr;
  QComboBox* lambdaSchedule_ = nullptr;
  QDoubleSpinBox* lambdaGamma_ = nullptr;
  QDoubleSpinBox* lambdaMax_ = nullptr;
  QWidget* domainHead_ = nullptr; // DANN's domain classifier: layers x width
  QSpinBox* domainLayers_ = nullptr;
  QSpinBox* domainWidth_ = nullptr;
  QLabel* domainTimes_ = nullptr;
  QComboBox* adversary_ = nullptr;
  QComboBox* lrSchedule_ = nullptr;
  LambdaPreview* preview_ = nullptr;
};

} // namespace twb::ui
