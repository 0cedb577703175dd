#pragma once
// A few sample images of each class, one row per class with the class name at the
// row's start. The images are scaled to fill the widget (without smoothing, so that
// a 28x28 digit stays crisp); rows of classes the other domain lacks are marked.
// Where the images can be acted on (a speech dataset's spectrograms, which play when
// clicked) the grid reports clicks by the item's index in its split and frames one.
#include "data/Dataset.h"

#include <QImage>
#include <QScrollArea>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <utility>
#include <vector>

namespace twb::ui {

class SampleGridView : public QWidget {
  Q_OBJECT

public:
  explicit SampleGridView(QWidget* parent = nullptr);

  // Picks `perClass` training images of each class (seeded) and shows them.
  void setDataset(const twb::Dataset& dataset, std::uint64_t seed, int perClass = kDefaultPerClass);
  void clear();
  // Class names drawn as "not in the other domain".
  void setMarkedClasses(const QSet<QString>& classNames);

  int sampleCount() const;
  int rowCount() const { return static_cast<int>(rows_.size()); }
  // The images shown in `row` and the index of each in the split they come from (the
  // training split, or the test split of a dataset that has no training images).
  int columnCount(int row) const;
  std::size_t indexAt(int row, int column) const;
  bool showsTestSplit() const { return fromTest_; }
  // Where an image is drawn; empty when `row` has no such column.
  QRect cellRect(int row, int column) const;

  // Clicks and context menus on an image are reported (and the cursor says so).
  void setClickable(bool clickable);
  bool isClickable() const { return clickable_; }
  // Frames the image of split index `index` (-1: none).
  void setHighlighted(qint64 index);
  qint64 highlighted() const { return highlighted_; }

  // As wide as the rows need when the grid is `height` pixels tall.
  int widthForHeight(int height) const;
  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

  // An image of a dataset as Qt sees it: grey, RGB or RGBA, copied out of `set`.
  static QImage toImage(const twb::ImageSet& set, std::size_t index);

  static constexpr int kDefaultPerClass = 6;

signals:
  // An image was clicked, or its context menu asked for at `globalPos`; `index` is its
  // index in the split shown.
  void itemClicked(std::size_t index);
  void itemMenuRequested(std::size_t index, const QPoint& globalPos);

protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void contextMenuEvent(QContextMenuEvent* event) override;

private:
  struct Row {
    QString className;
    std::vector<QImage> images;
    std::vector<std::size_t> indices; // of each image in the split
  };
  // The row and column of the image at `pos`, or {-1, -1}.
  std::pair<int, int> cellAt(const QPoint& pos) const;
  int labelWidth() const;      // what the longest class name needs (up to a limit)
  int shownLabelWidth() const; // what it gets at the grid's width
  int columns() const;
  int cellSize() const;
  int cellForHeight(int height) const;

  std::vector<Row> rows_;
  QSet<QString> marked_;
  QSize imageSize_{28, 28};
  bool fromTest_ = false;
  bool clickable_ = false;
  qint64 highlighted_ = -1;
};

// The grid in a scroll area that is as wide as the grid needs at its current height:
// the rows fill the height, and only a dataset with many classes scrolls.
class SampleGridArea : public QScrollArea {
  Q_OBJECT

public:
  explicit SampleGridArea(QWidget* parent = nullptr);
  SampleGridView* grid() const { return grid_; }
  // After the grid's dataset changed: the width it needs changed too.
  void refit();
  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

protected:
  void resizeEvent(QResizeEvent* event) override;

private:
  SampleGridView* grid_;
};

} // namespace twb::ui
