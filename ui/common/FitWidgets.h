#pragma once
// Widgets that let a panel fit a small screen without cutting anything off: a scroll
// area for tall forms that is still as wide as its content needs, and a one-line label
// that elides rather than making its row wider as its text grows.
#include <QFrame>
#include <QScrollArea>
#include <QString>

namespace twb::ui {

// `content` scrolls vertically when the area is shorter than it; horizontally it never
// needs to: the area asks for the content's minimum width (plus the scroll bar), so a
// dock holding it keeps every field whole. Frameless, for a panel's whole body.
class VerticalScrollArea : public QScrollArea {
  Q_OBJECT

public:
  explicit VerticalScrollArea(QWidget* content, QWidget* parent = nullptr);

  // The height the area asks for at least (default: a few lines of text).
  void setMinimumContentHeight(int height);

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  int scrollBarWidth() const;
  int minimumHeight_ = -1;
};

// One line of text, elided at the right when it has less room than it would like; the
// whole text is then its tooltip. It asks for its full width but needs only `minimumChars`.
class ElidedLabel : public QFrame {
  Q_OBJECT

public:
  explicit ElidedLabel(QWidget* parent = nullptr, int minimumChars = 12);

  void setText(const QString& text);
  QString text() const { return text_; }

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

private:
  void updateToolTip();

  QString text_;
  int minimumChars_;
};

// A path that a word-wrapping label may break after each separator (a zero-width space
// follows each one), shown with the platform's separators.
QString breakablePath(const QString& path);

} // namespace twb::ui
