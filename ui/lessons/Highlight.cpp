#include "lessons/Highlight.h"

#include <QPainter>
#include <QPointer>
#include <QScrollArea>
#include <QTimer>
#include <QWidget>

namespace twb::ui {
namespace {

class Outline : public QWidget {
public:
  explicit Outline(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("lessonHighlight"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
  }

protected:
  void paintEvent(QPaintEvent*) override {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // Orange reads on white plots and on a projector's washed-out greys alike.
    QPen pen(QColor(255, 140, 0), 5);
    p.setPen(pen);
    p.drawRoundedRect(QRectF(rect()).adjusted(3, 3, -3, -3), 8, 8);
  }
};

} // namespace

QWidget* flashHighlight(QWidget* target, QRect area, int milliseconds) {
  if (!target)
    return nullptr;
  QWidget* window = target->window();
  QRect local = area.isEmpty() ? target->rect() : area;
  // Inside a scrolling panel: scrolled into view, and outlined only where it shows.
  for (QWidget* w = target->parentWidget(); w && w != window; w = w->parentWidget())
    if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
      scroll->ensureWidgetVisible(target);
      const QRect viewport(target->mapFrom(scroll->viewport(), QPoint(0, 0)), scroll->viewport()->size());
      local = local.intersected(viewport);
      break;
    }
  auto* outline = new Outline(window);
  const QRect inWindow = QRect(target->mapTo(window, local.topLeft()), local.size()).adjusted(-4, -4, 4, 4);
  outline->setGeometry(inWindow.intersected(window->rect()));
  outline->show();
  outline->raise();
  QTimer::singleShot(milliseconds, outline, &QObject::deleteLater);
  return outline;
}

} // namespace twb::ui
