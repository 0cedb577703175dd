#include "model/LayerSweepPlot.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QFontMetrics>
#include <QResizeEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace twb::ui {

namespace {

// Okabe and Ito's colour-blind-safe palette: one colour per kept sweep. Six sweeps are
// every pair a lecture compares in both directions with room to spare; a seventh
// replaces the oldest, since twelve curves no longer read on a projector.
const QColor kPalette[] = {QColor(0, 114, 178),  QColor(213, 94, 0),   QColor(0, 158, 115),
                           QColor(204, 121, 167), QColor(230, 159, 0), QColor(86, 180, 233)};
constexpr std::size_t kMaxSweeps = std::size(kPalette);
const QColor kKeyGrey(70, 70, 70);

// Frozen is the curve Yosinski et al. read (how general a layer is: copied and kept
// fixed, does it still serve the target?), so it is drawn strong: solid, filled
// squares. Fine-tuning mostly ends near scratch or above it for every k, on images
// and on speech alike; it is the context, drawn lighter: dashed, half-transparent,
// hollow circles. With two sweeps that is four curves of two colours that still
// read at 1280x720, where eight equally strong ones did not.
QPen frozenPen(const QColor& c) {
  return QPen(c, 2.5);
}
QCPScatterStyle frozenMarker(const QColor& c) {
  return QCPScatterStyle(QCPScatterStyle::ssSquare, c, c, 8);
}
QPen finetunedPen(QColor c) {
  c.setAlpha(170);
  QPen pen(c, 1.8);
  pen.setStyle(Qt::DashLine);
  return pen;
}
QCPScatterStyle finetunedMarker(QColor c) {
  c.setAlpha(170);
  return QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(c, 1.5), QBrush(Qt::white), 7);
}
QPen scratchPen(const QColor& c) {
  QPen pen(c, 1.2);
  pen.setStyle(Qt::DotLine);
  return pen;
}

} // namespace

LayerSweepPlot::LayerSweepPlot(QWidget* parent) : QWidget(parent) {
  plot_ = new QCustomPlot(this);
  plot_->setObjectName(QStringLiteral("layerSweepPlot"));
  plot_->setAntialiasedElements(QCP::aePlottables);
  plot_->setMinimumHeight(200);
  // Set, not hinted: a legend laid out in three columns across a wide plot must not keep
  // the dock (and the window) that wide once it narrows; layoutLegend() re-flows it.
  plot_->setMinimumWidth(160);
  plot_->setAutoAddPlottableToLegend(false); // layoutLegend() places the entries
  plot_->legend->setVisible(true);
  // Under the axes, not inside them: a speech sweep starts at the bottom left (scratch
  // on 50 labels), an image sweep ends at the bottom right (everything frozen).
  plot_->plotLayout()->addElement(1, 0, plot_->legend);
  plot_->plotLayout()->setRowStretchFactor(1, 0.001);
  plot_->legend->setBorderPen(Qt::NoPen);
  plot_->legend->setFillOrder(QCPLegend::foColumnsFirst); // item(i) in reading order
  plot_->legend->setWrap(0);
  plot_->legend->setMargins(QMargins(4, 0, 4, 2));

  // Graphs without data: the legend's key to the line styles.
  auto makeKey = [this](const QPen& pen, const QCPScatterStyle& marker) {
    QCPGraph* g = plot_->addGraph();
    g->setPen(pen);
    g->setScatterStyle(marker);
    return g;
  };
  frozenKey_ = makeKey(frozenPen(kKeyGrey), frozenMarker(kKeyGrey));
  finetunedKey_ = makeKey(finetunedPen(kKeyGrey), finetunedMarker(kKeyGrey));
  scratchKey_ = makeKey(scratchPen(kKeyGrey), QCPScatterStyle(QCPScatterStyle::ssDiamond, kKeyGrey, kKeyGrey, 7));

  // Raw target accuracy on y, not the gain over scratch: the scratch levels differ a
  // lot between pairs (5 spoken labels per class from scratch are far below 5 garment
  // ones), and that is part of the lesson. Each sweep's own dotted line is its
  // baseline, and the tool tip of a point says its gain over that line.
  plot_->yAxis->setRange(0.0, 1.0);
  connect(plot_, &QCustomPlot::mouseMove, this, &LayerSweepPlot::showPointToolTip);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  layoutLegend();
  updateAxes();
  retranslateUi();
}

