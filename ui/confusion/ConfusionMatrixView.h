#pragma once
// One confusion matrix drawn as a grid: rows the true class, columns the predicted
// class, each cell shaded by its share of the row with its count written in it, each
// class's recall at the row's end and the overall accuracy as the title. Diagonal
// cells can be framed green or red (the class's correct count rose or fell against
// another run's). Hovering a cell says its count and share; clicking it selects it.
// Without a matrix it shows a line of text instead ("computing…", an error).
#include "training/Confusion.h"

#include <QColor>
#include <QString>
#include <QWidget>

#include <vector>

namespace twb::ui {

class ConfusionMatrixView : public QWidget {
  Q_OBJECT

public:
  explicit ConfusionMatrixView(QWidget* parent = nullptr);

  void setMatrix(const twb::ConfusionMatrix& matrix);
  // No matrix: `message` in its place.
  void showMessage(const QString& message);
  bool hasMatrix() const { return hasMatrix_; }
  const twb::ConfusionMatrix& matrix() const { return matrix_; }
  // Per class: > 0 frames the diagonal cell as fixed, < 0 as broken; empty: no frames.
  void setDiagonalChange(const std::vector<long long>& change);
  const std::vector<long long>& diagonalChange() const { return change_; }
  // The highlighted cell; (-1, -1) for none.
  void setSelectedCell(int truth, int predicted);

  // Where a cell is drawn now (empty when it is not), for people and tests alike.
  QRect cellRect(int truth, int predicted) const;
  // The title line: the accuracy.
  QString title() const;
  // A cell's tooltip: its count and its share of the row.
  QString cellToolTip(int truth, int predicted) const;

  // The frames' colours, which the panel's summary line uses too.
  static QColor fixedColour();
  static QColor brokenColour();

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

signals:
  void cellClicked(int truth, int predicted);

protected:
  bool event(QEvent* event) override;
  void paintEvent(QPaintEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void changeEvent(QEvent* event) override;

private:
  struct Geometry {
    int cellWidth = 0, cellHeight = 0, left = 0, top = 0, labelWidth = 0, recallWidth = 0;
  };
  Geometry geometry() const;
  // The cell under `pos`, false when there is none.
  bool cellAt(const QPoint& pos, int& truth, int& predicted) const;

  twb::ConfusionMatrix matrix_;
  bool hasMatrix_ = false;
  QString message_;
  std::vector<long long> change_;
  int selectedTruth_ = -1, selectedPredicted_ = -1;
};

} // namespace twb::ui
