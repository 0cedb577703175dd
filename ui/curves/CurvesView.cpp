#include "curves/CurvesView.h"

#include "common/CoreText.h"
#include "methods/Registry.h"

#include "curves/PlotCaption.h"
#include "curves/PlotCrosshair.h"
#include "common/PlotExport.h"
#include "window/SettingsKeys.h"

#include "help/Concepts.h"
#include <qcustomplot.h>

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScopedValueRollback>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace twb::ui {
namespace {

constexpr double kMaxSmoothing = 0.99;
constexpr int kAccuracyLegendColumns = 3; // up to five accuracies: two rows where the width allows

void styleLegend(QCPLegend* legend) {
  legend->setVisible(false); // an empty legend draws as a stray box; shown with its first curve
  legend->setBrush(QColor(255, 255, 255, 220));
  legend->setBorderPen(QPen(QColor(200, 200, 200)));
  legend->setRowSpacing(0);
}

// A dashed horizontal line across `rect` at `y` with a label at its left end, hidden
// until the curve it refers to arrives.
ChanceMark makeChanceMark(QCustomPlot* plot, QCPAxisRect* rect, double y) {
  ChanceMark mark;
  mark.line = new QCPItemStraightLine(plot);
  mark.line->setClipAxisRect(rect);
  for (QCPItemPosition* end : {mark.line->point1, mark.line->point2})
    end->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
  mark.line->point1->setCoords(0.0, y);
  mark.line->point2->setCoords(1.0, y);
  mark.line->setPen(QPen(QColor(255, 127, 14, 200), 1.2, Qt::DashLine));
  mark.line->setSelectable(false);
  mark.label = new QCPItemText(plot);
  mark.label->setClipAxisRect(rect);
  mark.label->position->setAxisRect(rect);
  mark.label->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
  mark.label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
  mark.label->position->setTypeY(QCPItemPosition::ptPlotCoords);
  mark.label->position->setCoords(0.01, y);
  mark.label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
  mark.label->setColor(QColor(200, 100, 10));
  mark.label->setBrush(QColor(255, 255, 255, 170));
  mark.label->setSelectable(false);
  // Above the curves (layer "main", where every graph added later would draw over it):
  // early in a run the loss curves pass through this corner.
  mark.label->setLayer(QStringLiteral("legend"));
  mark.setVisible(false);
  return mark;
}

QCPLegend* addLegend(QCPAxisRect* rect, Qt::Alignment alignment) {
  auto* legend = new QCPLegend;
  rect->insetLayout()->addElement(legend, alignment);
  legend->setLayer(QStringLiteral("legend"));
  styleLegend(legend);
  return legend;
}

// The largest value the visible graphs on `axis` reach (ok = false when none has data).
double visibleUpper(const QCustomPlot& plot, const QCPAxis* axis, bool& ok) {
  ok = false;
  double upper = 0.0;
  for (int i = 0; i < plot.graphCount(); ++i) {
    const QCPGraph* graph = plot.graph(i);
    if (graph->valueAxis() != axis || !graph->visible())
      continue;
    bool found = false;
    const QCPRange range = graph->getValueRange(found);
    if (found) {
      upper = ok ? std::max(upper, range.upper) : range.upper;
      ok = true;
    }
  }
  return upper;
}

// "0.6931" for losses, "0.01" for rates: four significant digits, the reader's locale.
QString formatValue(double value) {
  return QLocale().toString(value, 'g', 4);
}

} // namespace

void ChanceMark::setVisible(bool on) {
  line->setVisible(on);
  label->setVisible(on);
}

CurvesView::CurvesView(QWidget* parent) : QWidget(parent) {
  toolBar_ = new CurvesToolBar(this);
  toolBar_->setObjectName(QStringLiteral("curvesToolBar"));
  buildPlot();

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  subject_ = new QLabel(this);
  subject_->setObjectName(QStringLiteral("curvesSubject"));
  subject_->setContentsMargins(8, 4, 8, 2);
  subject_->setTextFormat(Qt::PlainText);
  subject_->setWordWrap(true); // a long run description wraps rather than widening the window
  layout->addWidget(toolBar_);
  // Which run is drawn, and what the curves mean.
  layout->addWidget(subject_);
  subject_->hide(); // until a run is drawn: the plots keep the height
  // What the curves mean, beside Export: a row of their own would take the plots' height.
  if (auto* bar = qobject_cast<QHBoxLayout*>(toolBar_->layout()))
    for (help::Concept c : {help::Concept::Dann, help::Concept::DomainAccuracy})
      bar->insertWidget(bar->count() - 1, help::conceptButton(c, toolBar_));
  layout->addWidget(plot_, 1);
  connect(plot_, &QCustomPlot::mouseMove, this, &CurvesView::showLegendToolTip);

  smoothing_ = std::clamp(settings::curvesSmoothing.get(), 0.0, kMaxSmoothing);
  xAxis_ = settings::curvesXAxis.get() == QStringLiteral("epochs") ? CurvesXAxis::Epochs : CurvesXAxis::Steps;
  toolBar_->setSmoothing(smoothing_);
  toolBar_->setXAxis(xAxis_);
  // The user's choices are remembered; the same setters called by code are not.
  connect(toolBar_, &CurvesToolBar::smoothingChanged, this, [this](double weight) {
    setSmoothing(weight);
    settings::curvesSmoothing.set(smoothing_);
  });
  connect(toolBar_, &CurvesToolBar::xAxisChanged, this, [this](CurvesXAxis axis) {
    setXAxis(axis);
    settings::curvesXAxis.set(axis == CurvesXAxis::Epochs ? QStringLiteral("epochs") : QStringLiteral("steps"));
  });
  connect(toolBar_, &CurvesToolBar::followLiveToggled, this, &CurvesView::setFollowLive);
  connect(toolBar_, &CurvesToolBar::backToLatestClicked, this, &CurvesView::backToLatest);
  connect(toolBar_, &CurvesToolBar::exportRequested, this, &CurvesView::exportInteractively);

  retranslateUi();
  clear(0);
}

void CurvesView::buildPlot() {
  plot_ = new QCustomPlot(this);
  plot_->setObjectName(QStringLiteral("curvesPlot"));
  plot_->setAntialiasedElements(QCP::aePlottables);
  plot_->setNoAntialiasingOnDrag(true); // panning tens of thousands of points stays fluid
  // A noisy curve drawn as one antialiased polyline costs Qt's rasterizer time that
  // grows with the square of its zigzags (half a second at 50,000 points); drawn as
  // separate segments it stays linear.
  plot_->setPlottingHint(QCP::phFastPolylines, true);
  plot_->setAutoAddPlottableToLegend(false);
  plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);

  lossRect_ = plot_->axisRect();
  targetCaption_ = new PlotCaption(plot_); // elided: a long sentence would set the window's width
  QFont captionFont = plot_->font();
  captionFont.setItalic(true);
  captionFont.setPointSizeF(captionFont.pointSizeF() * 0.9);
  targetCaption_->setFont(captionFont);
  targetCaption_->setTextColor(QColor(110, 110, 110));
  targetCaption_->setMargins(QMargins(0, 6, 0, 0));
  accuracyRect_ = new QCPAxisRect(plot_);
  scheduleRect_ = new QCPAxisRect(plot_);
  QCPLayoutGrid* grid = plot_->plotLayout();
  grid->addElement(1, 0, targetCaption_);
  grid->addElement(2, 0, accuracyRect_);
  grid->addElement(3, 0, scheduleRect_);
  grid->setRowStretchFactors({1.0, 0.01, 1.0, 0.5});
  grid->setRowSpacing(0);

  // Smaller than QCustomPlot's 50 px each, so the three plots fit above the bottom
  // tabs on a 1280x720 screen; they get more than this wherever there is room.
  lossRect_->setMinimumSize(50, 40);
  accuracyRect_->setMinimumSize(50, 40);
  scheduleRect_->setMinimumSize(50, 40); // room for its three ticks
  auto* margins = new QCPMarginGroup(plot_);
  const std::vector<QCPAxisRect*> rects = {lossRect_, accuracyRect_, scheduleRect_};
  for (QCPAxisRect* rect : rects) {
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    rect->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    rect->setRangeZoom(Qt::Horizontal);
    rect->axis(QCPAxis::atRight)->setVisible(false);
    // One x axis for all three plots: moving one moves the others.
    for (QCPAxisRect* other : rects)
      if (other != rect)
        connect(rect->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::rangeChanged),
                other->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::setRange));
  }
  // The plots above the lowest share its step labels; theirs would only take room.
  lossRect_->axis(QCPAxis::atBottom)->setTickLabels(false);
  accuracyRect_->axis(QCPAxis::atBottom)->setTickLabels(false);
  QCPAxis* lrAxis = scheduleRect_->axis(QCPAxis::atRight);
  lrAxis->setVisible(true);
  lrAxis->setTickLabelColor(QColor(90, 90, 90));
  scheduleRect_->setRangeDragAxes({scheduleRect_->axis(QCPAxis::atBottom)},
                                  {scheduleRect_->axis(QCPAxis::atLeft), lrAxis});
  scheduleRect_->setRangeZoomAxes({scheduleRect_->axis(QCPAxis::atBottom)},
                                  {scheduleRect_->axis(QCPAxis::atLeft), lrAxis});
  for (QCPAxisRect* rect : rects)
    for (QCPAxis* axis : rect->axes())
      connect(axis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &CurvesView::onUserRangeChange);

  styleLegend(plot_->legend);
  lossRect_->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  legends_[CurvePanel::Losses] = plot_->legend;
  legends_[CurvePanel::Accuracies] = addLegend(accuracyRect_, Qt::AlignBottom | Qt::AlignRight);
  // Up to five accuracies: two rows keep the legend in the corner that rising curves leave.
  legends_[CurvePanel::Accuracies]->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  legends_[CurvePanel::Accuracies]->setWrap(kAccuracyLegendColumns);
  legends_[CurvePanel::Accuracies]->setBrush(QColor(255, 255, 255, 190)); // curves show through
  // A one-line legend low in the middle: lambda has left the bottom early in a run and
  // the learning rate stays above it; see-through where they still cross.
  QCPLegend* schedules = addLegend(scheduleRect_, Qt::AlignBottom | Qt::AlignHCenter);
  schedules->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  schedules->setBrush(QColor(255, 255, 255, 170));
  legends_[CurvePanel::Schedules] = schedules;
  // The small plot has room for few ticks.
  for (QCPAxis* axis : {scheduleRect_->axis(QCPAxis::atLeft), lrAxis})
    axis->ticker()->setTickCount(3);

  // A domain classifier at 50 % cannot tell the domains apart: the goal of DANN. Its
  // loss is then ln 2 (a cross-entropy of 0.5 on each image), where the domain loss
  // climbs to as the features align.
  accuracyChance_ = makeChanceMark(plot_, accuracyRect_, 0.5);
  lossChance_ = makeChanceMark(plot_, lossRect_, std::log(2.0));

  crosshair_ = new PlotCrosshair(plot_, rects, [this](double key) { return describe(key); });

  connect(plot_, &QCustomPlot::legendClick, this,
          [this](QCPLegend* legend, QCPAbstractLegendItem* item, QMouseEvent*) { onLegendClick(legend, item); });
  connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent* event) {
    // A double-click on the legend is two clicks that toggle a curve, not a reset.
    for (const auto& [panel, legend] : legends_)
      if (legend->visible() && legend->outerRect().contains(event->position().toPoint()))
        return;
    backToLatest();
  });
  connect(plot_, &QCustomPlot::mouseWheel, this, &CurvesView::onWheel);
  connect(plot_, &QCustomPlot::afterLayout, this, &CurvesView::fitLegendColumns);
}

