#pragma once
// The Translation tab: a translation run (UNIT, MUNIT) as a class watches it. On the
// left the sample grid the run writes at each evaluation (fixed test images of one
// domain, their translations, reconstructions and cycles), redrawn as new ones
// appear; on the right any image clicked in the grid, or dropped on the tab, large
// with what the run's model makes of it now: one translation and the way back, or a
// row of styles, other styles, the style of a chosen image. Under them the latest
// losses, whose curves are in the Curves tab. Reading the checkpoint and translating
// run on worker threads (TranslationTask); the window never waits for them.
#include "compare/Comparison.h"
#include "experiment/Experiment.h"
#include "training/Metrics.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;

namespace twb {
class TranslationModel;
}

namespace twb::ui {

class ElidedLabel;
class TranslationDetail;
class TranslationGridView;
class TranslationTask;

class TranslationPanel : public QWidget {
  Q_OBJECT

public:
  explicit TranslationPanel(QWidget* parent = nullptr);
  // Waits for a checkpoint read or a translation still going (under a second).
  ~TranslationPanel() override;

  // Where the runs come from (the Runs dock): all of them, newest first, and the
  // selected ones. Read again when the tab is shown and when the selection changes.
  void setRunProviders(std::function<std::vector<RunPtr>()> all, std::function<std::vector<RunPtr>()> selected);
  // The window's run started: shown here (and liveTranslationStarted emitted) when it
  // translates images; `rows` gives its curves so far, for the loss readout.
  void setLiveRun(const QString& runDir, const twb::Experiment& experiment,
                  std::function<std::vector<twb::MetricRow>()> rows);
  // It ended: its last grid is read once more.
  void liveRunEnded();
  // Lists the translation runs not listed yet, and shows the selected run when it is one
  // (a live run stays until it ends or another is chosen here).
  void refreshRuns();
  // Shows a listed run (or any run directory of a translation run). False if it is none.
  bool showRun(const QString& dir);

  QString runDir() const;
  TranslationGridView* gridView() const { return grid_; }
  TranslationDetail* detail() const { return detail_; }
  // The training step of the grid shown (-1: none).
  std::int64_t gridStep() const { return gridStep_; }
  // True while a grid is read or an image translated.
  bool isBusy() const { return gridTask_ || translateTask_; }
  // Translates `image` from the domain the grid shows (a dropped file does this); in
  // style-picking mode it gives the style instead. `what` names it.
  void translateImage(const QImage& image, const QString& what);
  // Writes the grid as shown (its rows and their names, at the grid's own size) as a
  // PNG, whole or not at all. Empty on success, else one sentence naming the file.
  QString exportGrid(const QString& path) const;
  // Looks for a newer grid now (a timer does it every second while the tab is shown).
  void checkForNewGrid();

signals:
  // A grid, or the reason there is none, reached the screen.
  void gridShown();
  // Translations of the chosen image (or why there are none) reached the screen.
  void translationShown();
  // The window's run translates images: worth watching here.
  void liveTranslationStarted();
  // The loss readout's link: the Curves tab has every curve.
  void curvesRequested();

protected:
  void showEvent(QShowEvent* event) override;
  void hideEvent(QHideEvent* event) override;
  void changeEvent(QEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

private:
  // What the detail shows and how to translate it again (a new checkpoint, other styles).
  struct Chosen {
    QImage input;
    QString what;
    bool fromTarget = false;
    std::uint64_t seed = 1;
    QImage style; // MUNIT: an image of the other domain whose style to take
  };

  void onRunChosen();
  void onBlocksChosen();
  void onImageClicked(bool target, int column);
  void onPickStyle(bool on);
  // Shows `image` (of the target's domain or the source's) and translates it.
  void choose(const QImage& image, const QString& what, bool fromTarget);
  // Nothing chosen: the detail closes and the grid has the tab's width.
  void closeDetail();
  void loadGrid();
  void translateChosen();
  void startTranslation();
  // Says why there is no grid: no translation run, none drawn yet, or `error_`.
  void showNoGrid();
  void updateStepText();
  void updateLosses();
  void retranslateUi();
  QString domainName(bool target) const;
  const twb::Experiment* shownExperiment() const;
  std::vector<twb::MetricRow> shownRows() const;

  std::function<std::vector<RunPtr>()> allRuns_, selectedRuns_;
  QHash<QString, RunPtr> records_; // the stored runs listed, by directory
  QString selectionShown_; // the selected run last shown, so a user's choice here stands until the selection changes
  QString shownDir_;       // the run the grid and the detail are of

  QString liveDir_;
  twb::Experiment liveExperiment_;
  std::function<std::vector<twb::MetricRow>()> liveRows_;
  std::vector<twb::MetricRow> liveFinalRows_; // its curves as it ended, until its run directory is listed
  bool live_ = false;

  QComboBox* runs_ = nullptr;
  QLabel* runLabel_ = nullptr;
  QLabel* showLabel_ = nullptr;
  QComboBox* blocks_ = nullptr;
  QLabel* step_ = nullptr;
  QPushButton* export_ = nullptr;
  TranslationGridView* grid_ = nullptr;
  TranslationDetail* detail_ = nullptr;
  QSplitter* splitter_ = nullptr;
  ElidedLabel* losses_ = nullptr; // the latest of each loss
  QLabel* curvesLink_ = nullptr;
  QTimer poll_;

  // The grid shown, and the file it came from when it was read.
  std::int64_t gridStep_ = -1;
  QDateTime gridModified_;
  qint64 gridBytes_ = -1;
  bool gridDirty_ = false; // a newer grid appeared while one was read
  QString gridError_;      // why the run's grid could not be read, in the window's language
  TranslationTask* gridTask_ = nullptr;

  std::optional<Chosen> chosen_;
  int blocksBeforePick_ = -1;
  std::shared_ptr<twb::TranslationModel> model_; // the last checkpoint read, reused while it is the newest
  QDateTime modelModified_;
  std::uint64_t generation_ = 0; // of the translation asked for last; older results are dropped
  bool translationPending_ = false;
  TranslationTask* translateTask_ = nullptr;
};

} // namespace twb::ui
