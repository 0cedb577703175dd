#include "embedding/EmbeddingExports.h"

#include "common/CoreText.h"
#include "common/MessageBoxes.h"
#include "embedding/EmbeddingExport.h"
#include "embedding/EmbeddingMap.h"
#include "embedding/EmbeddingScatter.h"
#include "window/SettingsKeys.h"

#include "embed/Embedding.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

#include <exception>

namespace twb::ui {

EmbeddingExports::EmbeddingExports(QWidget* parent) : QToolButton(parent) {
  setPopupMode(QToolButton::InstantPopup);
  auto* menu = new QMenu(this);
  csvAction_ = menu->addAction(QString());
  pngAction_ = menu->addAction(QString());
  pdfAction_ = menu->addAction(QString());
  projectorAction_ = menu->addAction(QString());
  projectorAction_->setObjectName(QStringLiteral("exportEmbeddingProjector"));
  connect(csvAction_, &QAction::triggered, this,
          [this] { exportWithDialog(QStringLiteral("CSV (*.csv)"), QStringLiteral("csv")); });
  connect(pngAction_, &QAction::triggered, this,
          [this] { exportWithDialog(QStringLiteral("PNG (*.png)"), QStringLiteral("png")); });
  connect(pdfAction_, &QAction::triggered, this,
          [this] { exportWithDialog(QStringLiteral("PDF (*.pdf)"), QStringLiteral("pdf")); });
  connect(projectorAction_, &QAction::triggered, this, &EmbeddingExports::exportProjectorWithDialog);
  setMenu(menu);
}

void EmbeddingExports::retranslateUi() {
  setText(tr("Export"));
  csvAction_->setText(tr("Coordinates as CSV…"));
  pngAction_->setText(tr("Picture as PNG…"));
  pdfAction_->setText(tr("Picture as PDF…"));
  projectorAction_->setText(tr("Export Embedding for TensorBoard…"));
}

QString EmbeddingExports::exportCsv(const QString& path) const {
  if (!map_->features())
    return tr("There is no map to export yet.");
  return saveCoordinatesCsv(*map_->features(), map_->scatter()->coords(), path);
}

QString EmbeddingExports::exportPicture(const QString& path) const {
  return savePicture(*map_->scatter(), map_->captionText(), path);
}

QString EmbeddingExports::exportProjector(const QString& dir) const {
  if (!map_->features())
    return tr("There are no features to export yet: run the embedding first.");
  try {
    twb::writeProjector(*map_->features(), dir.toStdString());
  } catch (const std::exception& e) {
    return errorText(e);
  }
  return {};
}

void EmbeddingExports::exportWithDialog(const QString& filter, const QString& suffix) {
  QString path = QFileDialog::getSaveFileName(this, tr("Export"), QStringLiteral("embedding.") + suffix, filter);
  if (path.isEmpty())
    return;
  if (QFileInfo(path).suffix().isEmpty())
    path += QLatin1Char('.') + suffix;
  const QString error = suffix == QLatin1String("csv") ? exportCsv(path) : exportPicture(path);
  if (!error.isEmpty())
    showError(this, tr("Export"), error);
}

void EmbeddingExports::exportProjectorWithDialog() {
  const QString dir = QFileDialog::getSaveFileName(this, projectorAction_->text(),
                                                   settings::lastRunDirectory.get() + QStringLiteral("/projector"));
  if (dir.isEmpty())
    return;
  const QString error = exportProjector(dir);
  if (!error.isEmpty())
    showError(this, tr("Export"), error);
}

} // namespace twb::ui
