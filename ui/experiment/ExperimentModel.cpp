#include "experiment/ExperimentModel.h"

#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace twb::ui {

namespace {

// One edit: the experiment before and after, so undo and redo restore it whole.
class ExperimentEdit : public QUndoCommand {
public:
  ExperimentEdit(ExperimentModel* model, twb::Experiment before, twb::Experiment after, const QString& text,
                 QString mergeKey)
      : QUndoCommand(text), model_(model), before_(std::move(before)), after_(std::move(after)),
        mergeKey_(std::move(mergeKey)) {}

  void undo() override { model_->apply(before_); }
  void redo() override { model_->apply(after_); }
  int id() const override { return mergeKey_.isEmpty() ? -1 : 1; }
  bool mergeWith(const QUndoCommand* other) override {
    const auto* next = static_cast<const ExperimentEdit*>(other);
    if (next->mergeKey_ != mergeKey_)
      return false;
    after_ = next->after_;
    setText(next->text());
    return true;
  }

private:
  ExperimentModel* model_;
  twb::Experiment before_, after_;
  QString mergeKey_;
};

} // namespace

ExperimentModel::ExperimentModel(QObject* parent) : QObject(parent), undo_(new QUndoStack(this)) {
  experiment_ = twb::defaultExperiment();
}

void ExperimentModel::reset(const twb::Experiment& experiment, NameFollows follows) {
  undo_->clear();
  experiment_ = experiment;
  nameFollows_ = follows == NameFollows::Always || experiment.name.empty() || experiment.name == automaticName(experiment);
  emit changed(All);
  emit replaced();
}

void ExperimentModel::edit(const QString& text, const std::function<void(twb::Experiment&)>& change,
                           const QString& mergeKey) {
  twb::Experiment after = experiment_;
  change(after);
  const Parts parts = differences(experiment_, after);
  if (parts == Parts())
    return;
  if (parts & Name) // the user named it: the name is theirs, unless they cleared it
    nameFollows_ = after.name.empty();
  else if (nameFollows_ && (parts & (Data | Method)))
    after.name = automaticName(after); // in the same step: Undo takes both back
  // The command applies itself on push (redo).
  undo_->push(new ExperimentEdit(this, experiment_, after, text, mergeKey));
}

std::string ExperimentModel::automaticName(const twb::Experiment& experiment) {
  // In English, as every name twb writes: the name is saved in the file.
  const twb::Method& method = twb::methodOf(experiment);
  return method.label(experiment).english() + ": " + method.datasets(experiment).english();
}

void ExperimentModel::setDataset(bool source, const std::string& spec) {
  const QString shown = QString::fromStdString(spec);
  edit(source ? tr("Source dataset %1").arg(shown) : tr("Target dataset %1").arg(shown),
       [&](twb::Experiment& e) { (source ? e.source : e.target).dataset = spec; });
}

void ExperimentModel::apply(const twb::Experiment& experiment) {
  const Parts parts = differences(experiment_, experiment);
  experiment_ = experiment;
  if (parts != Parts())
    emit changed(parts);
}

ExperimentModel::Parts ExperimentModel::differences(const twb::Experiment& a, const twb::Experiment& b) {
  Parts parts;
  if (a.name != b.name)
    parts |= Name;
  const auto domain = [](const twb::DomainSpec& x, const twb::DomainSpec& y) {
    return x.dataset == y.dataset && x.labelsPerClass == y.labelsPerClass && x.classes == y.classes;
  };
  if (!domain(a.source, b.source) || !domain(a.target, b.target) || a.seed != b.seed)
    parts |= Data;
  // Each remaining part compared as the file writes it, every method's settings and
  // sections included, with the other parts held equal.
  const auto only = [](const twb::Experiment& e, Part part) {
    twb::Experiment x = twb::defaultExperiment();
    if (part == Model)
      x.model = e.model;
    if (part == Training) {
      x.training = e.training;
      x.eval = e.eval;
    }
    if (part == Method) {
      x.method = e.method;
      x.tasks = e.tasks;
      x.zeroshot = e.zeroshot;
    }
    return twb::everyMethodJson(x);
  };
  for (const Part part : {Model, Training, Method})
    if (only(a, part) != only(b, part))
      parts |= part;
  return parts;
}

} // namespace twb::ui