void CurvesView::fitLegendColumns() {
  // Three accuracies abreast are wider than the plot of a 1280x720 window: the legend
  // spilled past the widget's left edge. Fewer columns, more rows, where the width is
  // short; the legend may cover the axis's tick labels (it is right-aligned).
  QCPLegend* legend = legends_[CurvePanel::Accuracies];
  const int room = accuracyRect_->right() - 4;
  const int before = legend->wrap();
  int columns = kAccuracyLegendColumns;
  for (; columns > 1; --columns) {
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    if (legend->minimumOuterSizeHint().width() <= room)
      break;
  }
  legend->setWrap(columns);
  legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
  if (columns != before)
    plot_->replot(QCustomPlot::rpQueuedReplot); // laid out again with the new rows
}

void CurvesView::clear(std::int64_t totalSteps) {
  crosshair_->hide();
  pretraining_ = false;
  // QCustomPlot forgets a removed graph only in its main legend; the others would keep
  // an entry pointing at a deleted graph.
  for (auto& [name, curve] : curves_)
    for (auto& [panel, legend] : legends_)
      curve.line->removeFromLegend(legend);
  plot_->clearGraphs();
  curves_.clear();
  subjectColours_.clear();
  rows_.clear();
  totalSteps_ = totalSteps;
  for (auto& [panel, legend] : legends_)
    legend->setVisible(false);
  accuracyChance_.setVisible(false);
  lossChance_.setVisible(false);
  setFollowLive(true);
  plot_->replot();
}

