#include "datasets/DatasetFactsView.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace twb::ui {

DatasetFactsView::DatasetFactsView(QWidget* parent) : QWidget(parent) {
  form_ = new QFormLayout;
  form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  form_->setContentsMargins(0, 0, 0, 0);
  static const char* const names[FactCount] = {"sizeValue", "channelsValue", "imagesValue",
                                               "meanValue", "stdValue",      "originValue"};
  for (int i = 0; i < FactCount; ++i) {
    captions_[i] = new QLabel(this);
    values_[i] = new QLabel(this);
    values_[i]->setObjectName(QString::fromLatin1(names[i]));
    values_[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
    values_[i]->setWordWrap(true); // "60,000 train, 10,000 test, 10 classes" would set the panel's width
    form_->addRow(captions_[i], values_[i]);
  }
  // Paths have no spaces to break at; let the label shrink and wrap anywhere.
  values_[Origin]->setMinimumWidth(1);
  values_[Origin]->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

  reportToggle_ = new QToolButton(this);
  reportToggle_->setObjectName(QStringLiteral("reportToggle"));
  reportToggle_->setToolButtonStyle(Qt::ToolButtonIconOnly);
  reportToggle_->setAutoRaise(true);
  reportToggle_->setCheckable(true);
  // The title is a wrapped label beside the arrow: as the button's text it made the
  // Datasets panel as wide as the sentence.
  reportTitle_ = new QLabel(this);
  reportTitle_->setObjectName(QStringLiteral("reportTitle"));
  reportTitle_->setWordWrap(true);
  reportTitle_->setBuddy(reportToggle_);
  report_ = new QPlainTextEdit(this);
  report_->setObjectName(QStringLiteral("loadReport"));
  report_->setReadOnly(true);
  report_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
  report_->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
  report_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  report_->setMaximumHeight(110);
  connect(reportToggle_, &QToolButton::toggled, this, &DatasetFactsView::setReportExpanded);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(form_);
  auto* reportRow = new QHBoxLayout;
  reportRow->addWidget(reportToggle_, 0, Qt::AlignTop);
  reportRow->addWidget(reportTitle_, 1);
  layout->addLayout(reportRow);
  layout->addWidget(report_);
  layout->addStretch(1);
  retranslateUi();
  clear();
}

void DatasetFactsView::setDataset(std::shared_ptr<const LoadedDataset> loaded) {
  shown_ = std::move(loaded);
  fill();
  // Open when there is something to read; an empty report stays folded away.
  const bool hasReport = !report_->toPlainText().isEmpty();
  reportToggle_->setChecked(hasReport && !shown_->dataset.report.skipped.empty());
  setReportExpanded(reportToggle_->isChecked());
}

void DatasetFactsView::clear() {
  shown_.reset();
  fill();
  reportToggle_->setChecked(false);
  setReportExpanded(false);
}

QString DatasetFactsView::reportText() const {
  return report_->toPlainText();
}

void DatasetFactsView::setReportExpanded(bool expanded) {
  reportToggle_->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
  report_->setVisible(expanded && reportToggle_->isEnabled());
}

QString DatasetFactsView::perChannel(const std::vector<double>& values) const {
  const QLocale locale;
  if (values.size() == 1)
    return locale.toString(values[0], 'f', 3);
  static const char* const rgb[] = {"R", "G", "B", "A"};
  QStringList parts;
  for (std::size_t c = 0; c < values.size(); ++c) {
    const QString number = locale.toString(values[c], 'f', 3);
    parts.append(values.size() <= 4 ? QStringLiteral("%1 %2").arg(QLatin1String(rgb[c]), number) : number);
  }
  return parts.join(QStringLiteral("  "));
}

void DatasetFactsView::fill() {
  if (!shown_) {
    for (QLabel* value : values_)
      value->setText(QStringLiteral("–"));
    report_->clear();
    setReportTitle(tr("Load report"));
    reportToggle_->setEnabled(false);
    return;
  }
  const twb::Dataset& dataset = shown_->dataset;
  const twb::DatasetStats& stats = shown_->stats;
  values_[Size]->setText(tr("%1 × %2 pixels").arg(stats.width).arg(stats.height));
  values_[Channels]->setText(stats.channels == 1   ? tr("1 (grey)")
                             : stats.channels == 3 ? tr("3 (colour, RGB)")
                                                   : QString::number(stats.channels));
  values_[Images]->setText(
      tr("%L1 train, %L2 test, %3 classes").arg(stats.train.size).arg(stats.test.size).arg(dataset.classNames.size()));
  values_[Mean]->setText(perChannel(stats.train.mean));
  values_[Std]->setText(perChannel(stats.train.std));
  values_[Origin]->setText(QString::fromStdString(dataset.origin));
  values_[Origin]->setToolTip(QString::fromStdString(dataset.origin));

  const twb::LoadReport& report = dataset.report;
  QStringList lines;
  for (const std::string& note : report.notes)
    lines.append(QString::fromStdString(note));
  for (const auto& [file, reason] : report.skipped)
    lines.append(tr("skipped %1: %2").arg(QString::fromStdString(file), QString::fromStdString(reason)));
  report_->setPlainText(lines.join(QLatin1Char('\n')));
  reportToggle_->setEnabled(!lines.isEmpty());
  setReportTitle(
      report.skipped.empty()
          ? tr("Load report: %L1 images loaded, nothing skipped").arg(report.loaded)
          : tr("Load report: %L1 images loaded, skipped: %L2").arg(report.loaded).arg(report.skipped.size()));
}

void DatasetFactsView::setReportTitle(const QString& title) {
  reportToggle_->setText(title); // what the arrow does, for accessibility
  reportTitle_->setText(title);
}

void DatasetFactsView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void DatasetFactsView::retranslateUi() {
  captions_[Size]->setText(tr("Image size:"));
  captions_[Channels]->setText(tr("Channels:"));
  captions_[Images]->setText(tr("Images:"));
  captions_[Mean]->setText(tr("Mean (train):"));
  captions_[Std]->setText(tr("Std (train):"));
  captions_[Origin]->setText(tr("Origin:"));
  captions_[Mean]->setToolTip(tr("Per-channel mean of pixel values in [0, 1]"));
  captions_[Std]->setToolTip(tr("Per-channel standard deviation of pixel values in [0, 1]"));
  reportToggle_->setToolTip(tr("What loading did: notes, and files skipped with the reason"));
  fill();
}

} // namespace twb::ui
