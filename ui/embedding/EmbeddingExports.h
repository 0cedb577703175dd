#pragma once
// The Embedding tab's Export button and its menu: the live map's coordinates (CSV),
// its picture with the caption (PNG or PDF), and its features as TensorBoard
// projector files (also the File menu's "Export Embedding for TensorBoard…").
#include <QString>
#include <QToolButton>

class QAction;

namespace twb::ui {

class EmbeddingMap;

class EmbeddingExports : public QToolButton {
  Q_OBJECT

public:
  explicit EmbeddingExports(QWidget* parent = nullptr);
  // The map it exports (set once, before use; the map is built after the button,
  // which keeps the tab order of the controls).
  void setMap(const EmbeddingMap* map) { map_ = map; }

  // Each returns an empty string on success, else one sentence naming the file.
  QString exportCsv(const QString& path) const;
  QString exportPicture(const QString& path) const; // PNG or PDF, by the suffix
  QString exportProjector(const QString& dir) const;
  QAction* projectorAction() const { return projectorAction_; }

  void retranslateUi();

private:
  void exportWithDialog(const QString& filter, const QString& suffix);
  void exportProjectorWithDialog();

  const EmbeddingMap* map_ = nullptr;
  QAction* csvAction_ = nullptr;
  QAction* pngAction_ = nullptr;
  QAction* pdfAction_ = nullptr;
  QAction* projectorAction_ = nullptr;
};

} // namespace twb::ui
