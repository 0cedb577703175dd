#pragma once
// A line of text in a plot's layout that elides rather than setting the plot's width:
// QCPTextElement asks for its whole text, so a long caption made the window wider.
#include <qcustomplot.h>

namespace twb::ui {

class PlotCaption : public QCPTextElement {
  Q_OBJECT

public:
  explicit PlotCaption(QCustomPlot* plot);

protected:
  QSize minimumOuterSizeHint() const override;
  void draw(QCPPainter* painter) override;
};

} // namespace twb::ui
