#include "model/LayerSweepPlot.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace twb::ui {

LayerSweepPlot::LayerSweepPlot(QWidget* parent) : QWidget(parent) {
  plot_ = new QCustomPlot(this);
  plot_->setObjectName(QStringLiteral("layerSweepPlot"));
  plot_->setAntialiasedElements(QCP::aePlottables);
  plot_->setMinimumHeight(200);
  plot_->legend->setVisible(true);
  // Bottom left: k = 0 sits at the scratch level, so low accuracies at small k are rare.
  plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
  QFont small = font();
  small.setPointSizeF(std::max(6.0, small.pointSizeF() - 1.0));
  plot_->legend->setFont(small);

  auto makeGraph = [this](const QColor& color, QCPScatterStyle::ScatterShape shape) {
    QCPGraph* g = plot_->addGraph();
    g->setPen(QPen(color, 2.0));
    g->setScatterStyle(QCPScatterStyle(shape, color, color, 7));
    return g;
  };
  frozen_ = makeGraph(QColor(31, 119, 180), QCPScatterStyle::ssSquare);
  finetuned_ = makeGraph(QColor(214, 39, 40), QCPScatterStyle::ssCircle);
  scratch_ = makeGraph(QColor(90, 90, 90), QCPScatterStyle::ssDiamond);
  QPen dashed(QColor(90, 90, 90), 1.5);
  dashed.setStyle(Qt::DashLine);
  scratch_->setPen(dashed);
  scratch_->setLineStyle(QCPGraph::lsNone);
  baseline_ = new QCPItemStraightLine(plot_);
  baseline_->setPen(dashed);
  baseline_->setVisible(false);

  plot_->yAxis->setRange(0.0, 1.0);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  reset({}, false);
}

void LayerSweepPlot::reset(const QStringList& layers, bool last) {
  layerCount_ = static_cast<int>(layers.size());
  for (QCPGraph* g : {frozen_, finetuned_, scratch_})
    g->data()->clear();
  baseline_->setVisible(false);
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  ticker->addTick(0, QStringLiteral("0"));
  for (int k = 1; k <= layerCount_; ++k)
    ticker->addTick(k, QStringLiteral("%1\n%2").arg(k).arg(layers[k - 1]));
  plot_->xAxis->setTicker(ticker);
  last_ = last;
  retranslateUi();
  plot_->xAxis->setRange(-0.3, std::max(1, layerCount_) + 0.3);
  rescale();
}

void LayerSweepPlot::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void LayerSweepPlot::retranslateUi() {
  frozen_->setName(tr("copied layers frozen"));
  finetuned_->setName(tr("copied layers fine-tuned"));
  scratch_->setName(tr("from scratch (k = 0)"));
  plot_->yAxis->setLabel(tr("target test accuracy"));
  plot_->xAxis->setLabel(last_ ? tr("k: the last k layers before the head copied from the source model")
                               : tr("k: the first k layers copied from the source model"));
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LayerSweepPlot::addCell(int k, const QString& variant, double accuracy) {
  if (variant == QLatin1String("scratch")) {
    scratch_->addData(0, accuracy);
    baseline_->point1->setCoords(0, accuracy);
    baseline_->point2->setCoords(1, accuracy);
    baseline_->setVisible(true);
    // k = 0 copies nothing: both curves start from the scratch number.
    frozen_->addData(0, accuracy);
    finetuned_->addData(0, accuracy);
  } else if (variant == QLatin1String("frozen")) {
    frozen_->addData(k, accuracy);
  } else if (variant == QLatin1String("finetuned")) {
    finetuned_->addData(k, accuracy);
  } else {
    return; // the source model's own cell is not a point of this plot
  }
  rescale();
}

int LayerSweepPlot::pointCount() const {
  return frozen_->dataCount() + finetuned_->dataCount();
}

void LayerSweepPlot::rescale() {
  double low = 1.0, high = 0.0;
  for (QCPGraph* g : {frozen_, finetuned_})
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
      low = std::min(low, it->value);
      high = std::max(high, it->value);
    }
  if (high >= low)
    plot_->yAxis->setRange(std::max(0.0, low - 0.1), std::min(1.0, high + 0.1));
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace twb::ui
