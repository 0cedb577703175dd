#pragma once
// The Embedding tab: a trained run's features at one layer, mapped to 2-D by t-SNE
// while you watch. Choose a run (from the Runs list or a folder), a layer, perplexity,
// iterations, seed and how many test images per domain; Run/Stop. Beside the map:
// domain mixing and class separation with the recipe they come from, a legend that
// hides classes and domains, the clicked point's nearest neighbours in feature space,
// and the images of a rectangle selection. Exports the coordinates (CSV), the picture
// (PNG/PDF) and the features (TensorBoard projector files). A zero-shot run also has
// the layer "joint": image embeddings f(x) and class embeddings g(y) in one map, the
// unseen classes marked, and a box to describe a new class and see the images
// nearest to it.
#include "EmbeddingJob.h"
#include "RunGrouping.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QMessageBox;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolButton;

namespace twb::ui {

class EmbeddingScatter;
class PinnedEmbedding;

// Where a t-SNE run was stopped before its planned iterations (atIteration 0: it was not).
struct MapStop {
  int atIteration = 0;
  int ofIterations = 0;
};

class EmbeddingPanel : public QWidget {
  Q_OBJECT

public:
  explicit EmbeddingPanel(QWidget* parent = nullptr);
  ~EmbeddingPanel() override;

  // Where the run chooser's list comes from (the Runs dock); read each time the panel is shown.
  void setRunProvider(std::function<std::vector<RunPtr>()> provider);
  void refreshRuns();
  // Lists a run directory in the chooser and selects it. False, with the reason in
  // `error`, when it holds no trained model.
  bool openRun(const QString& dir, QString* error = nullptr);
  void openRunDialog();

  // Settings (as the controls hold them).
  void setLayer(const QString& layer);
  void setMaxPerDomain(int count);
  void setIterations(int iterations);
  void setPerplexity(double perplexity);
  void setSeed(int seed);

  void run();
  void stop();
  bool isRunning() const;
  // Keeps the finished map beside the live one (PinnedEmbedding), for the next run to
  // be compared with; pinning again replaces it.
  void pinMap();

  // Zero-shot joint space: places a new class described by `text` (attribute names
  // or values, or words for a word-vector run) and highlights its nearest images.
  // Returns "" on success, else the reason (also shown under the box).
  QString describeNewClass(const QString& text);

  // Each returns an empty string on success, else one sentence naming the file.
  QString exportCsv(const QString& path) const;
  QString exportPicture(const QString& path) const; // PNG or PDF, by the suffix
  QString exportProjector(const QString& dir) const;
  // File menu: "Export Embedding for TensorBoard…".
  QAction* exportProjectorAction() const { return exportProjectorAction_; }

  EmbeddingScatter* scatter() const { return scatter_; }
  PinnedEmbedding* pinned() const { return pinned_; }
  EmbeddingPtr features() const { return features_; }
  QString numbersText() const;
  QListWidget* neighboursList() const { return neighbours_; }
  QListWidget* selectionList() const { return selection_; }
  QListWidget* legend() const { return legend_; }
  QGroupBox* describeBox() const { return describeBox_; }

signals:
  void runningChanged(bool running);
  // A new layout reached the screen.
  void layoutShown(int iteration);
  void failed(const QString& message);

protected:
  void showEvent(QShowEvent* event) override;
  void changeEvent(QEvent* event) override;

private:
  void buildUi();
  void onRunChosen();
  void onSettingChanged();
  void onFeaturesReady();
  void onFinished(bool stopped);
  void onFailed(const QString& message);
  void drainLayout();
  void fillLegend();
  void onLegendItemChanged(QListWidgetItem* item);
  // The legend hides classes and domains in the live map and the pinned one alike.
  void applyLegendItem(EmbeddingScatter& scatter, const QListWidgetItem* item) const;
  void applyLegend(EmbeddingScatter& scatter) const;
  void showNeighbours(int index);
  void showSelection(const std::vector<std::size_t>& points);
  void updateNumbers();
  QString zeroShotNumbers() const;
  void updateDescribeBox();
  void setRunning(bool running);
  void updatePinButton(bool running);
  QString captionText() const;
  // A measure as the panel prints it: three decimals.
  static QString fixed(double v);
  // The run's recipe and final accuracies, read from its run directory.
  static QString recipeFor(const twb::EmbeddingData& data);
  // A map's caption (rich text): run, layer, its measures, recipe, counts, an early stop.
  static QString captionFor(const twb::EmbeddingData& data, const QString& recipe, const MapStop& stop);
  void exportWithDialog(const QString& filter, const QString& suffix);
  void retranslateUi();

  std::function<std::vector<RunPtr>()> runProvider_;

  QComboBox* runCombo_ = nullptr;
  QPushButton* openButton_ = nullptr;
  QComboBox* layerCombo_ = nullptr;
  QDoubleSpinBox* perplexity_ = nullptr;
  QSpinBox* iterations_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QSpinBox* maxPoints_ = nullptr;
  QPushButton* runButton_ = nullptr;
  QPushButton* stopButton_ = nullptr;
  QToolButton* exportButton_ = nullptr;
  QPushButton* pinButton_ = nullptr;
  QLabel* settingsLabels_[6] = {};
  QLabel* status_ = nullptr;
  QLabel* numbers_ = nullptr;
  QListWidget* legend_ = nullptr;
  QGroupBox* describeBox_ = nullptr;
  QLineEdit* describeEdit_ = nullptr;
  QPushButton* describeButton_ = nullptr;
  QLabel* describeHint_ = nullptr;
  EmbeddingScatter* scatter_ = nullptr;
  PinnedEmbedding* pinned_ = nullptr;
  QSplitter* maps_ = nullptr; // the pinned map and the live one
  QLabel* liveCaption_ = nullptr;
  QTabWidget* sideTabs_ = nullptr;
  QLabel* neighbourTitle_ = nullptr;
  QListWidget* neighbours_ = nullptr;
  QLabel* selectionTitle_ = nullptr;
  QListWidget* selection_ = nullptr;
  QAction* exportCsvAction_ = nullptr;
  QAction* exportPngAction_ = nullptr;
  QAction* exportPdfAction_ = nullptr;
  QAction* exportProjectorAction_ = nullptr;
  QTimer* redraw_ = nullptr;
  QMessageBox* restartQuestion_ = nullptr;

  std::unique_ptr<EmbeddingJob> job_;
  EmbeddingPtr features_;        // what the map shows
  QString recipe_;               // the run's recipe and accuracies, beside the numbers
  EmbeddingLayout lastLayout_;   // the newest layout shown
  MapStop stop_;                 // the live map's early stop, if any
  int plannedIterations_ = 0;    // of the t-SNE run in progress or last run
  bool fillingControls_ = false; // programmatic changes are no user's setting change
};

} // namespace twb::ui
