#include "window/PresenterMode.h"

#include "curves/CurveStyle.h"

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QTimer>

#include <algorithm>

namespace twb::ui {

PresenterMode::PresenterMode(QMainWindow* window, std::map<std::string, QDockWidget*> docks,
                             std::function<void()> restyle)
    : window_(window), docks_(std::move(docks)), restyle_(std::move(restyle)) {}

void PresenterMode::enter(const std::vector<std::string>& keep) {
  if (active_)
    return;
  active_ = true;
  state_ = window_->saveState();
  geometry_ = window_->saveGeometry();
  rect_ = window_->geometry();
  wasFullScreen_ = window_->isFullScreen();
  wasMaximized_ = window_->isMaximized();
  font_ = QApplication::font();
  if (!keep.empty())
    for (const auto& [name, dock] : docks_)
      if (std::find(keep.begin(), keep.end(), name) == keep.end())
        dock->hide();
  scale_ = fontScaleFor(window_->screen() ? window_->screen()->size() : QSize());
  QFont big = font_;
  big.setPointSizeF(font_.pointSizeF() * scale_);
  QApplication::setFont(big);
  setPresenterStyle(true);
  window_->showFullScreen();
  if (restyle_) // once the new font has reached every widget
    QTimer::singleShot(0, window_, restyle_);
}

double PresenterMode::fontScaleFor(const QSize& screen) {
  return screen.width() >= 1920 && screen.height() >= 1080 ? 1.5 : 1.25;
}

void PresenterMode::leave() {
  if (!active_)
    return;
  active_ = false;
  QApplication::setFont(font_);
  setPresenterStyle(false);
  if (wasFullScreen_)
    window_->showFullScreen();
  else if (wasMaximized_)
    window_->showMaximized();
  else
    window_->showNormal();
  window_->restoreState(state_);
  window_->restoreGeometry(geometry_);
  if (restyle_)
    QTimer::singleShot(0, window_, restyle_);
  // Once the smaller text has shrunk the panels' minimum sizes (the docks shown again
  // lay out over several passes, and meanwhile widened the window past the screen by
  // some 20 px): its old size is only allowed again then.
  if (!wasFullScreen_ && !wasMaximized_)
    QTimer::singleShot(200, window_, [window = window_, rect = rect_] { window->setGeometry(rect); });
}

} // namespace twb::ui
