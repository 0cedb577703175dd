#include "results/ResultsTable.h"

#include "methods/Registry.h"
#include "results/ResultsModel.h"

#include "common/CoreText.h"
#include "common/FitWidgets.h"
#include "compare/Cautions.h"
#include "help/Concepts.h"
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace twb::ui {

ResultsTable::ResultsTable(QWidget* parent) : QWidget(parent) {
  model_ = new ResultsModel(this);
  view_ = new QTableView(this);
  view_->setObjectName(QStringLiteral("resultsTable"));
  view_->setModel(model_);
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  view_->setWordWrap(false);
  view_->verticalHeader()->hide();
  view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8); // more rows in a low dock
  view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  view_->horizontalHeader()->setStretchLastSection(true);
  // No indicator at first: rows keep the order they came in, grouped.
  view_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
  view_->setSortingEnabled(true);

  copyMarkdownAction_ = new QAction(this);
  copyMarkdownAction_->setObjectName(QStringLiteral("actionCopyResultsMarkdown"));
  copyCsvAction_ = new QAction(this);
  copyCsvAction_->setObjectName(QStringLiteral("actionCopyResultsCsv"));
  connect(copyMarkdownAction_, &QAction::triggered, this, &ResultsTable::copyAsMarkdown);
  connect(copyCsvAction_, &QAction::triggered, this, &ResultsTable::copyAsCsv);
  view_->setContextMenuPolicy(Qt::ActionsContextMenu);
  view_->addAction(copyMarkdownAction_);
  view_->addAction(copyCsvAction_);

  caption_ = new QLabel(this);
  caption_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  copyMarkdownButton_ = new QToolButton(this);
  copyMarkdownButton_->setDefaultAction(copyMarkdownAction_);
  copyCsvButton_ = new QToolButton(this);
  copyCsvButton_->setDefaultAction(copyCsvAction_);

  overSeeds_ = new QCheckBox(this);
  overSeeds_->setObjectName(QStringLiteral("overSeedsToggle"));
  connect(overSeeds_, &QCheckBox::toggled, this, [this](bool on) {
    model_->setOverSeeds(on);
    retranslateUi(); // the caption says which view this is
  });

  // The caption on a line of its own, wrapped: beside the buttons it made the dock as
  // wide as the sentence, and the over-seeds caption is longer still.
  caption_->setWordWrap(true);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(overSeeds_);
  buttons->addWidget(help::conceptButton(help::Concept::BaselinesAndGap, this));
  buttons->addWidget(help::conceptButton(help::Concept::ProxyADistance, this));
  buttons->addStretch(1);
  buttons->addWidget(copyMarkdownButton_);
  buttons->addWidget(copyCsvButton_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(caption_);
  layout->addLayout(buttons);
  layout->addWidget(view_, 1);
  // What the numbers above cannot say: an inverted comparison, a run too short to mean anything.
  notes_ = new QLabel(this);
  notes_->setObjectName(QStringLiteral("resultsNotes"));
  notes_->setWordWrap(true);
  notes_->setTextFormat(Qt::RichText);
  notes_->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0b84a; padding: 4px; }"));
  // In a scroll area one line tall at least: a long note never makes the dock (and so
  // the window) taller than it is.
  notesArea_ = new VerticalScrollArea(notes_, this);
  notesArea_->setMinimumContentHeight(fontMetrics().lineSpacing() + 10);
  notesArea_->hide();
  layout->addWidget(notesArea_);
  retranslateUi();
}

void ResultsTable::setRuns(const std::vector<RunPtr>& runs) {
  model_->setRuns(runs);
  showNotes();
  const bool any = !runs.empty();
  copyMarkdownAction_->setEnabled(any);
  copyCsvAction_->setEnabled(any);
}

void ResultsTable::copyAsMarkdown() const {
  QGuiApplication::clipboard()->setText(model_->toMarkdown());
}

void ResultsTable::copyAsCsv() const {
  QGuiApplication::clipboard()->setText(model_->toCsv());
}

void ResultsTable::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void ResultsTable::retranslateUi() {
  const auto bound = [](twb::MethodRole role) { return QString::fromStdString(twb::boundMethod(role).name()); };
  caption_->setText(model_->overSeeds()
                        ? tr("Mean ± sample standard deviation over seeds: runs that differ only in their seed are "
                             "one row")
                        : tr("Each method between its baselines: %1 (lower bound), %2 (upper bound)")
                              .arg(bound(twb::MethodRole::LowerBound), bound(twb::MethodRole::UpperBound)));
  overSeeds_->setText(tr("Mean ± sd over seeds"));
  overSeeds_->setToolTip(tr("One row per recipe: runs with the same experiment but the seed, ended the same way"));
  caption_->setToolTip(tr("Baselines are matched by their data (as each method compares its runs), seed, steps and backbone"));
  copyMarkdownAction_->setText(tr("Copy as &Markdown"));
  copyMarkdownAction_->setToolTip(tr("Copy the table as a Markdown table"));
  copyCsvAction_->setText(tr("Copy as &CSV"));
  copyCsvAction_->setToolTip(tr("Copy the table as CSV, accuracies as fractions"));
  view_->setToolTip(tr("Click a column header to sort; each group of runs moves as a whole"));
  model_->retranslate();
  showNotes();
}

void ResultsTable::showNotes() {
  // The model's own rows: the comparison is made once, for the table and its notes.
  const std::vector<twb::Message> notes = twb::cautionsForRows(model_->comparison());
  QStringList lines;
  for (const twb::Message& note : notes)
    lines.append(QStringLiteral("⚠ ") + coreText(note).toHtmlEscaped());
  notes_->setText(lines.join(QStringLiteral("<br>")));
  notesArea_->setVisible(!lines.isEmpty());
}

} // namespace twb::ui