void CurvesView::append(const std::vector<twb::MetricRow>& rows) {
  if (rows.empty())
    return;
  // Where each touched curve's new points begin, so the graphs get them in one batch.
  std::map<Curve*, int> firstNew;
  for (const twb::MetricRow& row : rows) {
    rows_.push_back(row);
    for (const auto& [name, value] : row.values) {
      Curve& curve = curveFor(name);
      firstNew.emplace(&curve, static_cast<int>(curve.values.size()));
      curve.steps.append(static_cast<double>(row.step));
      curve.epochs.append(row.epoch);
      curve.values.append(value);
      if (curve.raw)
        curve.smoothed.append(curve.smoother.add(value));
    }
  }
  for (const auto& [curve, from] : firstNew) {
    const QVector<double> keys = keysOf(*curve).mid(from);
    if (curve->raw) {
      curve->raw->addData(keys, curve->values.mid(from), true);
      curve->line->addData(keys, curve->smoothed.mid(from), true);
    } else {
      curve->line->addData(keys, curve->values.mid(from), true);
    }
  }
  if (followLive_)
    applyLiveView();
  plot_->replot(QCustomPlot::rpQueuedReplot); // coalesced: one redraw per event-loop pass
}

QCPGraph* CurvesView::graph(const std::string& metricName) const {
  const auto found = curves_.find(metricName);
  return found == curves_.end() ? nullptr : found->second.line;
}

