#include "run/RunLogView.h"

#include "common/CoreText.h"
#include "common/FitWidgets.h"
#include "compare/Cautions.h"
#include "methods/Registry.h"

#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>

namespace twb::ui {

RunLogView::RunLogView(QWidget* parent) : QWidget(parent) {
  summaryGroup_ = new QGroupBox(this);
  summaryGroup_->setObjectName(QStringLiteral("runSummary"));
  auto* form = new QFormLayout(summaryGroup_);
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow dock puts a long value under its caption
  for (int i = 0; i < FieldCount; ++i) {
    captions_[i] = new QLabel(summaryGroup_);
    values_[i] = new QLabel(summaryGroup_);
    values_[i]->setTextInteractionFlags(Qt::TextBrowserInteraction);
    values_[i]->setWordWrap(true); // a long method label or path wraps rather than widening the dock
    form->addRow(captions_[i], values_[i]);
  }
  values_[RunDirectory]->setOpenExternalLinks(true);
  // A number that cannot be read as it looks says so under the summary.
  cautions_ = new QLabel(summaryGroup_);
  cautions_->setObjectName(QStringLiteral("runCautions"));
  cautions_->setWordWrap(true);
  cautions_->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0b84a; padding: 4px; }"));
  cautions_->hide();
  form->addRow(cautions_);
  // The summary scrolls in a short dock; the splitter shares the height with the log.
  summaryArea_ = new VerticalScrollArea(summaryGroup_, this);
  summaryArea_->hide();

