#include "datasets/ClassCountsPlot.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace twb::ui {
namespace {

constexpr double kClassBarWidth = 0.38; // two bars side by side in each class's unit
constexpr int kMostNamedClasses = 12;
constexpr int kLongestLabel = 10; // characters of a class name under its bars

void styleBars(QCPBars* bars, const QColor& colour) {
  bars->setWidth(kClassBarWidth);
  bars->setPen(QPen(colour.darker(130)));
  bars->setBrush(colour);
}

} // namespace

ClassCountsPlot::ClassCountsPlot(QWidget* parent) : QWidget(parent) {
  plot_ = new QCustomPlot(this);
  plot_->setMinimumHeight(120);
  plot_->setAutoAddPlottableToLegend(true);
  QCPAxis* classes = plot_->xAxis;
  QCPAxis* counts = plot_->yAxis;
  train_ = new QCPBars(classes, counts);
  test_ = new QCPBars(classes, counts);
  styleBars(train_, QColor(31, 119, 180)); // the curves' source blue
  styleBars(test_, QColor(158, 198, 230));
  auto* group = new QCPBarsGroup(plot_);
  group->setSpacingType(QCPBarsGroup::stAbsolute);
  group->setSpacing(1);
  train_->setBarsGroup(group);
  test_->setBarsGroup(group);

  classes->setTicker(QSharedPointer<QCPAxisTickerText>::create());
  classes->setSubTicks(false);
  classes->setTickLength(0, 3);
  classes->grid()->setVisible(false);
  counts->setPadding(4);
  // The legend in a row of its own above the bars, pushed right by an empty element,
  // so it never hides a bar and costs no headroom.
  QCPLegend* legend = plot_->legend;
  legend->setVisible(true);
  legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  legend->setBorderPen(Qt::NoPen);
  legend->setIconSize(12, 10);
  legend->setMargins(QMargins(4, 0, 4, 0));
  plot_->axisRect()->insetLayout()->take(legend);
  auto* legendRow = new QCPLayoutGrid;
  plot_->plotLayout()->insertRow(0);
  plot_->plotLayout()->addElement(0, 0, legendRow);
  plot_->plotLayout()->setRowStretchFactor(0, 0.001);
  plot_->plotLayout()->setRowSpacing(0);
  legendRow->addElement(0, 0, new QCPLayoutElement(plot_));
  legendRow->addElement(0, 1, legend);
  legendRow->setColumnStretchFactor(0, 1.0);
  legendRow->setColumnStretchFactor(1, 0.001);

  connect(plot_, &QCustomPlot::mouseMove, this, &ClassCountsPlot::showClassTip);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  retranslateUi();
}

void ClassCountsPlot::setCounts(const QStringList& classNames, const std::vector<std::size_t>& train,
                                const std::vector<std::size_t>& test) {
  classNames_ = classNames;
  QVector<double> keys, trainValues, testValues;
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  // Past a dozen classes names cannot fit under the bars: number them as the samples' rows
  // are ordered, and name the class under the mouse instead.
  const bool numbered = classNames.size() > kMostNamedClasses;
  double highest = 1.0;
  for (int c = 0; c < classNames.size(); ++c) {
    const auto index = static_cast<std::size_t>(c);
    keys.append(c);
    trainValues.append(index < train.size() ? static_cast<double>(train[index]) : 0.0);
    testValues.append(index < test.size() ? static_cast<double>(test[index]) : 0.0);
    highest = std::max({highest, trainValues.back(), testValues.back()});
    ticker->addTick(c, classNames[c].size() > kLongestLabel ? classNames[c].left(kLongestLabel - 1) + QChar(0x2026)
                                                            : classNames[c]);
  }
  train_->setData(keys, trainValues, true);
  test_->setData(keys, testValues, true);
  QCPAxis* classes = plot_->xAxis;
  if (numbered) {
    auto every = QSharedPointer<QCPAxisTickerFixed>::create();
    every->setTickStep(1.0);
    every->setScaleStrategy(QCPAxisTickerFixed::ssMultiples); // 1, 2, 5, 10... classes apart
    every->setTickCount(8);
    classes->setTicker(every);
  } else {
    classes->setTicker(ticker);
  }
  // Long class names turn sideways instead of overlapping.
  int longest = 0;
  for (const QString& name : classNames)
    longest = std::min(std::max(longest, static_cast<int>(name.size())), kLongestLabel);
  // Negative: each name ends at its tick, so the last one is not clipped at the right edge.
  classes->setTickLabelRotation(!numbered && classNames.size() * std::max(longest, 2) > 40 ? -40 : 0);
  classes->setLabel(numbered ? tr("Class (row in the samples)") : QString());
  fitAxisLabel();
  classes->setRange(-0.6, std::max<double>(classNames.size(), 1) - 0.4);
  plot_->yAxis->setRange(0.0, highest * 1.08);
  plot_->replot();
}

void ClassCountsPlot::showClassTip(QMouseEvent* event) {
  const double key = plot_->xAxis->pixelToCoord(event->pos().x());
  const int c = static_cast<int>(std::lround(key));
  if (c < 0 || c >= classNames_.size() || !plot_->axisRect()->rect().contains(event->pos())) {
    QToolTip::hideText();
    return;
  }
  const auto value = [c](QCPBars* bars) {
    const auto found = bars->data()->findBegin(c, false);
    return found == bars->data()->constEnd() ? 0 : static_cast<int>(found->value);
  };
  QToolTip::showText(event->globalPosition().toPoint(),
                     tr("%1: %L2 train, %L3 test").arg(classNames_[c]).arg(value(train_)).arg(value(test_)), plot_);
}

void ClassCountsPlot::fitAxisLabel() {
  // Wide enough for the label under the bars, which QCustomPlot does not elide: beside a
  // tall sample grid the plot was narrower and the label ran past its right edge.
  const int axisRoom = 2 * QFontMetrics(plot_->yAxis->tickLabelFont()).horizontalAdvance(QStringLiteral("0000"));
  plot_->setMinimumWidth(QFontMetrics(plot_->xAxis->labelFont()).horizontalAdvance(plot_->xAxis->label()) + axisRoom);
}

void ClassCountsPlot::clear() {
  setCounts({}, {}, {});
}

void ClassCountsPlot::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void ClassCountsPlot::retranslateUi() {
  train_->setName(tr("train"));
  test_->setName(tr("test"));
  plot_->yAxis->setLabel(tr("Images"));
  plot_->xAxis->setLabel(classNames_.size() > kMostNamedClasses ? tr("Class (row in the samples)") : QString());
  fitAxisLabel();
  plot_->replot();
}

} // namespace twb::ui
