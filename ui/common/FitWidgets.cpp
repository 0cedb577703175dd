#include "common/FitWidgets.h"

#include <QDir>
#include <QEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>

namespace twb::ui {

VerticalScrollArea::VerticalScrollArea(QWidget* content, QWidget* parent) : QScrollArea(parent) {
  setFrameShape(QFrame::NoFrame);
  setWidgetResizable(true);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setWidget(content);
  content->installEventFilter(this); // its minimum width changes with its texts and rows
}

void VerticalScrollArea::setMinimumContentHeight(int height) {
  minimumHeight_ = height;
  updateGeometry();
}

int VerticalScrollArea::scrollBarWidth() const {
  return verticalScrollBar()->sizeHint().width();
}

QSize VerticalScrollArea::sizeHint() const {
  const QWidget* content = widget();
  if (!content)
    return QScrollArea::sizeHint();
  const int frame = 2 * frameWidth();
  const QSize hint = content->sizeHint().expandedTo(content->minimumSizeHint());
  return {hint.width() + scrollBarWidth() + frame, hint.height() + frame};
}

QSize VerticalScrollArea::minimumSizeHint() const {
  const QWidget* content = widget();
  if (!content)
    return QScrollArea::minimumSizeHint();
  const int frame = 2 * frameWidth();
  const QSize smallest = content->minimumSizeHint().expandedTo(content->minimumSize());
  const int lines = minimumHeight_ >= 0 ? minimumHeight_ : 4 * fontMetrics().height();
  return {smallest.width() + scrollBarWidth() + frame, std::min(smallest.height(), lines) + frame};
}

bool VerticalScrollArea::eventFilter(QObject* watched, QEvent* event) {
  if (watched == widget() && event->type() == QEvent::LayoutRequest)
    updateGeometry();
  return QScrollArea::eventFilter(watched, event);
}

ElidedLabel::ElidedLabel(QWidget* parent, int minimumChars) : QFrame(parent), minimumChars_(minimumChars) {
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ElidedLabel::setText(const QString& text) {
  if (text == text_)
    return;
  text_ = text;
  updateGeometry();
  updateToolTip();
  update();
}

QSize ElidedLabel::sizeHint() const {
  const QMargins m = contentsMargins();
  return {fontMetrics().horizontalAdvance(text_) + m.left() + m.right() + 2,
          fontMetrics().height() + m.top() + m.bottom()};
}

QSize ElidedLabel::minimumSizeHint() const {
  const QMargins m = contentsMargins();
  const int chars = fontMetrics().averageCharWidth() * minimumChars_;
  return {std::min(sizeHint().width(), chars + m.left() + m.right()), sizeHint().height()};
}

void ElidedLabel::paintEvent(QPaintEvent* event) {
  QFrame::paintEvent(event);
  QPainter painter(this);
  const QRect r = contentsRect();
  painter.setPen(palette().color(QPalette::WindowText));
  painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(text_, Qt::ElideRight, r.width()));
}

void ElidedLabel::resizeEvent(QResizeEvent* event) {
  QFrame::resizeEvent(event);
  updateToolTip();
}

void ElidedLabel::updateToolTip() {
  const bool elided = fontMetrics().horizontalAdvance(text_) > contentsRect().width();
  setToolTip(elided ? text_ : QString());
}

QString breakablePath(const QString& path) {
  QString shown = QDir::toNativeSeparators(path);
  shown.replace(QDir::separator(), QString(QDir::separator()) + QChar(0x200B));
  return shown;
}

} // namespace twb::ui