  log_ = new QPlainTextEdit(this);
  log_->setObjectName(QStringLiteral("runLog"));
  log_->setReadOnly(true);
  log_->setMaximumBlockCount(10000); // a long run must not grow memory without bound
  // The dock is narrow and run directories are long: wrap, inside a path if need be.
  log_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
  log_->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
  log_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->setChildrenCollapsible(false);
  splitter->addWidget(summaryArea_);
  splitter->addWidget(log_);
  splitter->setStretchFactor(1, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(splitter);
  retranslateUi();
}

void RunLogView::clear() {
  log_->clear();
  lines_.clear();
  hasSummary_ = false;
  summaryArea_->hide();
}

void RunLogView::appendLine(std::function<QString()> text) {
  log_->appendPlainText(text());
  lines_.push_back(std::move(text));
}

void RunLogView::appendEvents(const std::vector<twb::RunEvent>& events) {
  if (events.empty())
    return;
  QStringList lines;
  for (const twb::RunEvent& event : events) {
    lines_.push_back([text = event.text] { return coreText(text); }); // in the window's language
    lines.append(lines_.back()());
  }
  log_->appendPlainText(lines.join(QLatin1Char('\n')));
}

void RunLogView::showRun(const twb::RunRecord& run, const std::vector<twb::RunEvent>& log) {
  clear();
  if (log.empty())
    appendLine([] { return tr("This run was written before run logs were kept: only its summary is shown."); });
  appendEvents(log);
  twb::TrainResult result;
  result.summary = run.summary;
  result.runDir = run.dir;
  showSummary(run.experiment, result);
}

void RunLogView::showCautions() {
  twb::RunRecord run;
  run.experiment = experiment_;
  run.summary = result_.summary;
  QStringList lines;
  for (const twb::Message& note : twb::cautionsForRun(run))
    lines.append(QStringLiteral("⚠ ") + coreText(note));
  cautions_->setText(lines.join(QLatin1Char('\n')));
  cautions_->setVisible(!lines.isEmpty());
}

void RunLogView::rewordLog() {
  QStringList lines;
  for (const auto& line : lines_)
    lines.append(line());
  log_->setPlainText(lines.join(QLatin1Char('\n')));
}

QString RunLogView::logText() const {
  return log_->toPlainText();
}

void RunLogView::showSummary(const twb::Experiment& experiment, const twb::TrainResult& result) {
  experiment_ = experiment;
  result_ = result;
  hasSummary_ = true;
  fillValues();
  summaryArea_->show();
}

void RunLogView::fillValues() {
  const twb::RunSummary& summary = result_.summary;
  const QLocale locale = this->locale();
  const auto percent = [&](double fraction) { return tr("%1%").arg(locale.toString(fraction * 100.0, 'f', 2)); };
  const auto text = [](const std::string& s) { return QString::fromStdString(s); };

  values_[Status]->setText(statusText(summary.status));
  const twb::Method& method = twb::methodOf(experiment_);
  values_[Method]->setText(coreText(method.label(experiment_)));
  values_[Backbone]->setText(text(summary.backbone.empty() ? experiment_.model.backbone : summary.backbone));
  values_[Domains]->setText(coreText(method.datasets(experiment_)));
  values_[Steps]->setText(tr("%1 of %2")
                              .arg(locale.toString(static_cast<qlonglong>(summary.steps)),
                                   locale.toString(static_cast<qlonglong>(experiment_.training.steps))));
  values_[BatchSize]->setText(locale.toString(experiment_.training.batchSize));
  values_[LearningRate]->setText(tr("%1 (%2, %3 schedule)")
                                     .arg(locale.toString(experiment_.training.lr, 'g', 6),
                                          text(experiment_.training.optimizer), text(experiment_.training.lrSchedule)));
  values_[Seed]->setText(QString::number(experiment_.seed));
  values_[SourceAccuracy]->setText(method.measuresSource(experiment_) ? percent(summary.sourceTestAcc)
                                                                      : tr("— (no source model)"));
  values_[TargetAccuracy]->setText(percent(summary.targetTestAcc));
  values_[Speed]->setText(tr("%1 images/s").arg(locale.toString(summary.imagesPerSecond, 'f', 0)));
  values_[TrainTime]->setText(tr("%1 s").arg(locale.toString(summary.trainSeconds, 'f', 1)));
  values_[Device]->setText(text(summary.device));

  const QString runDir = QString::fromStdString(result_.runDir);
  if (runDir.isEmpty()) {
    values_[RunDirectory]->setText(tr("not written"));
  } else {
    // Wraps after any separator: a long path never widens the dock.
    const QString shown = breakablePath(runDir);
    values_[RunDirectory]->setText(
        QStringLiteral("<a href=\"%1\">%2</a>").arg(QUrl::fromLocalFile(runDir).toString(), shown.toHtmlEscaped()));
    values_[RunDirectory]->setToolTip(QDir::toNativeSeparators(runDir));
  }
  showCautions();
}

QString RunLogView::statusText(const std::string& status) const {
  if (status == "completed")
    return tr("completed");
  if (status == "stopped")
    return tr("stopped early");
  if (status == "diverged")
    return tr("diverged");
  return QString::fromStdString(status);
}

QString RunLogView::caption(Field field) const {
  switch (field) {
  case Status:
    return tr("Status:");
  case Method:
    return tr("Method:");
  case Backbone:
    return tr("Backbone:");
  case Domains:
    return tr("Source → target:");
  case Steps:
    return tr("Steps:");
  case BatchSize:
    return tr("Batch size:");
  case LearningRate:
    return tr("Learning rate:");
  case Seed:
    return tr("Seed:");
  case SourceAccuracy:
    return tr("Source test accuracy:");
  case TargetAccuracy:
    return tr("Target test accuracy:");
  case Speed:
    return tr("Speed:");
  case TrainTime:
    return tr("Training time:");
  case Device:
    return tr("Device:");
  case RunDirectory:
    return tr("Run directory:");
  case FieldCount:
    break;
  }
  return {};
}

void RunLogView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void RunLogView::retranslateUi() {
  summaryGroup_->setTitle(tr("Run summary"));
  for (int i = 0; i < FieldCount; ++i)
    captions_[i]->setText(caption(static_cast<Field>(i)));
  log_->setPlaceholderText(tr("The log of a run appears here once you press Start."));
  if (hasSummary_)
    fillValues();
  rewordLog();
}

} // namespace twb::ui
