#pragma once
// What the Embedding tab maps: a trained run (from the Runs list or a folder) and
// its layer, and the t-SNE settings (perplexity, iterations, seed, test images per
// domain). A run's layers are read from its model; a zero-shot run's joint space is
// chosen first, else the layer kept across runs, else the features DANN aligns.
#include "compare/Comparison.h"
#include "embed/Embedding.h"
#include "tsne/Tsne.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLayout;
class QPushButton;
class QSpinBox;

namespace twb::ui {

class EmbeddingRunChooser : public QWidget {
  Q_OBJECT

public:
  explicit EmbeddingRunChooser(QWidget* parent = nullptr);

  // Where the run list comes from (the Runs dock); read again by refreshRuns().
  void setRunProvider(std::function<std::vector<RunPtr>()> provider);
  // Adds the provider's trained runs not listed yet; chooses the first if none was.
  void refreshRuns();
  // Lists a run directory and chooses it. False, with the reason in `error`, when it
  // holds no trained model.
  bool openRun(const QString& dir, QString* error = nullptr);
  void openRunDialog();

  void setLayer(const QString& layer);
  void setMaxPerDomain(int count);
  void setIterations(int iterations);
  void setPerplexity(double perplexity);
  void setSeed(int seed);

  // The chosen run's directory and layer ("" when none).
  QString runDir() const;
  QString layer() const;
  // What the controls hold, as the job takes it.
  twb::EmbeddingRequest request() const;
  twb::TsneParams tsneParams() const;

  // A row under the settings (the tab's buttons), in the same form.
  void addRow(QLayout* row);
  void retranslateUi();

signals:
  // The user changed the run, the layer or a t-SNE setting (not the window filling them in).
  void settingChanged();
  // The chosen run's layers could not be read: the reason.
  void problem(const QString& message);

private:
  void onRunChosen();
  void onSettingChanged();

  std::function<std::vector<RunPtr>()> runProvider_;

  QFormLayout* form_ = nullptr;
  QComboBox* runCombo_ = nullptr;
  QPushButton* openButton_ = nullptr;
  QComboBox* layerCombo_ = nullptr;
  QDoubleSpinBox* perplexity_ = nullptr;
  QSpinBox* iterations_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QSpinBox* maxPoints_ = nullptr;
  QLabel* labels_[6] = {};
  bool fillingControls_ = false; // programmatic changes are no user's setting change
};

} // namespace twb::ui
