#include "embedding/EmbeddingExport.h"

#include "common/PlotExport.h"
#include "common/Translate.h"
#include "embedding/EmbeddingScatter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace twb::ui {

namespace {

QString commit(QSaveFile& file, const QString& path) {
  if (!file.commit())
    return tr("Could not write %1: %2").arg(path, file.errorString());
  return {};
}

// The map over most of `page`, the caption (rich text) in a band below it.
void paintPage(QPainter& p, const EmbeddingScatter& scatter, const QString& caption, const QRectF& page) {
  QTextDocument doc;
  doc.setDefaultFont(p.font());
  doc.setHtml(caption);
  doc.setTextWidth(page.width());
  const double captionHeight = doc.size().height();
  p.fillRect(page, Qt::white);
  scatter.render(p, QRectF(page.left(), page.top(), page.width(), page.height() - captionHeight));
  p.save();
  p.translate(page.left(), page.bottom() - captionHeight);
  doc.drawContents(&p);
  p.restore();
}

} // namespace

QString saveCoordinatesCsv(const twb::EmbeddingData& d, const std::vector<float>& coords, const QString& path) {
  if (coords.size() != d.n * 2)
    return tr("There is no map to export yet.");
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
    return tr("Could not write %1: %2").arg(path, file.errorString());
  const auto field = [](const std::string& s) { return plotexport::csvField(QString::fromStdString(s)); };
  QByteArray out = "x,y,label,domain,prediction,dataset,split_index\n";
  for (std::size_t i = 0; i < d.n; ++i) {
    const bool source = d.domains[i] == twb::EmbeddingDomain::Source;
    out += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
               .arg(static_cast<double>(coords[2 * i]), 0, 'g', 9)
               .arg(static_cast<double>(coords[2 * i + 1]), 0, 'g', 9)
               .arg(field(d.classNames.at(static_cast<std::size_t>(d.labels[i]))),
                    source ? QStringLiteral("source") : QStringLiteral("target"),
                    field(d.classNames.at(static_cast<std::size_t>(d.predictions[i]))),
                    field(source ? d.source.dataset : d.target.dataset))
               .arg(d.splitIndex[i])
               .toUtf8();
  }
  file.write(out);
  return commit(file, path);
}

QString savePicture(const EmbeddingScatter& scatter, const QString& caption, const QString& path) {
  if (scatter.pointCount() == 0)
    return tr("There is no map to export yet.");
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly))
    return tr("Could not write %1: %2").arg(path, file.errorString());
  if (QFileInfo(path).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0) {
    QPdfWriter pdf(&file);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(tr("Embedding"));
    QPainter p(&pdf);
    paintPage(p, scatter, caption, QRectF(0, 0, pdf.width(), pdf.height()));
    p.end();
  } else {
    // Twice the widget's pixels, for print and slides.
    QImage image(QSize(std::max(400, scatter.width()), std::max(300, scatter.height()) + 80) * 2, QImage::Format_RGB32);
    image.setDevicePixelRatio(2);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    paintPage(p, scatter, caption, QRectF(QPointF(0, 0), QSizeF(image.size()) / 2));
    p.end();
    if (!image.save(&file, "PNG"))
      return tr("Could not encode %1 as PNG.").arg(path);
  }
  return commit(file, path);
}

} // namespace twb::ui
