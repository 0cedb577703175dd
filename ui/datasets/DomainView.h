#pragma once
// One domain of the Datasets panel: a chooser (built-ins, a folder, an IDX file),
// the load's progress with Cancel, an inline error, and once loaded the samples per
// class, the counts per class and the facts. It shows the spec it is given; a choice
// the user makes is only announced (chosen()), so the experiment stays the one truth.
// A speech dataset's spectrograms play when clicked (UtteranceBar, issue #22).
#include "datasets/DatasetStore.h"
#include "datasets/DomainRole.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace twb::ui {

class ClassCountsPlot;
class DatasetFactsView;
class SampleGridArea;
class SampleGridView;
class UtteranceBar;
class UtterancePlayer;

class DomainView : public QWidget {
  Q_OBJECT

public:
  DomainView(DomainRole role, DatasetStore* store, QWidget* parent = nullptr);
  ~DomainView() override;

  DomainRole role() const { return role_; }
  // Shows `spec` (loading it unless cached), only `classes` of it when given (an
  // experiment's source.classes or target.classes); the same key again is a no-op.
  void setSpec(const QString& spec, quint64 seed, const std::vector<int>& classes = {});
  // The labelled images per class a run keeps of this training split (the experiment's
  // target.labels_per_class for the methods that read it; 0 = no limit). The panel
  // shows the whole split and says how much of it a run trains on.
  void setLabelsUsed(int perClass);
  QString spec() const { return QString::fromStdString(key_.spec); }
  // The dataset on show, or nullptr while loading, after an error or before any.
  std::shared_ptr<const LoadedDataset> dataset() const { return shown_; }
  bool isLoading() const { return waiting_; }
  // What the Cancel button does: the load stops, and the view says it was cancelled.
  void cancel();

  // Class names drawn as "not in the other domain".
  void setMarkedClasses(const QSet<QString>& classNames);
  void setChooserEnabled(bool enabled);
  // The player the panel's domains share, for a speech dataset's utterances.
  void setPlayer(UtterancePlayer* player);
  UtteranceBar* utteranceBar() const { return utterances_; }

signals:
  // The user picked a dataset here (a built-in name, folder:PATH or idx:PATH).
  void chosen(const QString& spec);
  // The dataset on show changed: loaded, or gone.
  void datasetChanged();

protected:
  void changeEvent(QEvent* event) override;

private:
  void buildChooser();
  void selectInChooser(const QString& spec);
  void onActivated(int index);
  QString askFolder();
  QString askIdxFile();
  void load(bool reread);
  void display(std::shared_ptr<const LoadedDataset> loaded);
  void showMessage(const QString& text, bool offerRetry);
  void onReady(const DatasetKey& key);
  void onFailed(const DatasetKey& key, const QString& message);
  void updateProgress();
  void retranslateUi();
  void updateSubsetNote();
  void updateLabelsNote();
  void describeBuiltins();
  void updateDescription();

  DomainRole role_;
  QPointer<DatasetStore> store_; // null once the store is gone
  DatasetStore::Key key_;
  int labelsUsed_ = 0;
  bool hasKey_ = false;
  bool waiting_ = false; // requested from the store and not yet answered
  bool cancelled_ = false;
  std::shared_ptr<const LoadedDataset> shown_;
  QTimer progressTimer_;

  QLabel* title_ = nullptr;
  QComboBox* chooser_ = nullptr;
  QToolButton* reload_ = nullptr;
  QLabel* description_ = nullptr; // what the chosen built-in is
  QProgressBar* progress_ = nullptr;
  QPushButton* cancel_ = nullptr;
  QLabel* message_ = nullptr;
  QPushButton* retry_ = nullptr;
  QLabel* subset_ = nullptr; // the experiment keeps only some classes
  QLabel* labelsNote_ = nullptr; // a run trains on only some of the labels
  SampleGridArea* samplesArea_ = nullptr;
  SampleGridView* samples_ = nullptr;
  ClassCountsPlot* counts_ = nullptr;
  DatasetFactsView* facts_ = nullptr;
  UtteranceBar* utterances_ = nullptr;
};

} // namespace twb::ui
