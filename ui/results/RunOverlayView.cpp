#include "results/RunOverlayView.h"

#include "common/CoreText.h"
#include "common/RunLabel.h"
#include "methods/Registry.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace twb::ui {
namespace {

QColor runColour(std::size_t index) {
  static const QColor palette[] = {
      QColor(214, 39, 40), QColor(31, 119, 180),  QColor(44, 160, 44),   QColor(255, 127, 14), QColor(148, 103, 189),
      QColor(140, 86, 75), QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34), QColor(23, 190, 207)};
  return palette[index % (sizeof(palette) / sizeof(palette[0]))];
}

// The bounds drawn broken, so a method's curve stands out between them.
Qt::PenStyle penStyleFor(const twb::Experiment& e) {
  switch (twb::methodOf(e).role()) {
  case twb::MethodRole::LowerBound:
    return Qt::DashLine;
  case twb::MethodRole::UpperBound:
    return Qt::DotLine;
  case twb::MethodRole::Method:
    break;
  }
  return Qt::SolidLine;
}

} // namespace

RunOverlayView::RunOverlayView(QWidget* parent) : QWidget(parent) {
  plot_ = new QCustomPlot(this);
  plot_->setObjectName(QStringLiteral("overlayPlot"));
  plot_->setAntialiasedElements(QCP::aePlottables);
  plot_->setAutoAddPlottableToLegend(false);
  plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);

  accuracyRect_ = plot_->axisRect();
  lossRect_ = new QCPAxisRect(plot_);
  plot_->plotLayout()->addElement(1, 0, lossRect_);
  auto* margins = new QCPMarginGroup(plot_);
  for (QCPAxisRect* rect : {accuracyRect_, lossRect_}) {
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    rect->setRangeDrag(Qt::Horizontal);
    rect->setRangeZoom(Qt::Horizontal);
  }
  QCPAxis* accuracySteps = accuracyRect_->axis(QCPAxis::atBottom);
  QCPAxis* lossSteps = lossRect_->axis(QCPAxis::atBottom);
  connect(accuracySteps, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), lossSteps,
          qOverload<const QCPRange&>(&QCPAxis::setRange));
  connect(lossSteps, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), accuracySteps,
          qOverload<const QCPRange&>(&QCPAxis::setRange));

  legend_ = plot_->legend;
  legend_->setBrush(QColor(255, 255, 255, 220));
  legend_->setBorderPen(QPen(QColor(200, 200, 200)));
  // Top left: accuracies start low, so early steps leave that corner empty.
  accuracyRect_->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
  legend_->setVisible(false);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  retranslateUi();
  setRuns({});
}

void RunOverlayView::setRuns(const std::vector<RunPtr>& runs) {
  plot_->clearGraphs();
  double lastStep = 1.0;
  double maxLoss = 0.0;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    const twb::RunRecord& run = *runs[i];
    QPen pen(runColour(i));
    pen.setWidthF(2.0);
    pen.setStyle(penStyleFor(run.experiment));
    QCPGraph* accuracy = plot_->addGraph(accuracyRect_->axis(QCPAxis::atBottom), accuracyRect_->axis(QCPAxis::atLeft));
    QCPGraph* loss = plot_->addGraph(lossRect_->axis(QCPAxis::atBottom), lossRect_->axis(QCPAxis::atLeft));
    // What the run is drawn by: its method's headline curves, and what to say after its name.
    const twb::Headline headline = twb::methodOf(run.experiment).headline(run.experiment);
    const std::string& accuracyMetric = headline.accuracy;
    const std::string& lossMetric = headline.loss;
    QString label = runLabel(run);
    if (!headline.caption.empty())
      label += QStringLiteral(" (%1)").arg(coreText(headline.caption));
    accuracy->setName(label);
    loss->setName(label);
    accuracy->setPen(pen);
    accuracy->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    pen.setWidthF(1.2);
    loss->setPen(pen);
    accuracy->addToLegend(legend_);
    for (const twb::MetricRow& row : run.metrics) {
      double value = 0.0;
      const double step = static_cast<double>(row.step);
      if (row.find(accuracyMetric, value))
        accuracy->addData(step, value);
      if (row.find(lossMetric, value)) {
        loss->addData(step, value);
        maxLoss = std::max(maxLoss, value);
      }
      lastStep = std::max(lastStep, step);
    }
  }
  legend_->setVisible(!runs.empty());
  accuracyRect_->axis(QCPAxis::atBottom)->setRange(0.0, lastStep);
  accuracyRect_->axis(QCPAxis::atLeft)->setRange(0.0, 1.02);
  lossRect_->axis(QCPAxis::atLeft)->setRange(0.0, std::max(maxLoss * 1.05, 1e-6));
  plot_->replot();
}

int RunOverlayView::accuracyGraphCount() const {
  return static_cast<int>(accuracyRect_->graphs().size());
}

void RunOverlayView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void RunOverlayView::retranslateUi() {
  accuracyRect_->axis(QCPAxis::atLeft)->setLabel(tr("Target test accuracy"));
  lossRect_->axis(QCPAxis::atLeft)->setLabel(tr("Label loss"));
  lossRect_->axis(QCPAxis::atBottom)->setLabel(tr("Step"));
  setToolTip(tr("Select runs in the Runs panel to compare them here; dashed: the lower bound (%1), dotted: the "
                "upper bound (%2).")
                 .arg(boundName(twb::MethodRole::LowerBound), boundName(twb::MethodRole::UpperBound)));
  plot_->replot();
}

} // namespace twb::ui
