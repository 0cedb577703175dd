#include "comparison/MethodComparisonChart.h"

#include "common/CoreText.h"
#include "common/PlotExport.h"
#include "methods/Registry.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace twb::ui {
namespace {

const QColor kHelps(31, 119, 180);  // the curves' blue
const QColor kHurts(214, 39, 40);   // a method below the lower bound
const QColor kLower(90, 90, 90);    // the lower bound's line
const QColor kUpper(44, 160, 44);   // the upper bound's line
const QColor kGapUp(20, 110, 20);   // a positive gap closed, on white
const QColor kGapDown(190, 20, 20); // a negative one
constexpr double kBarWidth = 0.6;

const twb::Spread* targetOf(const twb::ComparisonRow& row) {
  return row.measure(twb::Measure::TargetAccuracy);
}

QString percent(double fraction, int decimals) {
  return QLocale().toString(fraction * 100.0, 'f', decimals);
}

// The gap closed as people read it: "+12 %", "−36 %" (a true minus sign).
QString signedPercent(double fraction) {
  const double value = fraction * 100.0;
  const QString sign = value < 0.0 ? QStringLiteral("\u2212") : QStringLiteral("+");
  return QCoreApplication::translate("twb::ui::MethodComparisonChart", "%1%2 %")
      .arg(sign, QLocale().toString(std::abs(value), 'f', 0));
}

QString roleKey(twb::MethodRole role) {
  switch (role) {
  case twb::MethodRole::LowerBound:
    return QStringLiteral("lower_bound");
  case twb::MethodRole::UpperBound:
    return QStringLiteral("upper_bound");
  case twb::MethodRole::Method:
    break;
  }
  return QStringLiteral("method");
}

} // namespace

MethodComparisonChart::MethodComparisonChart(QWidget* parent) : QWidget(parent) {
  plot_ = new QCustomPlot(this);
  plot_->setObjectName(QStringLiteral("methodComparisonPlot"));
  plot_->setAntialiasedElements(QCP::aePlottables | QCP::aeItems);
  plot_->setMinimumSize(240, 160);
  plot_->setAutoAddPlottableToLegend(false);
  QFont small = font();
  small.setPointSizeF(std::max(6.0, small.pointSizeF() - 1.0));

  plot_->xAxis->setSubTicks(false);
  plot_->xAxis->setTickLength(0, 0);
  plot_->xAxis->grid()->setVisible(false);
  plot_->yAxis->setPadding(4);

  // A caption and the legend in rows of their own above the bars: they never hide one.
  caption_ = new QCPTextElement(plot_, QString(), small);
  caption_->setTextColor(QColor(80, 80, 80));
  caption_->setMargins(QMargins(4, 2, 4, 0));
  QCPLegend* legend = plot_->legend;
  legend->setVisible(true);
  legend->setFont(small);
  // Two entries a row: the bounds' entries name their runs and would not fit one row.
  legend->setWrap(2);
  legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  legend->setRowSpacing(0);
  legend->setBorderPen(Qt::NoPen);
  legend->setIconSize(18, 10);
  legend->setMargins(QMargins(4, 0, 4, 0));
  plot_->axisRect()->insetLayout()->take(legend);
  plot_->plotLayout()->insertRow(0);
  plot_->plotLayout()->insertRow(0);
  plot_->plotLayout()->addElement(0, 0, caption_);
  plot_->plotLayout()->addElement(1, 0, legend);
  plot_->plotLayout()->setRowStretchFactor(0, 0.001);
  plot_->plotLayout()->setRowStretchFactor(1, 0.001);
  plot_->plotLayout()->setRowSpacing(0);

  // The bounds' lines and the seeds' dots over the bars, which are made later on "main".
  plot_->addLayer(QStringLiteral("bounds"), plot_->layer(QStringLiteral("main")), QCustomPlot::limAbove);
  plot_->addLayer(QStringLiteral("seeds"), plot_->layer(QStringLiteral("bounds")), QCustomPlot::limAbove);
  seedDots_ = new QCPGraph(plot_->xAxis, plot_->yAxis);
  seedDots_->setLayer(QStringLiteral("seeds"));
  seedDots_->setLineStyle(QCPGraph::lsNone);
  seedDots_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(30, 30, 30), 1.2), Qt::white, 6));
  hurtsSwatch_ = new QCPBars(plot_->xAxis, plot_->yAxis);
  hurtsSwatch_->setPen(QPen(kHurts.darker(130), 1.0));
  hurtsSwatch_->setBrush(kHurts.lighter(120));
  drawBound(twb::MethodRole::LowerBound, kLower);
  drawBound(twb::MethodRole::UpperBound, kUpper);

  empty_ = new QCPItemText(plot_);
  empty_->position->setType(QCPItemPosition::ptAxisRectRatio);
  empty_->position->setAxisRect(plot_->axisRect());
  empty_->position->setCoords(0.5, 0.5);
  empty_->setColor(QColor(90, 90, 90));
  empty_->setClipToAxisRect(false);

  connect(plot_, &QCustomPlot::mouseMove, this, &MethodComparisonChart::showToolTip);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  rebuild();
}

