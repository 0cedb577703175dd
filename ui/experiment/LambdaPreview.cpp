#include "experiment/LambdaPreview.h"

#include "training/Schedules.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace twb::ui {

LambdaPreview::LambdaPreview(QWidget* parent) : QWidget(parent) {
  plot_ = new QCustomPlot(this);
  plot_->setObjectName(QStringLiteral("lambdaPreviewPlot"));
  plot_->setAntialiasedElements(QCP::aePlottables);
  plot_->setAutoAddPlottableToLegend(false);
  QFont small = font();
  small.setPointSizeF(std::max(6.0, small.pointSizeF() - 1.5));
  for (QCPAxis* axis : plot_->axisRect()->axes()) {
    axis->setLabelFont(small);
    axis->setTickLabelFont(small);
  }
  plot_->xAxis->setRange(0.0, 1.0);
  plot_->yAxis2->setVisible(true);

  lambda_ = plot_->addGraph(plot_->xAxis, plot_->yAxis);
  lambda_->setPen(QPen(QColor(148, 103, 189), 2.0)); // the colour of lambda in the curves
  lr_ = plot_->addGraph(plot_->xAxis, plot_->yAxis2);
  QPen lrPen(QColor(140, 140, 140), 1.5);
  lrPen.setStyle(Qt::DashLine);
  lr_->setPen(lrPen);
  // No legend in so small a plot: each axis is labelled in its curve's colour.
  plot_->yAxis->setLabelColor(lambda_->pen().color());
  plot_->yAxis->setTickLabelColor(lambda_->pen().color());
  plot_->yAxis2->setLabelColor(lr_->pen().color());
  plot_->yAxis2->setTickLabelColor(lr_->pen().color());
  for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis, plot_->yAxis2})
    axis->ticker()->setTickCount(3);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  retranslateUi();
  setExperiment(twb::Experiment{}, true);
}

void LambdaPreview::setExperiment(const twb::Experiment& experiment, bool showLambda) {
  QVector<double> p(kPoints);
  QVector<double> lambda(kPoints);
  QVector<double> lr(kPoints);
  for (int i = 0; i < kPoints; ++i) {
    p[i] = static_cast<double>(i) / (kPoints - 1);
    lambda[i] = twb::scheduledLambda(experiment.method.lambda, p[i], experiment.training.steps);
    lr[i] = twb::scheduledLr(experiment.training, p[i]);
  }
  lambda_->setData(p, lambda, true);
  lr_->setData(p, lr, true);
  lambda_->setVisible(showLambda);
  plot_->yAxis->setVisible(showLambda);
  plot_->yAxis->setRange(0.0, std::max(experiment.method.lambda.max, 1e-6) * 1.08);
  plot_->yAxis2->setRange(0.0, std::max(experiment.training.lr, 1e-12) * 1.08);
  plot_->replot();
}

void LambdaPreview::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void LambdaPreview::retranslateUi() {
  plot_->xAxis->setLabel(tr("Training progress p"));
  lambda_->setName(tr("λ(p)"));
  lr_->setName(tr("learning rate"));
  plot_->yAxis->setLabel(lambda_->name());
  plot_->yAxis2->setLabel(tr("lr"));
  setToolTip(tr("The adversarial weight λ and the learning rate over the run, as the trainer will use them"));
  plot_->replot();
}

} // namespace twb::ui