QString LayerSweepPlot::name(const Sweep& s) const {
  return s.last ? tr("%1, last k").arg(s.pair) : tr("%1, first k").arg(s.pair);
}

QString LayerSweepPlot::legendName(const Sweep& s) const {
  // The scratch number in the legend, not on the plot: written by its dotted line it
  // sat on one curve or another, whichever end of the line it took.
  return s.scratchAcc ? tr("%1 (scratch %2)").arg(name(s)).arg(*s.scratchAcc, 0, 'f', 3) : name(s);
}

QString LayerSweepPlot::sweepName(int index) const {
  return name(sweeps_.at(static_cast<std::size_t>(index)));
}

QColor LayerSweepPlot::freeColor() const {
  for (const QColor& c : kPalette)
    if (std::none_of(sweeps_.begin(), sweeps_.end(), [&](const Sweep& s) { return s.color == c; }))
      return c;
  return kPalette[0];
}

void LayerSweepPlot::beginSweep(const QString& key, const QString& pair, const QStringList& layers, bool last) {
  auto same = std::find_if(sweeps_.begin(), sweeps_.end(), [&](const Sweep& s) { return s.key == key; });
  if (same == sweeps_.end()) {
    if (sweeps_.size() >= kMaxSweeps)
      remove(0); // the oldest
    Sweep s;
    s.key = key;
    s.color = freeColor();
    s.frozen = plot_->addGraph();
    s.frozen->setPen(frozenPen(s.color));
    s.frozen->setScatterStyle(frozenMarker(s.color));
    s.finetuned = plot_->addGraph();
    s.finetuned->setPen(finetunedPen(s.color));
    s.finetuned->setScatterStyle(finetunedMarker(s.color));
    s.scratch = plot_->addGraph();
    s.scratch->setLineStyle(QCPGraph::lsNone);
    s.scratch->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, s.color, s.color, 7));
    s.baseline = new QCPItemStraightLine(plot_);
    s.baseline->setPen(scratchPen(s.color));
    s.baseline->setVisible(false);
    sweeps_.push_back(s);
    same = std::prev(sweeps_.end());
  } else { // the same recipe and direction again: its cells come back (read or rerun)
    for (QCPGraph* g : {same->frozen, same->finetuned, same->scratch})
      g->data()->clear();
    same->baseline->setVisible(false);
    same->scratchAcc.reset();
  }
  same->pair = pair;
  same->layers = layers;
  same->last = last;
  current_ = key;
  layoutLegend();
  updateAxes();
  retranslateUi();
  rescale();
  emit sweepsChanged();
}

void LayerSweepPlot::remove(std::size_t index) {
  Sweep& s = sweeps_[index];
  for (QCPGraph* g : {s.frozen, s.finetuned, s.scratch})
    plot_->removeGraph(g);
  plot_->removeItem(s.baseline);
  sweeps_.erase(sweeps_.begin() + static_cast<std::ptrdiff_t>(index));
}

void LayerSweepPlot::clear(const QString& keep) {
  for (std::size_t i = sweeps_.size(); i-- > 0;)
    if (keep.isEmpty() || sweeps_[i].key != keep)
      remove(i);
  if (sweeps_.empty())
    current_.clear();
  layoutLegend();
  updateAxes();
  retranslateUi();
  rescale();
  emit sweepsChanged();
}

void LayerSweepPlot::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void LayerSweepPlot::resizeEvent(QResizeEvent* event) {
  const bool widthChanged = event->size().width() != event->oldSize().width();
  QWidget::resizeEvent(event);
  if (!widthChanged)
    return;
  layoutLegend();
  updateAxes();
  retranslateUi(); // the long or the short axis label
}

