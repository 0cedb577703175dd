#pragma once
// One undoable edit of the experiment's model section (a freeze toggle, a rate
// multiplier, a re-init, the backbone): the model before and after, applied through
// the experiment panel so the document sees a user edit either way.
#include "experiment/Experiment.h"

#include <QUndoCommand>

namespace twb::ui {

class ExperimentPanel;

class ModelEditCommand : public QUndoCommand {
public:
  ModelEditCommand(ExperimentPanel* panel, twb::ModelSpec before, twb::ModelSpec after, const QString& text);
  void undo() override;
  void redo() override;

private:
  ExperimentPanel* panel_;
  twb::ModelSpec before_, after_;
};

} // namespace twb::ui
