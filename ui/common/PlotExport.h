#pragma once
// Saving what the curves view shows: the plot as PNG or PDF, and every curve's raw
// points as CSV in metrics.csv's layout (so `twb` tools and spreadsheets read it).
// Each file is written beside its target and renamed over it: whole or not at all.
#include "training/Metrics.h"

#include <QString>

#include <vector>

class QCustomPlot;

namespace twb::ui::plotexport {

// Each returns an empty string on success, else one sentence naming the file.
QString savePng(QCustomPlot& plot, const QString& path);
QString savePdf(QCustomPlot& plot, const QString& path);
QString saveCsv(const std::vector<twb::MetricRow>& rows, const QString& path);
// Any other table a view has already written as CSV text (UTF-8).
QString saveText(const QString& text, const QString& path);

} // namespace twb::ui::plotexport
