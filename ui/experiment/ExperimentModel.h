#pragma once
// The experiment being edited: one object that every panel shows and edits, so the
// panels never hold each other. Every user edit is a command on one QUndoStack (the
// Edit menu's Undo and Redo, named after the edit); opening a file or File > New
// replaces the experiment and starts the history afresh. What changed is said by
// part, so a panel redraws only what it shows.
#include "experiment/Experiment.h"

#include <QObject>
#include <QString>

#include <functional>
#include <string>

class QUndoStack;

namespace twb::ui {

class ExperimentModel : public QObject {
  Q_OBJECT

public:
  // The parts of an experiment a panel may care about.
  enum Part {
    Name = 0x1,
    Data = 0x2,     // source, target (their class subsets and labels per class), seed
    Model = 0x4,    // the backbone and its per-layer settings
    Method = 0x8,   // the method's name, its settings, lambda, tasks, zero-shot section
    Training = 0x10, // steps, batch, optimiser, learning rate and schedule, evaluation
    All = 0x1f
  };
  Q_DECLARE_FLAGS(Parts, Part)

  explicit ExperimentModel(QObject* parent = nullptr);

  const twb::Experiment& experiment() const { return experiment_; }
  QUndoStack* undoStack() const { return undo_; }

  // Whether the experiment's name follows its method and domains as they are edited.
  enum class NameFollows { Always, IfAutomatic };
  // Shows `experiment` as a new document: not an edit, and the history is cleared.
  // A new document or an example keeps its name only until its data or method
  // changes (Always); a file's name follows only while it is the automatic one.
  void reset(const twb::Experiment& experiment, NameFollows follows = NameFollows::Always);
  // The name an experiment gets from its method and domains ("dann: digits → digits-m").
  static std::string automaticName(const twb::Experiment& experiment);
  // True until the user types a name (clearing the field hands it back).
  bool nameFollows() const { return nameFollows_; }
  // One user edit, undoable under `text`. Edits with the same non-empty mergeKey that
  // follow each other are one step of the history (typing in a field, spinning a box).
  // An edit that changes nothing is not recorded.
  void edit(const QString& text, const std::function<void(twb::Experiment&)>& change, const QString& mergeKey = {});
  // The edit of a source or target dataset spec (typed, picked, or chosen in the
  // Datasets panel), named after it.
  void setDataset(bool source, const std::string& spec);
  // Sets the experiment as it is after an edit or its undo (the commands call this).
  void apply(const twb::Experiment& experiment);

  // The parts in which `a` and `b` differ.
  static Parts differences(const twb::Experiment& a, const twb::Experiment& b);

signals:
  // The experiment changed in `parts` (All after reset()).
  void changed(twb::ui::ExperimentModel::Parts parts);
  // A new document was shown (reset()).
  void replaced();

private:
  twb::Experiment experiment_;
  QUndoStack* undo_;
  bool nameFollows_ = true;
};

} // namespace twb::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(twb::ui::ExperimentModel::Parts)
