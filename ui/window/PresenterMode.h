#pragma once
// View > Presenter Mode (F11): the window as a class sees it on a projector. Full
// screen, every text half as large again, curves in high-contrast colours and twice as
// wide, and only the panels the open lesson names (its "panels", and the Lesson dock);
// leaving puts the layout, the font and the colours back as they were.
#include <QByteArray>
#include <QFont>
#include <QRect>
#include <QSize>
#include <QString>

#include <functional>
#include <map>
#include <string>
#include <vector>

class QDockWidget;
class QMainWindow;

namespace twb::ui {

class PresenterMode {
public:
  // `docks` by lesson target name ("dock:model"); `restyle` redraws the views that
  // draw their own curves once the style and the font have changed.
  PresenterMode(QMainWindow* window, std::map<std::string, QDockWidget*> docks, std::function<void()> restyle);

  bool isActive() const { return active_; }
  // `keep`: the docks to leave open (lesson targets: "dock:model"); empty keeps every open one.
  void enter(const std::vector<std::string>& keep);
  void leave();

  // Text half as large again on a 1920x1080 projector; a quarter on a smaller one,
  // where half again would not leave the lesson's panels room beside the curves.
  static double fontScaleFor(const QSize& screen);
  double fontScale() const { return scale_; }

private:
  QMainWindow* window_;
  std::map<std::string, QDockWidget*> docks_;
  std::function<void()> restyle_;
  bool active_ = false;
  bool wasFullScreen_ = false;
  bool wasMaximized_ = false;
  QByteArray state_, geometry_;
  QRect rect_; // the window's geometry before, set again once the text is small again
  QFont font_;
  double scale_ = 1.0;
};

} // namespace twb::ui