void MethodComparisonChart::drawBound(twb::MethodRole role, const QColor& color) {
  Bound& bound = role == twb::MethodRole::LowerBound ? lower_ : upper_;
  QPen dashed(color, 2.0);
  dashed.setStyle(Qt::DashLine);
  bound.line = new QCPItemStraightLine(plot_);
  bound.line->setLayer(QStringLiteral("bounds"));
  bound.line->setPen(dashed);
  // ± sd of the bound over its seeds: a faint band the width of the plot.
  bound.band = new QCPItemRect(plot_);
  bound.band->setPen(Qt::NoPen);
  QColor faint = color;
  faint.setAlpha(40);
  bound.band->setBrush(faint);
  bound.legend = new QCPGraph(plot_->xAxis, plot_->yAxis);
  bound.legend->setPen(dashed);
}

void MethodComparisonChart::setRows(std::vector<twb::ComparisonRow> rows) {
  rows_ = std::move(rows);
  rebuild();
}

const twb::ComparisonRow* MethodComparisonChart::boundRow(twb::MethodRole role) const {
  for (const twb::ComparisonRow& row : rows_)
    if (row.role == role && targetOf(row))
      return &row;
  return nullptr;
}

const twb::ComparisonRow& MethodComparisonChart::barRow(int bar) const {
  return rows_.at(bars_.at(static_cast<std::size_t>(bar)).row);
}

QCPBars* MethodComparisonChart::bar(int bar) const {
  return bars_.at(static_cast<std::size_t>(bar)).bars;
}

QCPErrorBars* MethodComparisonChart::errorBar(int bar) const {
  return bars_.at(static_cast<std::size_t>(bar)).error;
}

QCPItemText* MethodComparisonChart::gapLabel(int bar) const {
  return bars_.at(static_cast<std::size_t>(bar)).gap;
}

QString MethodComparisonChart::barLabel(int bar) const {
  return barText(bars_.at(static_cast<std::size_t>(bar)).row);
}

bool MethodComparisonChart::hurts(int bar) const {
  const twb::ComparisonRow* lower = boundRow(twb::MethodRole::LowerBound);
  const twb::Spread* target = targetOf(barRow(bar));
  return lower && target && target->mean < targetOf(*lower)->mean;
}

QCPItemStraightLine* MethodComparisonChart::boundLine(twb::MethodRole role) const {
  const Bound& bound = role == twb::MethodRole::LowerBound ? lower_ : upper_;
  return bound.line->visible() ? bound.line : nullptr;
}

