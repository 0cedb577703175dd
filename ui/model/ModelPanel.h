#pragma once
// The Model panel: the backbone as its named layers, each with its output shape,
// parameter count, a frozen/trainable toggle, a learning-rate multiplier and
// re-init; totals of trainable and frozen parameters (and what the method trains
// beside the network). Every edit is an undoable edit of the experiment's model
// section, on the experiment's one history. Below, "Which layers transfer?" runs
// the layer sweep on a worker thread and plots it as each cell finishes, beside the
// sweeps finished before (another pair, the other direction) until Clear.
#include "experiment/Experiment.h"
#include "nn/ModelInfo.h"

#include <QWidget>

#include <functional>
#include <map>
#include <string>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QUndoStack;

namespace twb::ui {

class ExperimentModel;
class LayerSweepPlot;
class MultitaskDiagram;
class SweepJob;

class ModelPanel : public QWidget {
  Q_OBJECT

public:
  enum Column { LayerColumn, OutputColumn, ParametersColumn, FrozenColumn, LrColumn, ReinitColumn, ColumnCount };

  explicit ModelPanel(ExperimentModel* experiment, QWidget* parent = nullptr);
  ~ModelPanel() override;

  QUndoStack* undoStack() const { return undo_; }
  QTableWidget* table() const { return table_; }
  LayerSweepPlot* sweepPlot() const { return plot_; }
  MultitaskDiagram* multitaskDiagram() const { return diagram_; }
  std::int64_t trainableParameters() const { return trainable_; }
  std::int64_t frozenParameters() const { return frozen_; }
  bool isSweeping() const;
  // Where a sweep of the current experiment keeps its cells (one folder per recipe).
  QString sweepDirectory() const;
  // "Copy the last k layers" (speech) instead of the first k (images), as the checkbox.
  void setCopyLast(bool last);
  // The last finished sweep's numbers, by name: "source", "scratch", "frozenK",
  // "finetunedK" (K layers copied), "layers"; empty before one finished (lessons).
  std::map<std::string, double> lastSweepNumbers() const;

public slots:
  void startSweep();
  void stopSweep();
  void clearSweeps(); // the finished sweeps kept in the plot; a running one stays

signals:
  void sweepFinished();

protected:
  void changeEvent(QEvent* event) override;

private:
  void refresh(); // the table and totals from the experiment's model section
  void onItemChanged(QTableWidgetItem* item);
  void onBackboneChosen(int index);
  void onBatchStatsToggled(bool perDomain);
  void edit(const twb::ModelSpec& after, const QString& text);
  void updateTotals();
  // Multitask: the diagram shown and the backbone's own head row marked unused.
  void updateMultitask();
  void onSweepEnded(std::function<QString()> message);
  void updateClearButton();
  void setSweepStatus(std::function<QString()> text); // worded again after a language switch
  void updateUndoActions();
  void retranslateUi();

  ExperimentModel* experiment_;
  QUndoStack* undo_;
  twb::ModelInfo info_;
  std::int64_t trainable_ = 0, frozen_ = 0;

  QComboBox* backbone_ = nullptr;
  QLabel* backboneLabel_ = nullptr;
  QAction* undoAction_ = nullptr;
  QAction* redoAction_ = nullptr;
  std::function<QString()> sweepStatusText_;
  QTableWidget* table_ = nullptr;
  QLabel* totals_ = nullptr;
  QPushButton* sweepButton_ = nullptr;
  QPushButton* stopButton_ = nullptr;
  QPushButton* clearButton_ = nullptr;
  QCheckBox* copyLast_ = nullptr;
  QCheckBox* perDomainStats_ = nullptr; // model.batch_stats: "per_domain" when checked
  QProgressBar* sweepProgress_ = nullptr;
  QLabel* sweepStatus_ = nullptr;
  LayerSweepPlot* plot_ = nullptr;
  MultitaskDiagram* diagram_ = nullptr;
  std::unique_ptr<SweepJob> job_;
  QString jobKey_; // the running (or last) sweep's place in the plot: its directory
};

} // namespace twb::ui
