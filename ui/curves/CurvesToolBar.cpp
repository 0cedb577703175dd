#include "curves/CurvesToolBar.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include <cmath>

namespace twb::ui {

CurvesToolBar::CurvesToolBar(QWidget* parent) : QWidget(parent) {
  smoothingLabel_ = new QLabel(this);
  smoothing_ = new QSlider(Qt::Horizontal, this);
  smoothing_->setObjectName(QStringLiteral("curvesSmoothing"));
  smoothing_->setRange(0, kSmoothingSteps - 1);
  smoothing_->setPageStep(10);
  smoothing_->setMaximumWidth(160);
  smoothingLabel_->setBuddy(smoothing_);
  smoothingValue_ = new QLabel(this);
  // Room for "0.99" in any font, so the row does not shift while dragging.
  smoothingValue_->setMinimumWidth(smoothingValue_->fontMetrics().horizontalAdvance(QStringLiteral("0.000")));

  xAxisLabel_ = new QLabel(this);
  xAxis_ = new QComboBox(this);
  xAxis_->setObjectName(QStringLiteral("curvesXAxis"));
  xAxis_->addItem(QString(), static_cast<int>(CurvesXAxis::Steps));
  xAxis_->addItem(QString(), static_cast<int>(CurvesXAxis::Epochs));
  xAxisLabel_->setBuddy(xAxis_);

  follow_ = new QToolButton(this);
  follow_->setObjectName(QStringLiteral("curvesFollowLive"));
  follow_->setCheckable(true);
  follow_->setChecked(true);
  follow_->setAutoRaise(true);
  backToLatest_ = new QToolButton(this);
  backToLatest_->setObjectName(QStringLiteral("curvesBackToLatest"));
  backToLatest_->setEnabled(false);

  export_ = new QToolButton(this);
  export_->setObjectName(QStringLiteral("curvesExport"));
  export_->setPopupMode(QToolButton::InstantPopup);
  export_->setAutoRaise(true);
  auto* menu = new QMenu(export_);
  exportPng_ = menu->addAction(QString());
  exportPng_->setObjectName(QStringLiteral("curvesExportPng"));
  exportPdf_ = menu->addAction(QString());
  exportPdf_->setObjectName(QStringLiteral("curvesExportPdf"));
  exportCsv_ = menu->addAction(QString());
  exportCsv_->setObjectName(QStringLiteral("curvesExportCsv"));
  export_->setMenu(menu);

  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(6, 2, 6, 2);
  layout->addWidget(smoothingLabel_);
  layout->addWidget(smoothing_);
  layout->addWidget(smoothingValue_);
  layout->addSpacing(12);
  layout->addWidget(xAxisLabel_);
  layout->addWidget(xAxis_);
  layout->addSpacing(12);
  layout->addWidget(follow_);
  layout->addWidget(backToLatest_);
  layout->addStretch(1);
  layout->addWidget(export_);

  connect(smoothing_, &QSlider::valueChanged, this, [this](int value) {
    showSmoothing(value);
    emit smoothingChanged(value / static_cast<double>(kSmoothingSteps));
  });
  connect(xAxis_, qOverload<int>(&QComboBox::currentIndexChanged), this,
          [this] { emit xAxisChanged(static_cast<CurvesXAxis>(xAxis_->currentData().toInt())); });
  connect(follow_, &QToolButton::toggled, this, [this](bool follow) {
    backToLatest_->setEnabled(!follow);
    emit followLiveToggled(follow);
  });
  connect(backToLatest_, &QToolButton::clicked, this, &CurvesToolBar::backToLatestClicked);
  connect(exportPng_, &QAction::triggered, this, [this] { emit exportRequested(CurvesExport::Png); });
  connect(exportPdf_, &QAction::triggered, this, [this] { emit exportRequested(CurvesExport::Pdf); });
  connect(exportCsv_, &QAction::triggered, this, [this] { emit exportRequested(CurvesExport::Csv); });

  retranslateUi();
  showSmoothing(smoothing_->value());
}

void CurvesToolBar::setSmoothing(double weight) {
  const QSignalBlocker blocker(smoothing_);
  smoothing_->setValue(static_cast<int>(std::lround(weight * kSmoothingSteps)));
  showSmoothing(smoothing_->value());
}

void CurvesToolBar::setXAxis(CurvesXAxis axis) {
  const QSignalBlocker blocker(xAxis_);
  xAxis_->setCurrentIndex(xAxis_->findData(static_cast<int>(axis)));
}

void CurvesToolBar::setFollowLive(bool follow) {
  const QSignalBlocker blocker(follow_);
  follow_->setChecked(follow);
  backToLatest_->setEnabled(!follow);
}

void CurvesToolBar::showSmoothing(int sliderValue) {
  smoothingValue_->setText(QLocale().toString(sliderValue / static_cast<double>(kSmoothingSteps), 'f', 2));
}

void CurvesToolBar::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void CurvesToolBar::retranslateUi() {
  smoothingLabel_->setText(tr("S&moothing"));
  smoothing_->setToolTip(tr("Exponential moving average of the training curves (debiased, as in TensorBoard); "
                            "the raw values stay faint behind"));
  xAxisLabel_->setText(tr("&X axis"));
  xAxis_->setItemText(0, tr("Steps"));
  xAxis_->setItemText(1, tr("Epochs"));
  follow_->setText(tr("Follow live"));
  follow_->setToolTip(tr("Keep the newest points in view as they arrive; zooming or dragging turns it off"));
  backToLatest_->setText(tr("Back to latest"));
  backToLatest_->setToolTip(tr("Show the whole run up to the newest point and follow it again"));
  export_->setText(tr("Export"));
  exportPng_->setText(tr("Image (PNG)…"));
  exportPdf_->setText(tr("Document (PDF)…"));
  exportCsv_->setText(tr("Data (CSV)…"));
}

} // namespace twb::ui
