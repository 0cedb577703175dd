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
// The parts, each in its own file: EmbeddingRunChooser (run, layer, t-SNE settings),
// EmbeddingMap (the live and pinned maps, the status line, the t-SNE job),
// EmbeddingLegend, EmbeddingNumbers, DescribeClassBox, NeighboursAndSelection and
// EmbeddingExports; this tab composes them and keeps them in step.
#include "embedding/EmbeddingCaption.h"
#include "embedding/EmbeddingJob.h"

#include "compare/Comparison.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <vector>

class QAction;
class QGroupBox;
class QListWidget;
class QMessageBox;
class QPushButton;

namespace twb::ui {

class DescribeClassBox;
class EmbeddingExports;
class EmbeddingLegend;
class EmbeddingMap;
class EmbeddingNumbers;
class EmbeddingRunChooser;
class EmbeddingScatter;
class NeighboursAndSelection;
class PinnedEmbedding;

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
  QAction* exportProjectorAction() const;

  EmbeddingScatter* scatter() const;
  PinnedEmbedding* pinned() const;
  EmbeddingPtr features() const;
  QString numbersText() const;
  QListWidget* neighboursList() const;
  QListWidget* selectionList() const;
  QListWidget* legend() const;
  QGroupBox* describeBox() const;

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
  void onSettingChanged();
  void onFeaturesReady(bool fresh);
  void showRunning(bool running);
  void updateNumbers();
  void retranslateUi();

  EmbeddingRunChooser* chooser_ = nullptr;
  QPushButton* runButton_ = nullptr;
  QPushButton* stopButton_ = nullptr;
  QPushButton* pinButton_ = nullptr;
  EmbeddingExports* exports_ = nullptr;
  EmbeddingNumbers* numbers_ = nullptr;
  EmbeddingLegend* legend_ = nullptr;
  DescribeClassBox* describeBox_ = nullptr;
  EmbeddingMap* map_ = nullptr;
  NeighboursAndSelection* sideTabs_ = nullptr;
  QMessageBox* restartQuestion_ = nullptr;
};

} // namespace twb::ui
