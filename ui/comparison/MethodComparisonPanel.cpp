#include "comparison/MethodComparisonPanel.h"

#include "comparison/MethodComparisonChart.h"

#include "common/CoreText.h"
#include "common/PlotExport.h"
#include "help/Concepts.h"
#include "methods/Registry.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace twb::ui {
namespace {

// Where a method stands in the registry (the Method box's order): bars keep one order
// however the runs arrive.
std::size_t registryIndex(const twb::Experiment& e) {
  const auto& methods = twb::allMethods();
  const auto it = std::find(methods.begin(), methods.end(), &twb::methodOf(e));
  return static_cast<std::size_t>(it - methods.begin());
}

} // namespace

MethodComparisonPanel::MethodComparisonPanel(QWidget* parent) : QWidget(parent) {
  choiceLabel_ = new QLabel(this);
  choice_ = new QComboBox(this);
  choice_->setObjectName(QStringLiteral("comparisonChoice"));
  // Long titles must not make the tab (and the window) wider: the box elides them.
  choice_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  choice_->setMinimumContentsLength(24);
  choiceLabel_->setBuddy(choice_);

  export_ = new QToolButton(this);
  export_->setObjectName(QStringLiteral("comparisonExport"));
  export_->setPopupMode(QToolButton::InstantPopup);
  export_->setAutoRaise(true);
  auto* menu = new QMenu(export_);
  exportPng_ = menu->addAction(QString());
  exportPng_->setObjectName(QStringLiteral("comparisonExportPng"));
  exportPdf_ = menu->addAction(QString());
  exportPdf_->setObjectName(QStringLiteral("comparisonExportPdf"));
  exportCsv_ = menu->addAction(QString());
  exportCsv_->setObjectName(QStringLiteral("comparisonExportCsv"));
  export_->setMenu(menu);

  chart_ = new MethodComparisonChart(this);
  chart_->setObjectName(QStringLiteral("methodComparisonChart"));

  auto* top = new QHBoxLayout;
  top->setContentsMargins(6, 2, 6, 0);
  top->addWidget(choiceLabel_);
  top->addWidget(choice_, 1);
  top->addWidget(help::conceptButton(help::Concept::BaselinesAndGap, this));
  top->addWidget(help::conceptButton(help::Concept::ProxyADistance, this));
  top->addWidget(export_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  layout->addLayout(top);
  layout->addWidget(chart_, 1);

  connect(choice_, &QComboBox::activated, this, [this](int index) {
    if (index >= 0 && index < static_cast<int>(comparisons_.size()))
      chosenKey_ = comparisons_[static_cast<std::size_t>(index)].key; // kept as more runs arrive
    showChosen();
  });
  connect(exportPng_, &QAction::triggered, this, [this] { exportInteractively(Format::Png); });
  connect(exportPdf_, &QAction::triggered, this, [this] { exportInteractively(Format::Pdf); });
  connect(exportCsv_, &QAction::triggered, this, [this] { exportInteractively(Format::Csv); });
  retranslateUi();
  setRuns({});
}

void MethodComparisonPanel::setRuns(const std::vector<RunPtr>& runs) {
  comparisons_.clear();
  for (twb::ComparisonRow& row : twb::comparisonRows(runs, /*overSeeds=*/true)) {
    if (comparisons_.size() <= row.group)
      comparisons_.resize(row.group + 1);
    Comparison& c = comparisons_[row.group];
    if (c.key.empty())
      c.key = twb::comparisonKey(row.lead(), /*ignoreSeed=*/true);
    c.methods += row.role == twb::MethodRole::Method ? 1 : 0;
    c.rows.push_back(std::move(row));
  }
  for (Comparison& c : comparisons_)
    std::stable_sort(c.rows.begin(), c.rows.end(), [](const twb::ComparisonRow& a, const twb::ComparisonRow& b) {
      const twb::Experiment& ea = a.lead().experiment;
      const twb::Experiment& eb = b.lead().experiment;
      return std::pair(twb::roleRank(ea), registryIndex(ea)) < std::pair(twb::roleRank(eb), registryIndex(eb));
    });
  fillChoices();
  showChosen();
}

QString MethodComparisonPanel::titleOf(const Comparison& c) const {
  const twb::RunRecord& lead = c.rows.front().lead();
  const twb::Experiment& e = lead.experiment;
  // The steps it is compared at: a stopped run's are those it reached (comparisonKey).
  const std::int64_t steps = lead.summary.status == "stopped" ? lead.summary.steps : e.training.steps;
  return tr("%1 · %2 · %3 steps")
      .arg(coreText(twb::methodOf(e).datasets(e)), QString::fromStdString(e.model.backbone),
           QLocale().toString(static_cast<qlonglong>(steps)));
}

void MethodComparisonPanel::fillChoices() {
  const QSignalBlocker blocker(choice_);
  choice_->clear();
  QStringList titles;
  for (const Comparison& c : comparisons_) {
    QString title = titleOf(c);
    // Two comparisons alike in these words (say, another number of target labels).
    for (int n = 2; titles.contains(title); ++n)
      title = tr("%1 (%2)").arg(titleOf(c)).arg(n);
    titles << title;
    choice_->addItem(title);
  }
  // The user's pick while it is there; else the one with the most methods, the newest of those.
  int chosen = -1, best = -1;
  for (int i = 0; i < static_cast<int>(comparisons_.size()); ++i) {
    const Comparison& c = comparisons_[static_cast<std::size_t>(i)];
    if (!chosenKey_.empty() && c.key == chosenKey_)
      chosen = i;
    if (best < 0 || c.methods > comparisons_[static_cast<std::size_t>(best)].methods)
      best = i;
  }
  choice_->setCurrentIndex(chosen >= 0 ? chosen : best);
}

void MethodComparisonPanel::showChosen() {
  const int index = choice_->currentIndex();
  chart_->setRows(index >= 0 ? comparisons_[static_cast<std::size_t>(index)].rows : std::vector<twb::ComparisonRow>{});
  export_->setEnabled(index >= 0);
}

QString MethodComparisonPanel::exportPng(const QString& path) {
  return plotexport::savePng(*chart_->plot(), path);
}

QString MethodComparisonPanel::exportPdf(const QString& path) {
  return plotexport::savePdf(*chart_->plot(), path);
}

QString MethodComparisonPanel::exportCsv(const QString& path) const {
  return plotexport::saveText(chart_->toCsv(), path);
}

void MethodComparisonPanel::exportInteractively(Format format) {
  const QString title = format == Format::Png   ? tr("Export Method Comparison as Image")
                        : format == Format::Pdf ? tr("Export Method Comparison as PDF")
                                                : tr("Export Method Comparison as CSV");
  plotexport::exportWithDialog(this, format, title, QStringLiteral("method-comparison"),
                               [this, format](const QString& path) {
                                 return format == Format::Png   ? exportPng(path)
                                        : format == Format::Pdf ? exportPdf(path)
                                                                : exportCsv(path);
                               });
}

void MethodComparisonPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslateUi();
    fillChoices(); // the titles are worded in the interface's language
  }
  QWidget::changeEvent(event);
}

void MethodComparisonPanel::retranslateUi() {
  choiceLabel_->setText(tr("&Comparison:"));
  choice_->setToolTip(tr("Runs on the same domains, backbone and steps are one comparison; pick which one to draw"));
  export_->setText(tr("Export"));
  export_->setToolTip(tr("Save the chart as an image or a document, or its numbers as CSV"));
  exportPng_->setText(tr("Image (PNG)…"));
  exportPdf_->setText(tr("Document (PDF)…"));
  exportCsv_->setText(tr("Data (CSV)…"));
}

} // namespace twb::ui