QString MethodComparisonChart::barText(std::size_t index) const {
  const twb::ComparisonRow& row = rows_.at(index);
  const twb::Experiment& e = row.lead().experiment;
  const twb::Method& method = twb::methodOf(e);
  QString name = coreText(method.label(e));
  // Two recipes of one method (another trade-off, another adversary) are told apart by it.
  for (std::size_t other = 0; other < rows_.size(); ++other) {
    const twb::Experiment& oe = rows_[other].lead().experiment;
    if (other != index && coreText(twb::methodOf(oe).label(oe)) == name) {
      const twb::Message recipe = method.recipe(e);
      if (!recipe.empty())
        name = tr("%1 (%2)").arg(name, coreText(recipe));
      break;
    }
  }
  if (const twb::Spread* distance = row.measure(twb::Measure::ProxyADistance))
    return tr("%1\nA-dist. %2").arg(name, QLocale().toString(distance->mean, 'f', 2));
  return name;
}

QString MethodComparisonChart::rowDetails(const twb::ComparisonRow& row) const {
  const QLocale locale;
  const twb::Experiment& e = row.lead().experiment;
  QStringList lines{coreText(twb::methodOf(e).label(e))};
  if (const twb::Spread* target = targetOf(row)) {
    QStringList seeds;
    for (std::size_t i = 0; i < row.seeds.size() && i < target->values.size(); ++i)
      seeds << tr("seed %1: %2 %").arg(row.seeds[i]).arg(percent(target->values[i], 1));
    lines << tr("Target test accuracy: %1 ± %2 % (mean ± sd over seeds)")
                 .arg(percent(target->mean, 1), percent(target->sd, 1));
    lines << seeds.join(QStringLiteral(" · "));
  }
  if (const twb::Spread* distance = row.measure(twb::Measure::ProxyADistance))
    lines << tr("Proxy A-distance: %1 ± %2")
                 .arg(locale.toString(distance->mean, 'f', 2), locale.toString(distance->sd, 'f', 2));
  if (row.gapClosed)
    lines << tr("Gap closed: %1").arg(signedPercent(*row.gapClosed));
  return lines.join(QLatin1Char('\n'));
}

