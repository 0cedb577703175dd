#pragma once
// The run's log lines as they arrive and, once a run ends, its summary with the
// recipe that produced it (method, backbone, steps, batch, learning rate, seed),
// its accuracies, its speed and where its run directory is.
#include "experiment/Experiment.h"
#include "training/Trainer.h"

#include <QWidget>

#include <array>

class QGroupBox;
class QLabel;
class QPlainTextEdit;

namespace twb::ui {

class RunLogView : public QWidget {
  Q_OBJECT

public:
  explicit RunLogView(QWidget* parent = nullptr);

  // A new run: empty log, no summary.
  void clear();
  void appendLine(const QString& line);
  void appendLines(const QStringList& lines);
  void showSummary(const twb::Experiment& experiment, const twb::TrainResult& result);

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

  QGroupBox* summaryGroup_ = nullptr;
  std::array<QLabel*, FieldCount> captions_{};
  std::array<QLabel*, FieldCount> values_{};
  QPlainTextEdit* log_ = nullptr;

  bool hasSummary_ = false;
  twb::Experiment experiment_;
  twb::TrainResult result_;
};

} // namespace twb::ui
