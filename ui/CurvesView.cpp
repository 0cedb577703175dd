#include "CurvesView.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace twb::ui {
namespace {

bool isAccuracyLike(const std::string& name) {
  // Fractions in [0, 1]: accuracies, and the DANN lambda that ramps from 0 to its max.
  return name.rfind("acc/", 0) == 0 || name == twb::metric::kLambda;
}

// Fixed colours for the contract's metrics, so a curve looks the same in every run;
// later metrics take the next colour of a palette that reads well on white.
QColor colourFor(const std::string& name, std::size_t index) {
  static const std::map<std::string, QColor> known = {
      {twb::metric::kLossLabel, QColor(31, 119, 180)},     {twb::metric::kLossDomain, QColor(255, 127, 14)},
      {twb::metric::kLossTotal, QColor(80, 80, 80)},       {twb::metric::kAccSourceTrain, QColor(158, 198, 230)},
      {twb::metric::kAccSourceTest, QColor(31, 119, 180)}, {twb::metric::kAccTargetTest, QColor(214, 39, 40)},
      {twb::metric::kAccDomain, QColor(255, 127, 14)},     {twb::metric::kLambda, QColor(148, 103, 189)},
      {twb::metric::kLr, QColor(140, 140, 140)},
  };
  static const QColor palette[] = {QColor(44, 160, 44), QColor(140, 86, 75), QColor(227, 119, 194),
                                   QColor(188, 189, 34), QColor(23, 190, 207)};
  const auto found = known.find(name);
  if (found != known.end())
    return found->second;
  return palette[index % (sizeof(palette) / sizeof(palette[0]))];
}

void styleLegend(QCPLegend* legend) {
  legend->setVisible(true);
  legend->setBrush(QColor(255, 255, 255, 220));
  legend->setBorderPen(QPen(QColor(200, 200, 200)));
}

} // namespace

CurvesView::CurvesView(QWidget* parent) : QWidget(parent) {
  plot_ = new QCustomPlot(this);
  plot_->setObjectName(QStringLiteral("curvesPlot"));
  plot_->setAntialiasedElements(QCP::aePlottables);
  plot_->setAutoAddPlottableToLegend(false);
  plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);

  lossRect_ = plot_->axisRect();
  accuracyRect_ = new QCPAxisRect(plot_);
  plot_->plotLayout()->addElement(1, 0, accuracyRect_);
  auto* margins = new QCPMarginGroup(plot_);
  lossRect_->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
  accuracyRect_->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
  for (QCPAxisRect* rect : {lossRect_, accuracyRect_}) {
    rect->setRangeDrag(Qt::Horizontal);
    rect->setRangeZoom(Qt::Horizontal);
  }
  // The learning rate lives on the loss plot's right axis; shown once it has data.
  lossRect_->axis(QCPAxis::atRight)->setVisible(false);
  accuracyRect_->axis(QCPAxis::atLeft)->setRange(0.0, 1.0);

  // One step axis for both plots: dragging or zooming one moves the other.
  QCPAxis* lossSteps = lossRect_->axis(QCPAxis::atBottom);
  QCPAxis* accuracySteps = accuracyRect_->axis(QCPAxis::atBottom);
  connect(lossSteps, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), accuracySteps,
          qOverload<const QCPRange&>(&QCPAxis::setRange));
  connect(accuracySteps, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), lossSteps,
          qOverload<const QCPRange&>(&QCPAxis::setRange));

  styleLegend(plot_->legend);
  lossRect_->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  accuracyLegend_ = new QCPLegend;
  accuracyRect_->insetLayout()->addElement(accuracyLegend_, Qt::AlignBottom | Qt::AlignRight);
  accuracyLegend_->setLayer(QStringLiteral("legend"));
  styleLegend(accuracyLegend_);

  connect(plot_, &QCustomPlot::mousePress, this, [this] { userMovedView_ = true; });
  connect(plot_, &QCustomPlot::mouseWheel, this, [this] { userMovedView_ = true; });
  connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this] {
    userMovedView_ = false;
    fitView();
    plot_->replot();
  });

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  retranslateUi();
  clear(0);
}

void CurvesView::clear(std::int64_t totalSteps) {
  plot_->clearGraphs();
  graphs_.clear();
  totalSteps_ = totalSteps;
  lastStep_ = 0;
  userMovedView_ = false;
  lossRect_->axis(QCPAxis::atRight)->setVisible(false);
  // An empty legend draws as a stray box; each shows up with its first curve.
  plot_->legend->setVisible(false);
  accuracyLegend_->setVisible(false);
  fitView();
  plot_->replot();
}

