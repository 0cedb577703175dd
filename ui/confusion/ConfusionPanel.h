#pragma once
// The Confusion tab: the confusion matrices of two finished runs on the target's test
// split, side by side (by default the selected run's lower-bound baseline on the left
// and the run on the right), so that one sees which classes the adaptation fixed and
// which it broke. On the right matrix a diagonal cell is framed green where its count
// rose against the left and red where it fell, with a one-line summary. Clicking a cell
// shows its images. Predictions are computed on a worker thread (ConfusionJob) and
// kept per run directory.
#include "confusion/ConfusionJob.h"

#include "compare/Comparison.h"

#include <QHash>
#include <QString>
#include <QWidget>

#include <array>
#include <functional>
#include <vector>

class QComboBox;
class QLabel;

namespace twb::ui {

class ConfusionCellImages;
class ConfusionMatrixView;

class ConfusionPanel : public QWidget {
  Q_OBJECT

public:
  enum Side { Left = 0, Right = 1 };

  explicit ConfusionPanel(QWidget* parent = nullptr);
  ~ConfusionPanel() override;

  // Where the runs come from (the Runs dock): all of them, newest first, and the
  // selected ones. Read again each time the tab is shown.
  void setRunProviders(std::function<std::vector<RunPtr>()> all, std::function<std::vector<RunPtr>()> selected);
  // Lists runs not listed yet; when the selection changed since the last time, shows
  // its pair: its comparison's lower bound on the left, the run on the right.
  void refreshRuns();
  // Chooses the runs of both sides (directories listed by refreshRuns). False if one is not listed.
  bool chooseRuns(const QString& leftDir, const QString& rightDir);

  QString runDir(Side side) const;
  ConfusionMatrixView* matrixView(Side side) const;
  ConfusionCellImages* cellImages() const { return images_; }
  // What the side's matrix was counted from; null while it is computed or failed.
  RunConfusionPtr confusion(Side side) const;
  // The fixed/broke line, as plain text ("" until both matrices are there).
  QString summaryText() const;
  // True while predictions are computed for either side.
  bool isComputing() const { return !jobs_.isEmpty(); }

signals:
  // A side's matrix (or the reason it has none) reached the screen.
  void matrixShown(int side);

protected:
  void showEvent(QShowEvent* event) override;
  void changeEvent(QEvent* event) override;

private:
  struct SideWidgets {
    QLabel* label = nullptr;
    QComboBox* runs = nullptr;
    ConfusionMatrixView* view = nullptr;
  };

  void onRunChosen(Side side);
  void showSide(Side side);
  void onJobFinished(const QString& dir, const RunConfusionPtr& result);
  void onJobFailed(const QString& dir, const QString& message);
  void onCellClicked(Side side, int truth, int predicted);
  void updateComparison();
  void retranslateUi();

  std::function<std::vector<RunPtr>()> allRuns_, selectedRuns_;
  QString
      pairChosenFor_; // the run whose pair was chosen last: a user's later choice stands until another run is selected
  std::array<SideWidgets, 2> sides_;
  QLabel* summary_ = nullptr;
  ConfusionCellImages* images_ = nullptr;
  int imagesSide_ = -1; // the side whose cell the images show

  QHash<QString, RunConfusionPtr> cache_; // by run directory
  QHash<QString, QString> errors_;        // by run directory: why it has no matrix
  QHash<QString, ConfusionJob*> jobs_;    // in flight, by run directory; children of the panel
};

} // namespace twb::ui
