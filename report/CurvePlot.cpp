#include "report/CurvePlot.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace twb::report {

std::vector<double> niceTicks(double low, double high, int count) {
  std::vector<double> ticks;
  if (!(high > low) || count < 1)
    return {low};
  const double rough = (high - low) / count;
  const double power = std::pow(10.0, std::floor(std::log10(rough)));
  double step = power;
  for (const double m : {1.0, 2.0, 5.0, 10.0})
    if (m * power >= rough) {
      step = m * power;
      break;
    }
  for (double t = std::ceil(low / step - 1e-9) * step; t <= high + step * 1e-9; t += step)
    ticks.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
  return ticks;
}

namespace {

QString tickText(double value, double step, bool percent) {
  if (percent)
    return QString::number(value * 100.0, 'f', step * 100.0 < 1.0 ? 1 : 0);
  if (std::abs(value) >= 10000.0)
    return QString::number(value / 1000.0, 'f', 0) + QLatin1Char('k');
  int decimals = 0;
  while (decimals < 4 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
    ++decimals;
  return QString::number(value, 'f', decimals);
}

// The range of the values, with the top trimmed to the 98th percentile of each line's
// values so that one spike early in training does not flatten every curve.
void valueRange(const std::vector<CurveSeries>& series, bool percent, double& low, double& high) {
  if (percent) {
    low = 0.0;
    high = 1.0;
    return;
  }
  low = 0.0;
  high = 0.0;
  bool any = false;
  for (const CurveSeries& s : series) {
    std::vector<double> ys;
    for (const QPointF& p : s.points)
      if (std::isfinite(p.y()))
        ys.push_back(p.y());
    if (ys.empty())
      continue;
    std::sort(ys.begin(), ys.end());
    const double top = ys.size() < 50 ? ys.back()
                                      : ys[static_cast<std::size_t>(std::floor(0.98 * static_cast<double>(ys.size() - 1)))];
    low = any ? std::min(low, ys.front()) : std::min(0.0, ys.front());
    high = any ? std::max(high, top) : top;
    any = true;
  }
  // From 0, unless the lines stay in the top part: then their own range, so that a
  // short run's small changes show.
  double smallest = high;
  for (const CurveSeries& s : series)
    for (const QPointF& p : s.points)
      if (std::isfinite(p.y()))
        smallest = std::min(smallest, p.y());
  if (low >= 0.0 && smallest > 0.6 * high)
    low = smallest;
  if (!(high > low))
    high = low + 1.0;
  const double pad = (high - low) * 0.05;
  high += pad;
  if (low > 0.0)
    low = std::max(0.0, low - pad);
}

} // namespace

QImage plotCurves(const std::vector<CurveSeries>& series, const PlotLabels& labels, int width, int height,
                  qreal scale) {
  QImage image(QSize(qRound(width * scale), qRound(height * scale)), QImage::Format_ARGB32);
  image.setDevicePixelRatio(scale);
  image.fill(Qt::white);
  QPainter p(&image);
  p.setRenderHint(QPainter::Antialiasing);
  p.setRenderHint(QPainter::TextAntialiasing);

  QFont font(QStringLiteral("DejaVu Sans"));
  font.setPixelSize(12);
  QFont titleFont = font;
  titleFont.setPixelSize(14);
  titleFont.setBold(true);
  const QFontMetricsF fm(font);
  const qreal line = fm.height();

  // The legend's rows under the plot: entries laid out left to right, wrapped.
  const qreal swatch = 26.0, gap = 16.0, margin = 10.0;
  std::vector<QPointF> entryAt;
  qreal x = 0, rows = series.empty() ? 0 : 1;
  const qreal legendWidth = width - 2 * margin;
  for (const CurveSeries& s : series) {
    const qreal w = swatch + 6 + fm.horizontalAdvance(s.label) + gap;
    if (x > 0 && x + w > legendWidth) {
      x = 0;
      ++rows;
    }
    entryAt.emplace_back(x, rows - 1);
    x += w;
  }
  const qreal legendHeight = rows * (line + 4);

  const qreal left = 62, right = 16, top = 12 + (labels.title.isEmpty() ? 0 : line + 10);
  const qreal bottom = 12 + line * 2 + 8 + legendHeight + (legendHeight > 0 ? 8 : 0);
  const QRectF plot(left, top, width - left - right, height - top - bottom);

  if (!labels.title.isEmpty()) {
    p.setFont(titleFont);
    p.setPen(Qt::black);
    p.drawText(QRectF(0, 6, width, line + 6), Qt::AlignHCenter | Qt::AlignVCenter, labels.title);
  }
  p.setFont(font);

  double xLow = std::numeric_limits<double>::max(), xHigh = std::numeric_limits<double>::lowest();
  for (const CurveSeries& s : series)
    for (const QPointF& pt : s.points) {
      xLow = std::min(xLow, pt.x());
      xHigh = std::max(xHigh, pt.x());
    }
  if (xLow > xHigh) {
    xLow = 0;
    xHigh = 1;
  }
  xLow = std::min(xLow, 0.0);
  if (!(xHigh > xLow))
    xHigh = xLow + 1;
  double yLow = 0, yHigh = 1;
  valueRange(series, labels.percent, yLow, yHigh);

  const auto toX = [&](double v) { return plot.left() + (v - xLow) / (xHigh - xLow) * plot.width(); };
  const auto toY = [&](double v) { return plot.bottom() - (v - yLow) / (yHigh - yLow) * plot.height(); };

  // Grid and ticks.
  const QPen gridPen(QColor(225, 225, 225), 1.0);
  const QPen axisPen(QColor(90, 90, 90), 1.0);
  const std::vector<double> yTicks = niceTicks(yLow, yHigh, 5);
  const double yStep = yTicks.size() > 1 ? yTicks[1] - yTicks[0] : 1.0;
  for (const double t : yTicks) {
    p.setPen(gridPen);
    p.drawLine(QPointF(plot.left(), toY(t)), QPointF(plot.right(), toY(t)));
    p.setPen(Qt::black);
    p.drawText(QRectF(0, toY(t) - line / 2, left - 6, line), Qt::AlignRight | Qt::AlignVCenter,
               tickText(t, yStep, labels.percent));
  }
  const std::vector<double> xTicks = niceTicks(xLow, xHigh, 6);
  const double xStep = xTicks.size() > 1 ? xTicks[1] - xTicks[0] : 1.0;
  for (const double t : xTicks) {
    p.setPen(gridPen);
    p.drawLine(QPointF(toX(t), plot.top()), QPointF(toX(t), plot.bottom()));
    p.setPen(Qt::black);
    p.drawText(QRectF(toX(t) - 40, plot.bottom() + 3, 80, line), Qt::AlignHCenter | Qt::AlignTop,
               tickText(t, xStep, false));
  }
  p.setPen(axisPen);
  p.drawRect(plot);
  p.setPen(Qt::black);
  p.drawText(QRectF(plot.left(), plot.bottom() + line + 4, plot.width(), line), Qt::AlignHCenter, labels.xAxis);
  p.save();
  p.translate(14, plot.center().y());
  p.rotate(-90);
  p.drawText(QRectF(-plot.height() / 2, -line / 2 - 2, plot.height(), line), Qt::AlignCenter, labels.yAxis);
  p.restore();

  // The lines, clipped to the plot (a trimmed spike leaves through the top).
  p.save();
  p.setClipRect(plot.adjusted(-1, -1, 1, 1));
  for (const CurveSeries& s : series) {
    QPen pen(s.color, 1.8, s.style);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    if (s.points.size() == 1) {
      p.setBrush(s.color);
      p.drawEllipse(QPointF(toX(s.points[0].x()), toY(s.points[0].y())), 2.5, 2.5);
      p.setBrush(Qt::NoBrush);
      continue;
    }
    QPainterPath path;
    bool started = false;
    for (const QPointF& pt : s.points) {
      if (!std::isfinite(pt.y())) {
        started = false;
        continue;
      }
      const QPointF at(toX(pt.x()), toY(pt.y()));
      if (started)
        path.lineTo(at);
      else
        path.moveTo(at);
      started = true;
    }
    p.drawPath(path);
  }
  p.restore();

  // The legend.
  const qreal legendTop = plot.bottom() + line * 2 + 12;
  for (std::size_t i = 0; i < series.size(); ++i) {
    const QPointF at(margin + entryAt[i].x(), legendTop + entryAt[i].y() * (line + 4));
    QPen pen(series[i].color, 2.2, series[i].style);
    p.setPen(pen);
    p.drawLine(QPointF(at.x(), at.y() + line / 2), QPointF(at.x() + swatch, at.y() + line / 2));
    p.setPen(Qt::black);
    p.drawText(QRectF(at.x() + swatch + 6, at.y(), width, line), Qt::AlignLeft | Qt::AlignVCenter, series[i].label);
  }
  p.end();
  return image;
}

} // namespace twb::report
