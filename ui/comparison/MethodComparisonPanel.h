#pragma once
// The Method comparison tab: the chart of one comparison (MethodComparisonChart), a
// box to pick which when the runs hold several (other domains, backbone or steps),
// the "?" pages of the gap closed and the proxy A-distance, and export to PNG, PDF
// and CSV. It is given every run the window knows and redraws as more finish.
#include "common/PlotExport.h"
#include "compare/Comparison.h"

#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QToolButton;
class QAction;

namespace twb::ui {

class MethodComparisonChart;

class MethodComparisonPanel : public QWidget {
  Q_OBJECT

public:
  explicit MethodComparisonPanel(QWidget* parent = nullptr);

  // All the runs to draw from, in any order; over seeds, grouped by core.
  void setRuns(const std::vector<RunPtr>& runs);

  MethodComparisonChart* chart() const { return chart_; }
  QComboBox* comparisonBox() const { return choice_; }

  // Each returns an empty string on success, else one sentence naming the file.
  QString exportPng(const QString& path);
  QString exportPdf(const QString& path);
  QString exportCsv(const QString& path) const;

protected:
  void changeEvent(QEvent* event) override;

private:
  struct Comparison {
    std::string key;                      // comparisonKey over seeds
    std::vector<twb::ComparisonRow> rows; // lower bound, methods in the registry's order, upper bound
    int methods = 0;
  };
  using Format = plotexport::ExportFormat;

  void fillChoices();
  void showChosen();
  QString titleOf(const Comparison& c) const;
  void exportInteractively(Format format);
  void retranslateUi();

  QLabel* choiceLabel_ = nullptr;
  QComboBox* choice_ = nullptr;
  QToolButton* export_ = nullptr;
  QAction* exportPng_ = nullptr;
  QAction* exportPdf_ = nullptr;
  QAction* exportCsv_ = nullptr;
  MethodComparisonChart* chart_ = nullptr;
  std::vector<Comparison> comparisons_; // newest first, as core groups them
  std::string chosenKey_;               // the user's pick; empty: the default
};

} // namespace twb::ui
