#pragma once
// The schedules of a run drawn before it runs: the adversarial weight lambda(p) and
// the learning rate over training progress p in [0, 1], computed by the same
// functions the trainer uses (core/Schedules.h), so what is seen is what will run.
#include "experiment/Experiment.h"

#include <QWidget>

class QCPGraph;
class QCustomPlot;

namespace twb::ui {

class LambdaPreview : public QWidget {
  Q_OBJECT

public:
  explicit LambdaPreview(QWidget* parent = nullptr);

  // Redraws for `experiment`; the lambda curve only when `showLambda`.
  void setExperiment(const twb::Experiment& experiment, bool showLambda);

  QCPGraph* lambdaGraph() const { return lambda_; }
  QCPGraph* lrGraph() const { return lr_; }
  static constexpr int kPoints = 101; // p = 0, 0.01, ..., 1

  QSize sizeHint() const override { return {240, 140}; }
  QSize minimumSizeHint() const override { return {160, 100}; }

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();

  QCustomPlot* plot_ = nullptr;
  QCPGraph* lambda_ = nullptr;
  QCPGraph* lr_ = nullptr;
};

} // namespace twb::ui