void MethodComparisonChart::rebuild() {
  for (Bar& b : bars_) {
    plot_->removePlottable(b.error); // before the bars it hangs on
    plot_->removePlottable(b.bars);
    plot_->removeItem(b.gap);
    if (b.lost)
      plot_->removeItem(b.lost);
  }
  bars_.clear();
  plot_->legend->clearItems(); // added again below, in the order they read

  const twb::ComparisonRow* lower = boundRow(twb::MethodRole::LowerBound);
  for (const auto& [role, bound] : {std::pair<twb::MethodRole, Bound*>{twb::MethodRole::LowerBound, &lower_},
                                    std::pair<twb::MethodRole, Bound*>{twb::MethodRole::UpperBound, &upper_}}) {
    const twb::ComparisonRow* row = boundRow(role);
    bound->line->setVisible(row != nullptr);
    bound->band->setVisible(row != nullptr);
    if (!row) {
      bound->legend->setName(QString()); // no English left behind when the language changes
      continue;
    }
    const twb::Spread* target = targetOf(*row);
    bound->line->point1->setCoords(0.0, target->mean * 100.0);
    bound->line->point2->setCoords(1.0, target->mean * 100.0);
    // Plot coordinates far past both ends: the band is clipped to the axis rect.
    bound->band->topLeft->setCoords(-1e3, (target->mean + target->sd) * 100.0);
    bound->band->bottomRight->setCoords(1e3, (target->mean - target->sd) * 100.0);
    const QString name = coreText(twb::methodOf(row->lead().experiment).label(row->lead().experiment));
    const QString value = row->runs.size() > 1 ? tr("%1 ± %2 %").arg(percent(target->mean, 1), percent(target->sd, 1))
                                               : tr("%1 %").arg(percent(target->mean, 1));
    bound->legend->setName(role == twb::MethodRole::LowerBound ? tr("lower bound: %1 %2").arg(name, value)
                                                               : tr("upper bound: %1 %2").arg(name, value));
    bound->legend->addToLegend();
  }

  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  QVector<double> dotKeys, dotValues;
  bool anyHurts = false;
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    const twb::ComparisonRow& row = rows_[i];
    const twb::Spread* target = targetOf(row);
    if (row.role != twb::MethodRole::Method || !target)
      continue;
    const double x = static_cast<double>(bars_.size() + 1);
    Bar b;
    b.row = i;
    const bool below = lower && target->mean < targetOf(*lower)->mean;
    anyHurts = anyHurts || below;
    const QColor color = below ? kHurts : kHelps;
    b.bars = new QCPBars(plot_->xAxis, plot_->yAxis);
    b.bars->setWidth(kBarWidth);
    b.bars->setPen(QPen(color.darker(130), 1.0));
    b.bars->setBrush(color.lighter(below ? 120 : 110));
    b.bars->setData({x}, {target->mean * 100.0}, true);
    b.error = new QCPErrorBars(plot_->xAxis, plot_->yAxis);
    b.error->setDataPlottable(b.bars);
    b.error->setData(QVector<double>{target->sd * 100.0});
    b.error->setPen(QPen(QColor(30, 30, 30), 1.4));
    b.error->setWhiskerWidth(12);
    if (below) {
      // The accuracy the method lost against the lower bound, hatched up to its line.
      b.lost = new QCPItemRect(plot_);
      QPen outline(kHurts, 1.2);
      outline.setStyle(Qt::DashLine);
      b.lost->setPen(outline);
      b.lost->setBrush(QBrush(kHurts, Qt::BDiagPattern));
      b.lost->topLeft->setCoords(x - kBarWidth / 2, targetOf(*lower)->mean * 100.0);
      b.lost->bottomRight->setCoords(x + kBarWidth / 2, target->mean * 100.0);
    }
    // The share of the gap it closes, above whichever is higher: its error bar or the line.
    b.gap = new QCPItemText(plot_);
    double top = target->mean + target->sd;
    if (below)
      top = std::max(top, targetOf(*lower)->mean);
    b.gap->position->setCoords(x, top * 100.0);
    b.gap->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    b.gap->setPadding(QMargins(2, 0, 2, 3));
    QFont bold = font();
    bold.setBold(true);
    b.gap->setFont(bold);
    b.gap->setClipToAxisRect(false);
    if (row.gapClosed) {
      b.gap->setText(signedPercent(*row.gapClosed));
      b.gap->setColor(*row.gapClosed < 0.0 ? kGapDown : kGapUp);
    } else {
      b.gap->setText(tr("—"));
      b.gap->setColor(QColor(110, 110, 110));
    }
    // A dot per seed, spread across the bar so equal values stay apart.
    const auto n = target->values.size();
    for (std::size_t k = 0; k < n; ++k) {
      const double offset = n > 1 ? (static_cast<double>(k) / static_cast<double>(n - 1) - 0.5) * 0.3 : 0.0;
      dotKeys << x + offset;
      dotValues << target->values[k] * 100.0;
    }
    ticker->addTick(x, barText(i));
    bars_.push_back(b);
  }
  seedDots_->setData(dotKeys, dotValues);
  seedDots_->setName(tr("one seed"));
  if (!dotKeys.isEmpty())
    seedDots_->addToLegend();
  hurtsSwatch_->setName(tr("below the lower bound"));
  if (anyHurts)
    hurtsSwatch_->addToLegend();
  for (int i = 0; i < plot_->legend->itemCount(); ++i)
    if (QCPAbstractLegendItem* item = plot_->legend->item(i)) // a wrapped grid's last cells may be empty
      item->setMargins(QMargins(0, 0, 12, 3));                // room below for a name's underscores
  plot_->xAxis->setTicker(ticker);
  // Eight or nine adaptation methods share one comparison: their names, a point smaller,
  // still fit under their bars in the tab's 670 pixels at 1280x720.
  QFont names = font();
  if (bars_.size() > 6)
    names.setPointSizeF(std::max(6.0, names.pointSizeF() - 1.0));
  plot_->xAxis->setTickLabelFont(names);
  // Room for three bars at least, the few there are in the middle: one bar is not a wall.
  const double pad = std::max(0.0, (3.0 - static_cast<double>(bars_.size())) / 2.0);
  plot_->xAxis->setRange(0.4 - pad, static_cast<double>(bars_.size()) + 0.6 + pad);
  retranslateUi();
  rescale();
}

