#pragma once
// A translation run's sample grid as the run wrote it (samples/latest.png): columns
// of fixed test images, each row what the model made of them, named on the left. It
// shows the source's block, the target's, or both, scaled to fit with crisp pixels.
// Clicking an image asks for that column's test image to be translated; the chosen
// one stays framed.
#include "methods/translate/Translation.h"
#include "translation/TranslationCapability.h"

#include <QImage>
#include <QString>
#include <QWidget>

#include <vector>

namespace twb::ui {

class TranslationGridView : public QWidget {
  Q_OBJECT

public:
  enum class Blocks { Source, Target, Both };

  explicit TranslationGridView(QWidget* parent = nullptr);

  // The grid to show and where its images are; a null image clears it.
  void setGrid(const QImage& grid, const twb::SampleGridLayout& layout);
  void clearGrid();
  // What to say where there is no grid (no run, none written yet, an error).
  void setMessage(const QString& message);
  QString message() const { return message_; }
  // A line under the grid, where there is room: what a click does.
  void setHint(const QString& hint);

  void setBlocks(Blocks blocks);
  Blocks blocks() const { return blocks_; }

  bool hasGrid() const { return !grid_.isNull() && !gridBlocks_.empty(); }
  const QImage& grid() const { return grid_; }
  const twb::SampleGridLayout& gridLayout() const { return layout_; }
  int columns() const { return static_cast<int>(layout_.columnLeft.size()); }
  // The test image of `column` in the source's (target false) or the target's block,
  // cut from the grid at its size there.
  QImage testImage(bool target, int column) const;

  // Frames `column` of one block (-1: none).
  void setChosen(bool target, int column);

  // Where the image of grid row `row` and `column` is drawn now (empty if hidden).
  QRect cellRect(int row, int column) const;
  // The rows shown, the names on the left, the images at the grid's own size: what
  // Export writes.
  QImage render() const;

signals:
  // An image was clicked: the test image of its column in its block.
  void imageClicked(bool target, int column);

protected:
  void paintEvent(QPaintEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void leaveEvent(QEvent* event) override;
  void changeEvent(QEvent* event) override;

private:
  // The rows shown (indices into the layout), and the part of the grid image they
  // span, gaps around included.
  std::vector<int> shownRows() const;
  QRect shownSlice(const std::vector<int>& rows) const;
  bool rowInTarget(int row) const;
  // Where things are drawn in a widget or picture of `size`: the names' column, the
  // scale of the grid's pixels and the slice's top left corner.
  struct Placement {
    std::vector<int> rows;
    QRect slice;
    int labels = 0;
    double scale = 1.0;
    QPointF origin;
    // Names on a line above each row instead of on the left: chosen when that draws
    // the images larger (a narrow view, long names, as beside the detail at 1280x720).
    bool above = false;
    int line = 0; // the names' line height, when above
  };
  Placement placement(const QSize& size, const QFont& font, bool fitted) const;
  QString rowTitle(int row) const;
  void paintGrid(QPainter& painter, const Placement& p, const QColor& text) const;
  bool hit(const QPoint& pos, int& row, int& column) const;
  // The y of the top of the images of shown row number `index` (in p.rows).
  double rowY(const Placement& p, std::size_t index) const;
  QRect cellRect(const Placement& p, int row, int column) const;

  QImage grid_;
  twb::SampleGridLayout layout_;
  std::vector<SampleGridBlock> gridBlocks_;
  Blocks blocks_ = Blocks::Source;
  QString message_, hint_;
  int hoverRow_ = -1, hoverColumn_ = -1;
  bool chosenTarget_ = false;
  int chosenColumn_ = -1;
};

} // namespace twb::ui
