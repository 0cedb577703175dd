#include "ModelEditCommand.h"

#include "ExperimentPanel.h"

namespace twb::ui {

ModelEditCommand::ModelEditCommand(ExperimentPanel* panel, twb::ModelSpec before, twb::ModelSpec after,
                                   const QString& text)
    : QUndoCommand(text), panel_(panel), before_(std::move(before)), after_(std::move(after)) {}

void ModelEditCommand::undo() {
  panel_->setModel(before_);
}
void ModelEditCommand::redo() {
  panel_->setModel(after_);
}

} // namespace twb::ui