void MethodComparisonChart::rescale() {
  double top = 0.0;
  for (const twb::ComparisonRow& row : rows_)
    if (const twb::Spread* target = targetOf(row)) {
      top = std::max(top, target->mean + target->sd);
      for (const double v : target->values)
        top = std::max(top, v);
    }
  // Headroom for the gap closed above the highest bar.
  plot_->yAxis->setRange(0.0, std::clamp(top * 100.0 * 1.15 + 4.0, 10.0, 112.0));
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void MethodComparisonChart::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    rebuild(); // every text on the chart is made from the rows
  QWidget::changeEvent(event);
}

void MethodComparisonChart::retranslateUi() {
  plot_->yAxis->setLabel(tr("Target test accuracy (%)"));
  caption_->setText(tr("Bars: mean ± sd over seeds, a dot per seed; above each, the gap closed"));
  if (rows_.empty())
    empty_->setText(tr("No finished runs to compare yet"));
  else if (bars_.empty())
    empty_->setText(tr("Only the bounds so far: each method's bar appears when its run finishes"));
  empty_->setVisible(bars_.empty());
}

void MethodComparisonChart::showToolTip(QMouseEvent* event) {
  const double key = plot_->xAxis->pixelToCoord(event->pos().x());
  const int index = static_cast<int>(std::lround(key)) - 1;
  if (index < 0 || index >= barCount() || std::abs(key - (index + 1)) > kBarWidth / 2 ||
      !plot_->axisRect()->rect().contains(event->pos())) {
    QToolTip::hideText();
    return;
  }
  QToolTip::showText(event->globalPosition().toPoint(), rowDetails(barRow(index)), plot_);
}

QString MethodComparisonChart::toCsv() const {
  // Machine-readable keys and fractions, as core gives them; one row per bar and bound.
  const auto number = [](double v) { return QString::number(v, 'g', 10); };
  QStringList lines{QStringLiteral("method,label,role,domains,backbone,steps,seeds,target_acc_mean,target_acc_sd,"
                                   "target_acc_per_seed,proxy_a_distance_mean,proxy_a_distance_sd,gap_closed")};
  for (const twb::ComparisonRow& row : rows_) {
    const twb::Experiment& e = row.lead().experiment;
    const twb::Method& method = twb::methodOf(e);
    QStringList seeds, perSeed;
    for (const auto seed : row.seeds)
      seeds << QString::number(seed);
    const twb::Spread* target = targetOf(row);
    const twb::Spread* distance = row.measure(twb::Measure::ProxyADistance);
    if (target)
      for (const double v : target->values)
        perSeed << number(v);
    lines << QStringList{QString::fromStdString(method.name()),
                         plotexport::csvField(QString::fromStdString(method.label(e).english())),
                         roleKey(row.role),
                         plotexport::csvField(QString::fromStdString(method.datasets(e).english())),
                         QString::fromStdString(e.model.backbone),
                         QString::number(row.lead().summary.steps),
                         seeds.join(QLatin1Char(' ')),
                         target ? number(target->mean) : QString(),
                         target ? number(target->sd) : QString(),
                         perSeed.join(QLatin1Char(' ')),
                         distance ? number(distance->mean) : QString(),
                         distance ? number(distance->sd) : QString(),
                         row.gapClosed ? number(*row.gapClosed) : QString()}
                 .join(QLatin1Char(','));
  }
  return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace twb::ui
