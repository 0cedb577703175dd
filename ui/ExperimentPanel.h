#pragma once
// The experiment settings form: name, source and target datasets, method, steps,
// batch size, learning rate, seed and evaluation interval. It edits a whole
// twb::Experiment and leaves every field it does not show exactly as it was given.
#include "Experiment.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace twb::ui {

class ExperimentPanel : public QWidget {
  Q_OBJECT

public:
  explicit ExperimentPanel(QWidget* parent = nullptr);

  // The experiment last set, with the values currently in the form.
  twb::Experiment experiment() const;
  // Fills the form without emitting edited().
  void setExperiment(const twb::Experiment& experiment);

signals:
  // The user changed a field.
  void edited();

protected:
  void changeEvent(QEvent* event) override;

private:
  void buildForm();
  void fillDatasetChoices(QComboBox* combo);
  void fillMethodChoices();
  void selectMethod(const std::string& name);
  void retranslateUi();
  QString methodTitle(const QString& name) const;

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
};

} // namespace twb::ui
