#pragma once
// The results table's rows: twb::comparisonRows (compare/Comparison.h), the very rows
// and numbers `twb compare` prints, with the recipe beside the numbers
// (shared/CONTRACT.md: baselines beside every method, seeds recorded). Core groups
// the runs into comparisons, puts the bounds around the methods, folds repeats over
// seeds and computes each mean ± sample sd and the gap closed; this model only words
// and orders them. Rows stay in their comparison groups whatever column is sorted:
// groups move as a whole, ordered by their lead (the first row that is no bound).
#include "compare/Comparison.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace twb::ui {

class ResultsModel : public QAbstractTableModel {
  Q_OBJECT

public:
  enum Column {
    Method,
    Domains,
    Seed,
    Backbone,
    Steps,
    BatchSize,
    Optimizer,
    Settings, // the method's recipe (twb::Method::recipe): "reversal, head 2×500"
    Lambda,   // methods whose needs().lambda: the λ schedule
    SourceAccuracy,
    TargetAccuracy,
    DomainAccuracy,
    ProxyADistance, // the same linear domain probe for every method
    GapClosed,      // (target − lower bound) / (upper bound − lower bound), core's
    Speed,
    Status,
    Tasks, // methods with several tasks: each task's test accuracy
    ColumnCount
  };
  // The number behind a cell (fractions for accuracies), for sorting and CSV.
  static constexpr int RawRole = Qt::UserRole + 1;
  static constexpr int GroupRole = Qt::UserRole + 2;

  explicit ResultsModel(QObject* parent = nullptr);

  void setRuns(const std::vector<RunPtr>& runs);
  // The rows as core made them (comparisonRows, folded over seeds or not), before sorting.
  const std::vector<twb::ComparisonRow>& comparison() const { return computed_; }
  // The run behind each row (over seeds: the first of its repeats).
  const std::vector<RunPtr>& runs() const { return leads_; }
  // One row per recipe, mean ± sample standard deviation over its seeds.
  void setOverSeeds(bool on);
  bool overSeeds() const { return overSeeds_; }
  // The runs a row stands for: itself, or over seeds all its repeats.
  std::vector<RunPtr> repeatsOfRow(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
  // column < 0: the order core gave the groups in.
  void sort(int column, Qt::SortOrder order) override;

  // Headers and cells again, in the new language.
  void retranslate();

  // The visible table as text, in the current row order.
  QString toMarkdown() const;
  QString toCsv() const;

private:
  // A row's cell as shown, and the number (or text) behind it.
  QString text(const twb::ComparisonRow& row, int column) const;
  QVariant raw(const twb::ComparisonRow& row, int column) const;
  QString measureText(const twb::ComparisonRow& row, twb::Measure m) const;
  QString taskAccuracies(const twb::RunRecord& run) const;
  QVariant headerToolTip(int section) const;
  void rebuild();
  void regroup();

  std::vector<RunPtr> given_;                // as the caller gave them
  std::vector<twb::ComparisonRow> computed_; // comparisonRows(given_), in core's order
  std::vector<twb::ComparisonRow> rows_;     // as shown
  std::vector<RunPtr> leads_;                // each shown row's first run
  std::vector<int> groupOfRow_;              // each shown row's group, counted as shown
  bool overSeeds_ = false;
  int sortColumn_ = -1;
  Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
};

} // namespace twb::ui
