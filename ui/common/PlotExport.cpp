#include "common/PlotExport.h"

#include "base/AtomicFile.h"
#include "common/MessageBoxes.h"
#include "window/SettingsKeys.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>
#include <exception>

namespace twb::ui::plotexport {
namespace {

QString cannotWrite(const QString& path) {
  return QCoreApplication::translate("twb::ui::PlotExport", "Cannot write %1.").arg(path);
}

// QCustomPlot writes straight to the path it is given; give it a temporary one.
template <typename Save> QString saveThroughTemporary(const QString& path, Save save) {
  const std::string target = QFile::encodeName(path).toStdString();
  const std::string tmp = twb::temporaryPathFor(target);
  if (!save(QFile::decodeName(tmp.c_str())) || QFileInfo(QFile::decodeName(tmp.c_str())).size() == 0) {
    std::remove(tmp.c_str());
    return cannotWrite(path);
  }
  if (std::rename(tmp.c_str(), target.c_str()) != 0) {
    std::remove(tmp.c_str());
    return cannotWrite(path);
  }
  return {};
}

} // namespace

QString savePng(QCustomPlot& plot, const QString& path) {
  // Twice the screen resolution, so the picture stays sharp in slides and papers.
  return saveThroughTemporary(
      path, [&plot](const QString& tmp) { return plot.savePng(tmp, plot.width(), plot.height(), 2.0, -1, 144); });
}

QString savePdf(QCustomPlot& plot, const QString& path) {
  return saveThroughTemporary(path, [&plot](const QString& tmp) { return plot.savePdf(tmp); });
}

QString saveCsv(const std::vector<twb::MetricRow>& rows, const QString& path) {
  try {
    twb::writeFileAtomic(QFile::encodeName(path).toStdString(), twb::metricsToCsv(rows));
  } catch (const std::exception&) {
    return cannotWrite(path);
  }
  return {};
}

QString csvField(QString s) {
  if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
    s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
  return s;
}

QString saveText(const QString& text, const QString& path) {
  try {
    twb::writeFileAtomic(QFile::encodeName(path).toStdString(), text.toStdString());
  } catch (const std::exception&) {
    return cannotWrite(path);
  }
  return {};
}

void exportWithDialog(QWidget* parent, ExportFormat format, const QString& title, const QString& baseName,
                      const std::function<QString(const QString& path)>& save) {
  const QString filter = format == ExportFormat::Png
                             ? QCoreApplication::translate("twb::ui::PlotExport", "PNG images (*.png)")
                         : format == ExportFormat::Pdf
                             ? QCoreApplication::translate("twb::ui::PlotExport", "PDF documents (*.pdf)")
                             : QCoreApplication::translate("twb::ui::PlotExport", "CSV files (*.csv)");
  const QString suffix = format == ExportFormat::Png   ? QStringLiteral("png")
                         : format == ExportFormat::Pdf ? QStringLiteral("pdf")
                                                       : QStringLiteral("csv");
  QString start = settings::lastDirectory.get();
  if (start.isEmpty())
    start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  QString path = QFileDialog::getSaveFileName(parent, title, QDir(start).filePath(baseName + QLatin1Char('.') + suffix),
                                              filter + QStringLiteral(";;") +
                                                  QCoreApplication::translate("twb::ui::PlotExport", "All files (*)"));
  if (path.isEmpty())
    return;
  if (QFileInfo(path).suffix().isEmpty())
    path += QLatin1Char('.') + suffix;
  settings::lastDirectory.set(QFileInfo(path).absolutePath());
  if (const QString error = save(path); !error.isEmpty())
    showError(parent, title, error);
}

} // namespace twb::ui::plotexport
