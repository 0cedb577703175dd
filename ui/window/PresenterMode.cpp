#include "window/PresenterMode.h"

#include "curves/CurveStyle.h"

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>

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
  wasFullScreen_ = window_->isFullScreen();
  wasMaximized_ = window_->isMaximized();
  font_ = QApplication::font();
  if (!keep.empty())
    for (const auto& [name, dock] : docks_)
      if (std::find(keep.begin(), keep.end(), name) == keep.end())
        dock->hide();
  QFont big = font_;
  big.setPointSizeF(font_.pointSizeF() * kFontScale);
  QApplication::setFont(big);
  setPresenterStyle(true);
  window_->showFullScreen();
  if (restyle_)
    restyle_();
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
  window_->restoreGeometry(geometry_);
  window_->restoreState(state_);
  if (restyle_)
    restyle_();
}

} // namespace twb::ui
