#pragma once
// A titled row of small images drawn as large as the room allows, pixels kept crisp
// (nearest neighbour): a 28x28 digit and its translations, readable on a projector.
// The images wrap onto more lines when that makes them larger.
#include <QImage>
#include <QString>
#include <QWidget>

#include <vector>

namespace twb::ui {

class PixelImagesView : public QWidget {
  Q_OBJECT

public:
  explicit PixelImagesView(QWidget* parent = nullptr);

  void setTitle(const QString& title);
  QString title() const { return title_; }
  void setImages(std::vector<QImage> images);
  const std::vector<QImage>& images() const { return images_; }
  // Said in the images' place while there are none ("Translating…").
  void setPlaceholder(const QString& text);
  // The side of each image on screen, at least and at most.
  void setCellRange(int minimum, int maximum);
  // The side each image is drawn at now.
  int cellSide() const;

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

protected:
  void paintEvent(QPaintEvent* event) override;

private:
  struct Arrangement {
    int columns = 1, side = 0;
  };
  Arrangement arrange(const QSize& room) const;
  int titleHeight() const;

  QString title_, placeholder_;
  std::vector<QImage> images_;
  int minimum_ = 28, maximum_ = 112;
};

} // namespace twb::ui
