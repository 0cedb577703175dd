#pragma once
// The Datasets panel: source and target side by side, each with its samples, counts
// per class and facts, and between them the class match: which class names the two
// share and which only one side has, matched by name, never by position. It shows
// the experiment's datasets and announces a choice made here (datasetChosen()); the
// window writes it into the experiment, which then comes back through setDomains().
#include "datasets/DomainRole.h"
#include "experiment/Experiment.h"

#include <QString>
#include <QWidget>

class QLabel;

namespace twb::ui {

class DatasetStore;
class DomainView;

class DatasetsPanel : public QWidget {
  Q_OBJECT

public:
  explicit DatasetsPanel(QWidget* parent = nullptr);
  ~DatasetsPanel() override;

  // The experiment's datasets, only the classes it keeps of each, and the target labels
  // per class a run trains on (0 = no limit). Loaded now if the panel is on screen,
  // else when shown.
  void setDomains(const twb::DomainSpec& source, const twb::DomainSpec& target, quint64 seed,
                  int targetLabelsUsed = 0);
  DomainView* domain(DomainRole role) const;
  void setChoosersEnabled(bool enabled);
  // Cancels both sides' loads, as their Cancel buttons do (the window is closing).
  void cancelLoads();
  QString matchText() const;

signals:
  void datasetChosen(twb::ui::DomainRole role, const QString& spec);

protected:
  void showEvent(QShowEvent* event) override;
  void changeEvent(QEvent* event) override;

private:
  void applyDomains();
  void updateMatch();

  DatasetStore* store_ = nullptr;
  DomainView* source_ = nullptr;
  DomainView* target_ = nullptr;
  QLabel* match_ = nullptr;

  twb::DomainSpec sourceSpec_;
  twb::DomainSpec targetSpec_;
  quint64 seed_ = 0;
  bool applied_ = true; // the specs above are what the domain views show
};

} // namespace twb::ui
