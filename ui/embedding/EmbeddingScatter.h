#pragma once
// The embedding's scatter: one marker per point, coloured by class, shaped by domain
// (source a disc, target a triangle). A zero-shot run's joint space: images a disc
// (a diamond when their class was never seen in training) and each class embedding
// g(y) a large labelled star, so unseen images can be seen landing near their
// description. Painted from pre-rendered marker pixmaps, so
// 20,000 points redraw in milliseconds. Wheel zooms about the cursor, dragging pans,
// Shift+drag draws a lasso and a right-button drag a rectangle to select points,
// double-click fits the view.
// While the user has not moved the view it follows the layout as t-SNE expands it.
#include "embedding/EmbeddingJob.h"

#include <QColor>
#include <QPixmap>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QWidget>

#include <vector>

class QFrame;
class QLabel;

namespace twb::ui {

class EmbeddingScatter : public QWidget {
  Q_OBJECT

public:
  explicit EmbeddingScatter(QWidget* parent = nullptr);

  // New points (coordinates follow with setLayout). Clears hover, click and selection.
  void setData(EmbeddingPtr data);
  EmbeddingPtr data() const { return data_; }
  // Coordinates for every point, n * 2; follows them with the view unless the user moved it.
  void setLayout(const std::vector<float>& coords);
  const std::vector<float>& coords() const { return coords_; }
  std::size_t pointCount() const { return coords_.size() / 2; }

  void setClassVisible(int cls, bool visible);
  void setDomainVisible(twb::EmbeddingDomain domain, bool visible);
  bool isPointVisible(std::size_t i) const;
  // Rings around these points (the clicked point's neighbours).
  void setHighlighted(std::vector<std::size_t> points, int clicked);
  // A described new class: rings around its nearest images and a labelled marker at
  // their mean position (it has no t-SNE coordinates of its own). Empty: none.
  void setDescribed(std::vector<std::size_t> nearest, const QString& label);
  QString describedLabel() const { return describedLabel_; }
  void fitView();

  // The hover card's text ("" when hidden), for tests and screen readers.
  QString hoverText() const;
  // The point under widget position `pos` (within a few pixels), or -1.
  int pointAt(const QPointF& pos) const;
  QPointF toWidget(std::size_t i) const;

  // Draws the picture (no hover popup) into `painter` over `target`, e.g. for export.
  void render(QPainter& painter, const QRectF& target) const;

  enum class Shape { Disc, Triangle, Diamond, Star };
  static QColor classColor(int cls);
  // A legend swatch: the marker of `cls` in `domain` (cls < 0: grey).
  static QPixmap markerPixmap(int cls, twb::EmbeddingDomain domain, int size);
  static QPixmap markerPixmap(int cls, Shape shape, int size);

signals:
  void pointClicked(int index);
  void pointsSelected(const std::vector<std::size_t>& indices);

protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void leaveEvent(QEvent* event) override;

private:
  QPointF map(const QRectF& target, float x, float y) const;
  Shape shapeOf(std::size_t i) const;
  void drawClassEmbeddings(QPainter& painter, const QRectF& target) const;
  void drawDescribed(QPainter& painter, const QRectF& target) const;
  void showHover(int index, const QPoint& pos);
  void hideHover();

  EmbeddingPtr data_;
  std::vector<float> coords_;
  std::vector<bool> classVisible_;
  bool domainVisible_[3] = {true, true, true};
  std::vector<std::size_t> highlighted_;
  std::vector<std::size_t> described_;
  QString describedLabel_;
  int clicked_ = -1;

  // The data rectangle shown; `followLayout_` refits it on each new layout.
  QRectF view_;
  bool followLayout_ = true;

  enum class Drag { None, Pan, Select, Lasso };
  Drag drag_ = Drag::None;
  QPoint pressPos_, lastPos_;
  QRect band_;      // right-button drag: a rectangle
  QPolygonF lasso_; // Shift+drag: a freehand lasso
  bool moved_ = false;

  std::vector<std::size_t> drawOrder_; // a fixed shuffle: neither domain always on top
  QFrame* hover_ = nullptr;
  QLabel* hoverImage_ = nullptr;
  QLabel* hoverText_ = nullptr;
  int hoverIndex_ = -1;
};

} // namespace twb::ui
