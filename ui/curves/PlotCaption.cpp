#include "curves/PlotCaption.h"

#include <QFontMetrics>

#include <algorithm>

namespace twb::ui {
namespace {

constexpr int kMinimumWidth = 120; // a few words; the rest is elided

} // namespace

PlotCaption::PlotCaption(QCustomPlot* plot) : QCPTextElement(plot) {}

QSize PlotCaption::minimumOuterSizeHint() const {
  const QSize whole = QCPTextElement::minimumOuterSizeHint();
  return {std::min(whole.width(), kMinimumWidth), whole.height()};
}

void PlotCaption::draw(QCPPainter* painter) {
  const QString whole = mText;
  mText = QFontMetrics(mainFont()).elidedText(whole, Qt::ElideRight, mRect.width());
  QCPTextElement::draw(painter);
  mText = whole;
}

} // namespace twb::ui
