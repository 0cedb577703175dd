#pragma once
// The Zero-shot panel: the class descriptions of the experiment's dataset as an
// editable grid (every edit undoable), the seen/unseen split as check boxes, and the
// last zero-shot run's per-class results. Edits change the experiment's `zeroshot`
// section, so the next run uses them: an edited table is saved as a CSV under the
// application's data folder and named in zeroshot.attributes.
#include "data/AttributeTable.h"
#include "experiment/Experiment.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace twb::ui {

class AttributeTableModel;
class ExperimentModel;

class ZeroShotPanel : public QWidget {
  Q_OBJECT

public:
  // Shows the descriptions and split of the experiment's source dataset, and edits
  // them: every change of a value or of the split is an undoable edit of the
  // experiment's zeroshot section.
  explicit ZeroShotPanel(ExperimentModel* experiment, QWidget* parent = nullptr);

  // Shows the per-class results of a finished zero-shot run (its zeroshot.json); a
  // run of another method clears them.
  void showResults(const QString& runDir);

  bool hasResults() const;
  AttributeTableModel* model() const { return model_; }
  QUndoStack* undoStack() const;
  QTableView* view() const { return view_; }

protected:
  void changeEvent(QEvent* event) override;

private:
  void showExperiment();
  void loadTable();
  void editTable(const QString& text, const twb::AttributeTable& table, const std::vector<bool>& unseen);
  void retranslateUi();
  QString editedTableFolder() const;
  bool isEditedTable(const std::string& path) const;

  ExperimentModel* experiment_;
  twb::Experiment shown_;
  // The table edits start from: its file ("" = the dataset's built-in table).
  twb::AttributeTable baseTable_;
  std::string baseAttributes_, baseDataset_;
  bool loaded_ = false;
  AttributeTableModel* model_ = nullptr;
  QTableView* view_ = nullptr;
  QLabel* origin_ = nullptr;
  QLabel* summary_ = nullptr;
  QPushButton* undoButton_ = nullptr;
  QPushButton* redoButton_ = nullptr;
  QPushButton* loadButton_ = nullptr;
  QString problem_; // why there is no table, for people
};

} // namespace twb::ui
