#pragma once
// The Translation tab's right-hand side: one image large (a test image clicked in the
// grid, or a file dropped on the tab) and what the run's model makes of it: its
// translation and the way back (UNIT), or a row of translations, one per style, with
// "Other styles" and the style of a chosen image of the other domain (MUNIT). It only
// shows; the panel asks the model.
#include <QImage>
#include <QString>
#include <QWidget>

#include <cstdint>
#include <vector>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace twb::ui {

class PixelImagesView;

class TranslationDetail : public QWidget {
  Q_OBJECT

public:
  explicit TranslationDetail(QWidget* parent = nullptr);

  // Nothing chosen: says how to choose.
  void clear();
  // `input` is being translated from domain `from` into `to`; `what` names it.
  void showInput(const QImage& input, const QString& what, const QString& from, const QString& to);
  // Its translations (several for a multimodal model, drawn with `seed`) and, for a
  // unimodal one, the first translated back; `step` is the model's.
  void showTranslations(const std::vector<QImage>& outputs, const QImage& back, bool multimodal, std::uint64_t seed,
                        std::int64_t step);
  // The input in the style of `style`, an image of the other domain.
  void showStyled(const QImage& style, const QImage& result);
  void showError(const QString& message);
  // While on, the next image clicked or dropped gives the style instead of the input.
  void setPickingStyle(bool on);
  bool isPickingStyle() const;

  bool hasInput() const { return !input_.isNull(); }
  const QImage& input() const { return input_; }
  const std::vector<QImage>& translations() const;
  QImage back() const;
  QImage styled() const;
  QString caption() const;
  QPushButton* otherStylesButton() const { return otherStyles_; }
  QPushButton* styleButton() const { return styleFrom_; }

signals:
  void otherStylesRequested();
  void closeRequested();
  void pickStyleToggled(bool on);

protected:
  void changeEvent(QEvent* event) override;

private:
  void updateTexts();

  QImage input_;
  QString what_, from_, to_, error_;
  bool multimodal_ = false, translated_ = false;
  std::uint64_t seed_ = 0;
  std::int64_t step_ = -1;

  QLabel* caption_ = nullptr;
  QToolButton* close_ = nullptr;
  QHBoxLayout* images_ = nullptr;
  PixelImagesView* inputView_ = nullptr;
  PixelImagesView* outputsView_ = nullptr;
  PixelImagesView* backView_ = nullptr;
  QPushButton* otherStyles_ = nullptr;
  QPushButton* styleFrom_ = nullptr;
  PixelImagesView* styleView_ = nullptr; // the style's image, then the input in its style
  QLabel* hint_ = nullptr;
};

} // namespace twb::ui
