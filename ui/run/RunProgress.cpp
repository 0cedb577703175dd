#include "run/RunProgress.h"

#include "common/FitWidgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QProgressBar>

#include <algorithm>
#include <cmath>

namespace twb::ui {

RunProgress::RunProgress(QWidget* parent) : QWidget(parent) {
  bar_ = new QProgressBar(this);
  bar_->setObjectName(QStringLiteral("runProgressBar"));
  bar_->setTextVisible(true);
  bar_->setFixedWidth(180);
  // Elided when the status bar is short of room: "step 12,000/100,000, ETA 1:02:03"
  // must not make the window wider as the numbers grow.
  label_ = new ElidedLabel(this, 16);
  label_->setObjectName(QStringLiteral("runProgressText"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(label_);
  layout->addWidget(bar_);
  hide();
}

void RunProgress::begin(std::int64_t totalSteps) {
  firstStep_ = -1;
  step_ = 0;
  totalSteps_ = totalSteps;
  bar_->setRange(0, 0); // busy until the first step: loading has no known length
  updateText();
  show();
}

void RunProgress::setProgress(std::int64_t step, std::int64_t totalSteps) {
  if (step <= 0 || totalSteps <= 0)
    return;
  if (firstStep_ < 0) {
    firstStep_ = step;
    sinceFirstStep_.start();
  }
  step_ = step;
  totalSteps_ = totalSteps;
  // Percent of the run, so the bar's range fits an int whatever the step count.
  bar_->setRange(0, 1000);
  bar_->setValue(static_cast<int>(std::clamp<std::int64_t>(step * 1000 / totalSteps, 0, 1000)));
  bar_->setFormat(QStringLiteral("%p%"));
  updateText();
}

void RunProgress::end() {
  hide();
}

QString RunProgress::text() const {
  return label_->text();
}

void RunProgress::updateText() {
  if (firstStep_ < 0 || step_ <= firstStep_) {
    label_->setText(step_ > 0 ? tr("step %1/%2").arg(step_).arg(totalSteps_) : tr("Preparing data…"));
    return;
  }
  const double seconds = static_cast<double>(sinceFirstStep_.elapsed()) / 1000.0;
  const double perStep = seconds / static_cast<double>(step_ - firstStep_);
  const double remaining = perStep * static_cast<double>(std::max<std::int64_t>(0, totalSteps_ - step_));
  label_->setText(tr("step %1/%2, ETA %3").arg(step_).arg(totalSteps_).arg(formatDuration(remaining)));
}

QString RunProgress::formatDuration(double seconds) {
  const auto total = static_cast<long long>(std::llround(std::max(0.0, seconds)));
  const long long hours = total / 3600;
  const long long minutes = (total / 60) % 60;
  const long long secs = total % 60;
  const QChar zero = QLatin1Char('0');
  if (hours > 0)
    return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, zero).arg(secs, 2, 10, zero);
  return QStringLiteral("%1:%2").arg(minutes, 2, 10, zero).arg(secs, 2, 10, zero);
}

void RunProgress::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    updateText();
  QWidget::changeEvent(event);
}

} // namespace twb::ui