void LayerSweepPlot::layoutLegend() {
  // One column in a side dock, up to three across a wide one: the legend sits under the
  // axes and takes their height. The sweeps fill the first rows, the key to the line
  // styles a row of its own below them, so that the two never read as one list.
  const int columns = std::clamp(width() / 280, 1, 3);
  const int entries = static_cast<int>(sweeps_.size()) + 3;
  if (columns == legendColumns_ && entries == legendEntries_)
    return;
  legendColumns_ = columns;
  legendEntries_ = entries;
  QCPLegend* legend = plot_->legend;
  legend->clearItems();
  legend->simplify();
  // The widget's own font where there is room (a projector's back row reads it), a
  // point smaller in a side dock's single column.
  QFont text = font();
  if (columns == 1)
    text.setPointSizeF(std::max(6.0, text.pointSizeF() - 1.0));
  legend->setFont(text);
  int row = 0, column = 0;
  const auto place = [&](QCPAbstractPlottable* p) {
    legend->addElement(row, column, new QCPPlottableLegendItem(legend, p));
    if (++column == columns) {
      column = 0;
      ++row;
    }
  };
  for (const Sweep& s : sweeps_)
    place(s.frozen);
  if (column != 0) {
    column = 0;
    ++row;
  }
  for (QCPGraph* key : {frozenKey_, finetunedKey_, scratchKey_})
    place(key);
  // The axes keep their own height under a tall legend: a side dock's panel scrolls.
  plot_->setMinimumHeight(170 + legend->minimumOuterSizeHint().height());
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LayerSweepPlot::updateAxes() {
  // Tick k names the layer (or layers) copied last at that k: "conv1" for the first k,
  // "fc2" for the last k, "conv1 / fc2" with one sweep of each.
  int layerCount = 0;
  for (const Sweep& s : sweeps_)
    layerCount = std::max(layerCount, static_cast<int>(s.layers.size()));
  QStringList names(layerCount + 1);
  for (int k = 1; k <= layerCount; ++k) {
    QStringList atK;
    for (const Sweep& s : sweeps_)
      if (k <= s.layers.size() && !atK.contains(s.layers[k - 1]))
        atK << s.layers[k - 1];
    names[k] = atK.join(QStringLiteral(" / "));
  }
  // Where the names do not fit between two ticks (a side dock), the numbers alone.
  const QFontMetrics metrics(plot_->xAxis->tickLabelFont());
  const double spacing = (width() - 80.0) / (std::max(1, layerCount) + 0.6);
  const bool named = std::all_of(names.begin(), names.end(),
                                 [&](const QString& n) { return metrics.horizontalAdvance(n) < spacing - 8; });
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  for (int k = 0; k <= layerCount; ++k)
    ticker->addTick(k, named && k > 0 ? QStringLiteral("%1\n%2").arg(k).arg(names[k]) : QString::number(k));
  plot_->xAxis->setTicker(ticker);
  plot_->xAxis->setRange(-0.3, std::max(1, layerCount) + 0.3);
}

void LayerSweepPlot::retranslateUi() {
  for (const Sweep& s : sweeps_) {
    s.frozen->setName(legendName(s));
    s.finetuned->setName(tr("%1, fine-tuned").arg(name(s)));
    s.scratch->setName(tr("%1, from scratch").arg(name(s)));
  }
  frozenKey_->setName(tr("solid: copied layers frozen"));
  finetunedKey_->setName(tr("dashed: copied layers fine-tuned"));
  scratchKey_->setName(tr("dotted: from scratch (k = 0)"));
  plot_->yAxis->setLabel(tr("target test accuracy"));
  const bool anyFirst = std::any_of(sweeps_.begin(), sweeps_.end(), [](const Sweep& s) { return !s.last; });
  const bool anyLast = std::any_of(sweeps_.begin(), sweeps_.end(), [](const Sweep& s) { return s.last; });
  QString label;
  if (anyFirst && anyLast)
    label = tr("k: layers copied from the source model (first k from the input up, last k from the head down)");
  else if (anyLast)
    label = tr("k: the last k layers before the head copied from the source model");
  else
    label = tr("k: the first k layers copied from the source model");
  // The legend says first or last k; a side dock's narrow plot has room for little more.
  if (QFontMetrics(plot_->xAxis->labelFont()).horizontalAdvance(label) > width() - 70)
    label = tr("k: layers copied");
  plot_->xAxis->setLabel(label);
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LayerSweepPlot::addCell(int k, const QString& variant, double accuracy) {
  auto s = std::find_if(sweeps_.begin(), sweeps_.end(), [this](const Sweep& x) { return x.key == current_; });
  if (s == sweeps_.end())
    return;
  if (variant == QLatin1String("scratch")) {
    s->scratch->addData(0, accuracy);
    s->scratchAcc = accuracy;
    s->baseline->point1->setCoords(0, accuracy);
    s->baseline->point2->setCoords(1, accuracy);
    s->baseline->setVisible(true);
    s->frozen->setName(legendName(*s));
    // k = 0 copies nothing: both curves start from the scratch number.
    s->frozen->addData(0, accuracy);
    s->finetuned->addData(0, accuracy);
  } else if (variant == QLatin1String("frozen")) {
    s->frozen->addData(k, accuracy);
  } else if (variant == QLatin1String("finetuned")) {
    s->finetuned->addData(k, accuracy);
  } else {
    return; // the source model's own cell is not a point of this plot
  }
  rescale();
}

int LayerSweepPlot::pointCount(int index) const {
  const Sweep& s = sweeps_.at(static_cast<std::size_t>(index));
  return s.frozen->dataCount() + s.finetuned->dataCount();
}

int LayerSweepPlot::pointCount() const {
  for (int i = 0; i < sweepCount(); ++i)
    if (sweeps_[static_cast<std::size_t>(i)].key == current_)
      return pointCount(i);
  return 0;
}

void LayerSweepPlot::rescale() {
  double low = 1.0, high = 0.0;
  for (const Sweep& s : sweeps_)
    for (QCPGraph* g : {s.frozen, s.finetuned})
      for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
        low = std::min(low, it->value);
        high = std::max(high, it->value);
      }
  if (high >= low)
    plot_->yAxis->setRange(std::max(0.0, low - 0.1), std::min(1.0, high + 0.1));
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LayerSweepPlot::showPointToolTip(QMouseEvent* event) {
  // The nearest point within a few pixels: its sweep, k, the layers copied, the
  // accuracy, and the gain over that sweep's own scratch baseline.
  const QPointF at = event->position();
  const Sweep* best = nullptr;
  const QCPGraph* bestGraph = nullptr;
  double bestDistance = 12.0, bestKey = 0.0, bestValue = 0.0;
  for (const Sweep& s : sweeps_)
    for (QCPGraph* g : {s.frozen, s.finetuned})
      for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
        const QPointF p(plot_->xAxis->coordToPixel(it->key), plot_->yAxis->coordToPixel(it->value));
        const double d = std::hypot(p.x() - at.x(), p.y() - at.y());
        if (d < bestDistance) {
          bestDistance = d;
          best = &s;
          bestGraph = g;
          bestKey = it->key;
          bestValue = it->value;
        }
      }
  if (!best) {
    QToolTip::hideText();
    return;
  }
  const int k = static_cast<int>(std::lround(bestKey));
  QString tip = name(*best) + QLatin1Char('\n');
  if (k == 0) {
    tip += tr("k = 0, nothing copied: from scratch, target accuracy %1").arg(bestValue, 0, 'f', 3);
  } else {
    tip += tr("k = %1, copied: %2").arg(k).arg(best->layers.mid(0, k).join(QStringLiteral(", ")));
    tip += QLatin1Char('\n');
    tip += (bestGraph == best->frozen ? tr("frozen: target accuracy %1") : tr("fine-tuned: target accuracy %1"))
               .arg(bestValue, 0, 'f', 3);
    if (best->scratchAcc) {
      const double gain = 100.0 * (bestValue - *best->scratchAcc);
      tip += QLatin1Char('\n') + tr("%1 points against this pair's scratch baseline (%2)")
                                     .arg((gain >= 0 ? QStringLiteral("+") : QString()) +
                                          QLocale().toString(gain, 'f', 1))
                                     .arg(*best->scratchAcc, 0, 'f', 3);
    }
  }
  QToolTip::showText(event->globalPosition().toPoint(), tip, plot_);
}

} // namespace twb::ui