QCPGraph* CurvesView::rawGraph(const std::string& metricName) const {
  const auto found = curves_.find(metricName);
  return found == curves_.end() ? nullptr : found->second.raw;
}

void CurvesView::restyle() {
  const QFont text = font();
  QFont small = text;
  small.setPointSizeF(text.pointSizeF() * 0.9);
  for (QCPAxisRect* rect : {lossRect_, accuracyRect_, scheduleRect_})
    for (QCPAxis* axis : rect->axes()) {
      axis->setTickLabelFont(small);
      axis->setLabelFont(text);
      QPen line = axis->basePen();
      line.setWidthF(presenterStyle() ? 2.0 : 1.0);
      axis->setBasePen(line);
    }
  for (auto& [where, legend] : legends_)
    legend->setFont(small);
  for (auto& [name, curve] : curves_) {
    const QPen pen = penFor(name, subjectColours_.at(curveSubject(name)));
    curve.line->setPen(pen);
    if (curve.raw)
      curve.raw->setPen(rawPenFor(pen));
  }
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

QCPAxisRect* CurvesView::panel(CurvePanel which) const {
  switch (which) {
  case CurvePanel::Losses:
    return lossRect_;
  case CurvePanel::Accuracies:
    return accuracyRect_;
  case CurvePanel::Schedules:
    return scheduleRect_;
  }
  return lossRect_;
}

CurvesView::Curve& CurvesView::curveFor(const std::string& metricName) {
  const auto found = curves_.find(metricName);
  if (found != curves_.end())
    return found->second;
  Curve& curve = curves_[metricName];
  curve.name = metricName;
  const CurvePanel where = panelFor(metricName);
  QCPAxisRect* rect = panel(where);
  QCPAxis* keyAxis = rect->axis(QCPAxis::atBottom);
  QCPAxis* valueAxis = rect->axis(metricName == twb::metric::kLr ? QCPAxis::atRight : QCPAxis::atLeft);
  // One task's loss, accuracy and weight (loss/digit, acc/digit, weight/digit) share a colour.
  const auto colour = subjectColours_.emplace(curveSubject(metricName), subjectColours_.size()).first->second;
  const QPen pen = penFor(metricName, colour);
  if (isSmoothed(metricName)) {
    // Added first, so it is drawn behind its smoothed line.
    curve.raw = plot_->addGraph(keyAxis, valueAxis);
    curve.raw->setPen(rawPenFor(pen));
    curve.raw->setVisible(smoothing_ > 0.0);
    curve.smoother = EmaSmoother(smoothing_);
  }
  curve.line = plot_->addGraph(keyAxis, valueAxis);
  nameCurve(curve);
  curve.line->setPen(pen);
  if (where == CurvePanel::Accuracies && !isSmoothed(metricName)) {
    // Measured once per evaluation, far apart: mark the points themselves. Source
    // points are larger rings so they stay visible when the target's coincide.
    curve.line->setScatterStyle(metricName.find("source") != std::string::npos
                                    ? QCPScatterStyle(QCPScatterStyle::ssCircle, 9)
                                    : QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
  }
  QCPLegend* legend = legends_.at(where);
  curve.line->addToLegend(legend);
  legend->setVisible(true);
  if (metricName == twb::metric::kAccDomain)
    accuracyChance_.setVisible(true);
  if (metricName == twb::metric::kLossDomain)
    lossChance_.setVisible(true);
  if (hidden_.count(metricName))
    setCurveVisible(metricName, false);
  return curve;
}

const QVector<double>& CurvesView::keysOf(const Curve& curve) const {
  return xAxis_ == CurvesXAxis::Epochs ? curve.epochs : curve.steps;
}

void CurvesView::resmooth(Curve& curve) {
  curve.smoother = EmaSmoother(smoothing_);
  curve.smoothed.resize(curve.values.size());
  for (int i = 0; i < curve.values.size(); ++i)
    curve.smoothed[i] = curve.smoother.add(curve.values[i]);
}

void CurvesView::refillGraphs(Curve& curve) {
  const QVector<double>& keys = keysOf(curve);
  if (curve.raw) {
    curve.raw->setData(keys, curve.values, true);
    curve.line->setData(keys, curve.smoothed, true);
  } else {
    curve.line->setData(keys, curve.values, true);
  }
}

void CurvesView::setSmoothing(double weight) {
  smoothing_ = std::clamp(weight, 0.0, kMaxSmoothing);
  toolBar_->setSmoothing(smoothing_);
  for (auto& [name, curve] : curves_) {
    if (!curve.raw)
      continue;
    resmooth(curve);
    curve.line->setData(keysOf(curve), curve.smoothed, true);
    // At weight 0 the raw curve is the line itself.
    curve.raw->setVisible(curve.line->visible() && smoothing_ > 0.0);
  }
  if (followLive_)
    applyLiveView();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void CurvesView::setXAxis(CurvesXAxis axis) {
  xAxis_ = axis;
  toolBar_->setXAxis(axis);
  for (auto& [name, curve] : curves_)
    refillGraphs(curve);
  retranslateUi();
  // A zoom in steps means nothing in epochs: show the whole run again.
  backToLatest();
}

void CurvesView::setFollowLive(bool follow) {
  followLive_ = follow;
  toolBar_->setFollowLive(follow);
  if (follow) {
    applyLiveView();
    plot_->replot(QCustomPlot::rpQueuedReplot);
  }
}

void CurvesView::backToLatest() {
  setFollowLive(true);
}

void CurvesView::setCurveVisible(const std::string& metricName, bool visible) {
  if (visible)
    hidden_.erase(metricName);
  else
    hidden_.insert(metricName);
  const auto found = curves_.find(metricName);
  if (found == curves_.end())
    return;
  Curve& curve = found->second;
  curve.line->setVisible(visible);
  if (curve.raw)
    curve.raw->setVisible(visible && smoothing_ > 0.0);
  for (auto& [panel, legend] : legends_)
    if (QCPPlottableLegendItem* item = legend->itemWithPlottable(curve.line))
      item->setTextColor(visible ? QColor(Qt::black) : QColor(170, 170, 170));
  if (followLive_)
    applyLiveView();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

bool CurvesView::isCurveVisible(const std::string& metricName) const {
  return hidden_.count(metricName) == 0;
}

void CurvesView::onLegendClick(QCPLegend*, QCPAbstractLegendItem* item) {
  auto* entry = qobject_cast<QCPPlottableLegendItem*>(item);
  if (!entry)
    return;
  for (const auto& [name, curve] : curves_)
    if (curve.line == entry->plottable()) {
      setCurveVisible(name, !curve.line->visible());
      return;
    }
}

void CurvesView::applyLiveView() {
  const QScopedValueRollback<bool> guard(applyingView_, true);
  bool any = false;
  double last = 0.0;
  for (const auto& [name, curve] : curves_) {
    const QVector<double>& keys = keysOf(curve);
    if (!keys.isEmpty()) {
      last = any ? std::max(last, keys.back()) : keys.back();
      any = true;
    }
  }
  double upper = 1.0;
  if (!any && xAxis_ == CurvesXAxis::Steps)
    upper = static_cast<double>(std::max<std::int64_t>(totalSteps_, 1));
  else if (any)
    upper = std::max(last * 1.02, xAxis_ == CurvesXAxis::Steps ? 1.0 : 0.01); // the newest point off the edge
  lossRect_->axis(QCPAxis::atBottom)->setRange(0.0, upper);
  fitValueAxes();
}

void CurvesView::fitValueAxes() {
  const QScopedValueRollback<bool> guard(applyingView_, true);
  bool ok = false;
  // Losses start at zero so their fall reads at a glance; a little headroom on top.
  const double loss = visibleUpper(*plot_, lossRect_->axis(QCPAxis::atLeft), ok);
  lossRect_->axis(QCPAxis::atLeft)->setRange(0.0, ok && loss > 0.0 ? loss * 1.05 : 1.0);
  // Accuracies are fractions; widen only for a value above 1.
  const double accuracy = visibleUpper(*plot_, accuracyRect_->axis(QCPAxis::atLeft), ok);
  accuracyRect_->axis(QCPAxis::atLeft)->setRange(0.0, std::max(ok ? accuracy : 1.0, 1.0) * 1.03);
  const double lambda = visibleUpper(*plot_, scheduleRect_->axis(QCPAxis::atLeft), ok);
  scheduleRect_->axis(QCPAxis::atLeft)->setRange(0.0, std::max(ok ? lambda : 1.0, 1e-9) * 1.1);
  const double lr = visibleUpper(*plot_, scheduleRect_->axis(QCPAxis::atRight), ok);
  scheduleRect_->axis(QCPAxis::atRight)->setRange(0.0, ok && lr > 0.0 ? lr * 1.1 : 1.0);
}

void CurvesView::onUserRangeChange() {
  // The user's zoom or drag wins over following: new points no longer move the view.
  if (!applyingView_ && followLive_)
    setFollowLive(false);
}

void CurvesView::onWheel(QWheelEvent* event) {
  // The wheel zooms the steps; with Ctrl it zooms the values of the plot under it.
  const Qt::Orientations zoom = event->modifiers() & Qt::ControlModifier ? Qt::Vertical : Qt::Horizontal;
  for (QCPAxisRect* rect : {lossRect_, accuracyRect_, scheduleRect_})
    rect->setRangeZoom(zoom);
}

QString CurvesView::describe(double key) const {
  const QString header = xAxis_ == CurvesXAxis::Steps
                             ? tr("Step %1").arg(QLocale().toString(std::llround(std::max(key, 0.0))))
                             : tr("Epoch %1").arg(QLocale().toString(key, 'f', 2));
  QStringList lines{header};
  for (CurvePanel where : {CurvePanel::Losses, CurvePanel::Accuracies, CurvePanel::Schedules})
    for (const auto& [name, curve] : curves_) {
      if (panelFor(name) != where || !curve.line->visible() || curve.values.isEmpty())
        continue;
      // The point nearest the cursor: test accuracies are far apart, losses dense.
      const QVector<double>& keys = keysOf(curve);
      const auto above = std::lower_bound(keys.begin(), keys.end(), key);
      auto index = static_cast<int>(above - keys.begin());
      if (index == keys.size() || (index > 0 && key - keys[index - 1] < keys[index] - key))
        --index;
      // The metric as its method calls it for people, and as the file names it.
      const QString title = coreText(twb::describeMetric(name).title);
      const QString metric = title == QString::fromStdString(name)
                                 ? title
                                 : tr("%1 (%2)").arg(title, QString::fromStdString(name));
      if (curve.raw)
        lines.append(
            tr("%1: %2 (raw %3)").arg(metric, formatValue(curve.smoothed[index]), formatValue(curve.values[index])));
      else
        lines.append(tr("%1: %2").arg(metric, formatValue(curve.values[index])));
    }
  return lines.join(QLatin1Char('\n'));
}

QString CurvesView::exportPng(const QString& path) {
  crosshair_->hide(); // a picture of the curves, not of where the mouse was
  return plotexport::savePng(*plot_, path);
}

QString CurvesView::exportPdf(const QString& path) {
  crosshair_->hide();
  return plotexport::savePdf(*plot_, path);
}

QString CurvesView::exportCsv(const QString& path) const {
  return plotexport::saveCsv(rows_, path);
}

void CurvesView::exportInteractively(CurvesExport format) {
  const QString title = format == CurvesExport::Png   ? tr("Export Curves as Image")
                        : format == CurvesExport::Pdf ? tr("Export Curves as PDF")
                                                      : tr("Export Curve Data as CSV");
  plotexport::exportWithDialog(this, format, title, QStringLiteral("curves"), [this, format](const QString& path) {
    return format == CurvesExport::Png ? exportPng(path) : format == CurvesExport::Pdf ? exportPdf(path) : exportCsv(path);
  });
}

void CurvesView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void CurvesView::setTrainsOnTargetLabels(bool trains) {
  trainsOnTargetLabels_ = trains;
  retranslateUi();
}

void CurvesView::beginPhase(twb::RunPhase phase, std::int64_t totalSteps) {
  clear(totalSteps);
  pretraining_ = phase == twb::RunPhase::SourcePretraining;
  retranslateUi();
}

void CurvesView::retranslateUi() {
  lossRect_->axis(QCPAxis::atLeft)->setLabel(tr("Loss"));
  accuracyRect_->axis(QCPAxis::atLeft)->setLabel(tr("Accuracy"));
  scheduleRect_->axis(QCPAxis::atLeft)->setLabel(tr("Lambda, loss weight"));
  scheduleRect_->axis(QCPAxis::atRight)->setLabel(tr("Learning rate"));
  scheduleRect_->axis(QCPAxis::atBottom)->setLabel(xAxis_ == CurvesXAxis::Steps ? tr("Step") : tr("Epoch"));
  targetCaption_->setText(pretraining_
                              ? tr("First the source model: plain training on the source's labels. The fine-tuning "
                                   "on the target starts when it ends, with curves of its own.")
                          : trainsOnTargetLabels_
                              ? tr("This method trains on the target's training labels; target test accuracy is "
                                   "measured on the target's test split, which training never sees.")
                              : tr("Target test accuracy uses target labels for monitoring only; training never sees "
                                   "them."));
  accuracyChance_.label->setText(tr("50 %: domains indistinguishable"));
  lossChance_.label->setText(tr("ln 2: domain loss at chance"));
  plot_->setWhatsThis(tr("Drag to pan, scroll to zoom the steps (Ctrl+scroll: the values), double-click to show "
                         "everything; click a legend entry to hide its curve."));
  for (auto& entry : curves_)
    nameCurve(entry.second);
  if (subjectText_)
    subject_->setText(subjectText_());
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void CurvesView::nameCurve(Curve& curve) {
  // Legends speak of what a curve measures; the metric's key is in the tooltip.
  const QString title = coreText(twb::describeMetric(curve.name).title);
  curve.line->setName(title);
  if (curve.raw)
    curve.raw->setName(tr("%1 (raw)").arg(title));
}

void CurvesView::showLegendToolTip(QMouseEvent* event) {
  for (const auto& [where, legend] : legends_) {
    if (!legend->visible())
      continue;
    for (int i = 0; i < legend->itemCount(); ++i) {
      auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i));
      if (!item || !item->rect().contains(event->pos()))
        continue;
      for (const auto& [name, curve] : curves_)
        if (curve.line == item->plottable()) {
          const twb::MetricInfo info = twb::describeMetric(name);
          QString tip = QStringLiteral("<b>%1</b>").arg(coreText(info.title).toHtmlEscaped());
          if (!info.meaning.empty())
            tip += QStringLiteral("<br>") + coreText(info.meaning).toHtmlEscaped();
          tip += QStringLiteral("<br><tt>%1</tt>").arg(QString::fromStdString(name).toHtmlEscaped());
          QToolTip::showText(event->globalPosition().toPoint(), tip, plot_);
          return;
        }
    }
  }
}

void CurvesView::showRun(const twb::RunRecord& run) {
  clear(run.experiment.training.steps);
  setTrainsOnTargetLabels(twb::trainsOnTargetLabels(run.experiment));
  append(run.metrics);
}

void CurvesView::setSubject(std::function<QString()> subject) {
  subjectText_ = std::move(subject);
  subject_->setText(subjectText_ ? subjectText_() : QString());
  subject_->setVisible(static_cast<bool>(subjectText_));
}

QString CurvesView::subject() const {
  return subject_->text();
}

} // namespace twb::ui
