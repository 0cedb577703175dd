#pragma once
// The results of the chosen runs as a sortable table, each method between its
// baselines (the bounds, or those its method names), with "Copy as Markdown" and
// "Copy as CSV" for a report or a spreadsheet; "Mean ± sd over seeds" folds repeats
// of a recipe into one row.
#include "compare/Comparison.h"

#include <QWidget>

#include <vector>

class QAction;
class QCheckBox;
class QLabel;
class QTableView;
class QToolButton;

namespace twb::ui {

class VerticalScrollArea;

class ResultsModel;

class ResultsTable : public QWidget {
  Q_OBJECT

public:
  explicit ResultsTable(QWidget* parent = nullptr);

  void setRuns(const std::vector<RunPtr>& runs);
  const ResultsModel* model() const { return model_; }
  QTableView* view() const { return view_; }

  void copyAsMarkdown() const;
  void copyAsCsv() const;

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void showNotes(); // the cautions (compare/Cautions.h) on the runs shown

  ResultsModel* model_ = nullptr;
  QLabel* notes_ = nullptr;
  VerticalScrollArea* notesArea_ = nullptr;
  QTableView* view_ = nullptr;
  QLabel* caption_ = nullptr;
  QAction* copyMarkdownAction_ = nullptr;
  QAction* copyCsvAction_ = nullptr;
  QToolButton* copyMarkdownButton_ = nullptr;
  QToolButton* copyCsvButton_ = nullptr;
  QCheckBox* overSeeds_ = nullptr;
};

} // namespace twb::ui