void CurvesView::append(const std::vector<twb::MetricRow>& rows) {
  if (rows.empty())
    return;
  for (const twb::MetricRow& row : rows) {
    lastStep_ = std::max(lastStep_, row.step);
    for (const auto& [name, value] : row.values)
      graphFor(name)->addData(static_cast<double>(row.step), value);
  }
  if (!userMovedView_)
    fitView();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

QCPGraph* CurvesView::graph(const std::string& metricName) const {
  const auto found = graphs_.find(metricName);
  return found == graphs_.end() ? nullptr : found->second;
}

QCPGraph* CurvesView::graphFor(const std::string& metricName) {
  if (QCPGraph* existing = graph(metricName))
    return existing;
  QCPAxisRect* rect = isAccuracyLike(metricName) ? accuracyRect_ : lossRect_;
  QCPAxis* valueAxis = rect->axis(QCPAxis::atLeft);
  if (metricName == twb::metric::kLr) {
    valueAxis = rect->axis(QCPAxis::atRight);
    valueAxis->setVisible(true);
  }
  QCPGraph* graph = plot_->addGraph(rect->axis(QCPAxis::atBottom), valueAxis);
  graph->setName(QString::fromStdString(metricName));
  QPen pen(colourFor(metricName, graphs_.size()));
  pen.setWidthF(metricName == twb::metric::kLr ? 1.0 : 2.0);
  if (metricName == twb::metric::kLr || metricName == twb::metric::kLambda)
    pen.setStyle(Qt::DashLine); // schedules, not measurements
  graph->setPen(pen);
  if (rect == accuracyRect_) {
    // Test accuracies arrive once per evaluation, far apart: mark the points themselves.
    // Source points are larger rings so they stay visible when the target's coincide.
    if (metricName.find("test") != std::string::npos)
      graph->setScatterStyle(metricName.find("source") != std::string::npos
                                 ? QCPScatterStyle(QCPScatterStyle::ssCircle, 9)
                                 : QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    graph->addToLegend(accuracyLegend_);
    accuracyLegend_->setVisible(true);
  } else {
    graph->addToLegend(plot_->legend);
    plot_->legend->setVisible(true);
  }
  graphs_.emplace(metricName, graph);
  return graph;
}

void CurvesView::fitView() {
  const double stepEnd = static_cast<double>(std::max<std::int64_t>({totalSteps_, lastStep_, 1}));
  lossRect_->axis(QCPAxis::atBottom)->setRange(0.0, stepEnd);

  // Losses start at zero so their fall reads at a glance; a little headroom on top.
  QCPAxis* loss = lossRect_->axis(QCPAxis::atLeft);
  bool found = false;
  QCPRange lossRange(0.0, 1.0);
  for (const auto& [name, graph] : graphs_) {
    if (graph->valueAxis() != loss)
      continue;
    bool ok = false;
    const QCPRange range = graph->getValueRange(ok);
    if (!ok)
      continue;
    lossRange = found ? QCPRange(0.0, std::max(lossRange.upper, range.upper)) : QCPRange(0.0, range.upper);
    found = true;
  }
  loss->setRange(0.0, std::max(lossRange.upper * 1.05, 1e-6));

  if (QCPGraph* lr = graph(twb::metric::kLr)) {
    lr->rescaleValueAxis(false);
    QCPAxis* lrAxis = lr->valueAxis();
    lrAxis->setRange(0.0, std::max(lrAxis->range().upper * 1.1, 1e-9));
  }

  // Accuracies are fractions; widen only for a value above 1 (a lambda max > 1).
  double upper = 1.0;
  for (const auto& [name, graph] : graphs_) {
    bool ok = false;
    if (graph->valueAxis() == accuracyRect_->axis(QCPAxis::atLeft)) {
      const QCPRange range = graph->getValueRange(ok);
      if (ok)
        upper = std::max(upper, range.upper);
    }
  }
  accuracyRect_->axis(QCPAxis::atLeft)->setRange(0.0, upper * 1.02);
}

void CurvesView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void CurvesView::retranslateUi() {
  lossRect_->axis(QCPAxis::atLeft)->setLabel(tr("Loss"));
  lossRect_->axis(QCPAxis::atRight)->setLabel(tr("Learning rate"));
  accuracyRect_->axis(QCPAxis::atLeft)->setLabel(tr("Accuracy"));
  accuracyRect_->axis(QCPAxis::atBottom)->setLabel(tr("Step"));
  setToolTip(tr("Drag or scroll to move along the steps; double-click to fit."));
  plot_->replot();
}

} // namespace twb::ui
