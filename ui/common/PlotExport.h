#pragma once
// Saving what the curves view shows: the plot as PNG or PDF, and every curve's raw
// points as CSV in metrics.csv's layout (so `twb` tools and spreadsheets read it).
// Each file is written beside its target and renamed over it: whole or not at all.
#include "training/Metrics.h"

#include <QString>

#include <functional>
#include <vector>

class QCustomPlot;
class QWidget;

namespace twb::ui::plotexport {

// Each returns an empty string on success, else one sentence naming the file.
QString savePng(QCustomPlot& plot, const QString& path);
QString savePdf(QCustomPlot& plot, const QString& path);
QString saveCsv(const std::vector<twb::MetricRow>& rows, const QString& path);
// Any other table a view has already written as CSV text (UTF-8).
QString saveText(const QString& text, const QString& path);
// One field of such a table: quoted (quotes doubled) when it holds a comma, a quote
// or a line break (RFC 4180).
QString csvField(QString s);

enum class ExportFormat { Png, Pdf, Csv };
// A view's Export menu: asks where to save (in the folder last used, `baseName` with
// the format's suffix proposed; the suffix added when the name has none), calls
// `save(path)`, and shows its error, if any, under `title`.
void exportWithDialog(QWidget* parent, ExportFormat format, const QString& title, const QString& baseName,
                      const std::function<QString(const QString& path)>& save);

} // namespace twb::ui::plotexport
