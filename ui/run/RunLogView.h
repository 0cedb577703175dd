#pragma once
// The run's log lines as they arrive and, once a run ends, its summary with the
// recipe that produced it (method, backbone, steps, batch, learning rate, seed),
// its accuracies, its speed and where its run directory is. Any earlier run can be
// shown again from its run directory (its log.json). Lines are kept as what they
// say, not as text, so a language switch words the whole log again.
#include "experiment/Experiment.h"
#include "training/RunDirectory.h"
#include "training/RunEvents.h"
#include "training/Trainer.h"

#include <QWidget>

#include <array>
#include <functional>
#include <vector>

class QGroupBox;
class QLabel;
class QPlainTextEdit;

namespace twb::ui {

class VerticalScrollArea;

class RunLogView : public QWidget {
  Q_OBJECT

public:
  explicit RunLogView(QWidget* parent = nullptr);

  // A new run: empty log, no summary.
  void clear();
  // A line worded by `text` now and again after each language switch.
  void appendLine(std::function<QString()> text);
  void appendEvents(const std::vector<twb::RunEvent>& events);
  void showSummary(const twb::Experiment& experiment, const twb::TrainResult& result);
  // An earlier run, as it ended: its log (as its run directory kept it) and summary.
  void showRun(const twb::RunRecord& run, const std::vector<twb::RunEvent>& log);

  QString logText() const;
  bool hasSummary() const { return hasSummary_; }

protected:
  void changeEvent(QEvent* event) override;

private:
  enum Field {
    Status,
    Method,
    Backbone,
    Domains,
    Steps,
    BatchSize,
    LearningRate,
    Seed,
    SourceAccuracy,
    TargetAccuracy,
    Speed,
    TrainTime,
    Device,
    RunDirectory,
    FieldCount
  };

  QString caption(Field field) const;
  QString statusText(const std::string& status) const;
  void fillValues();
  void retranslateUi();
  void rewordLog();
  void showCautions();

  QGroupBox* summaryGroup_ = nullptr;
  VerticalScrollArea* summaryArea_ = nullptr; // the summary group, scrolled in a short dock
  std::array<QLabel*, FieldCount> captions_{};
  std::array<QLabel*, FieldCount> values_{};
  QPlainTextEdit* log_ = nullptr;
  QLabel* cautions_ = nullptr;

  std::vector<std::function<QString()>> lines_;
  bool hasSummary_ = false;
  twb::Experiment experiment_;
  twb::TrainResult result_;
};

} // namespace twb::ui
