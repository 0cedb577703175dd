#pragma once
// A line plot for a handout, painted with QPainter into a QImage (no widget, so it
// draws headless under QT_QPA_PLATFORM=offscreen): one line per run, a grid, ticked
// axes, a title and a legend under the plot.
#include <QColor>
#include <QImage>
#include <QPointF>
#include <QString>

#include <vector>

namespace twb::report {

struct CurveSeries {
  QString label;
  QColor color;
  Qt::PenStyle style = Qt::SolidLine;
  std::vector<QPointF> points; // (step, value), in step order
};

struct PlotLabels {
  QString title, xAxis, yAxis;
  bool percent = false; // values are fractions shown as 0-100 %
};

// `width` x `height` logical pixels, painted at `scale` device pixels each (2 for print).
QImage plotCurves(const std::vector<CurveSeries>& series, const PlotLabels& labels, int width, int height,
                  qreal scale = 2.0);

// Tick positions over [low, high]: about `count` round numbers (1, 2 or 5 times a power of ten).
std::vector<double> niceTicks(double low, double high, int count = 5);

} // namespace twb::report
