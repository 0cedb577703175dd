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

class ZeroShotPanel : public QWidget {
  Q_OBJECT

public:
  explicit ZeroShotPanel(QWidget* parent = nullptr);

  // Shows the descriptions and split of `experiment` (its source dataset). Keeps the
  // grid and its undo history when the dataset and the descriptions are unchanged.
  void setExperiment(const twb::Experiment& experiment);
  // Shows the per-class results of a finished zero-shot run (its zeroshot.json); a
  // run of another method clears them.
  void showResults(const QString& runDir);

  bool hasResults() const;
  AttributeTableModel* model() const { return model_; }
  QUndoStack* undoStack() const { return undo_; }
  QTableView* view() const { return view_; }

signals:
  // The user changed the table or the split: the experiment's new zeroshot section.
  void zeroShotChanged(const twb::ZeroShotSpec& spec);

protected:
  void changeEvent(QEvent* event) override;

private:
  void onTableEdited();
  void loadTable();
  void retranslateUi();
  QString editedTablePath() const;

  twb::Experiment experiment_;
  twb::AttributeTable original_;   // the table as loaded, before any edit
  std::string originalAttributes_; // zeroshot.attributes the grid was loaded from ("" = built-in)
  bool loaded_ = false;
  QUndoStack* undo_ = nullptr;
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
