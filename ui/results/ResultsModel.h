#pragma once
// The results table's rows: one run each, with the recipe beside the numbers
// (shared/CONTRACT.md: baselines beside every method, seeds recorded). Rows stay in
// their comparison groups whatever column is sorted: groups move as a whole, ordered
// by their lead run (the method between the two baselines). Over seeds, runs that
// repeat one recipe with other seeds are one row: each number as mean ± sd.
#include "RunGrouping.h"

#include <QAbstractTableModel>

#include <map>
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
    Adversary, // dann: "reversal" (the paper's gradient reversal) or "confusion"
    Lambda,
    SourceAccuracy,
    TargetAccuracy,
    DomainAccuracy,
    ProxyADistance, // the same linear domain probe for every method (core/DomainProbe.h)
    Speed,
    Status,
    Tasks, // multitask: each task's test accuracy
    ColumnCount
  };
  // The number behind a cell (fractions for accuracies), for sorting and CSV.
  // DANN's adversary, with its domain head when that is not the paper's 1 x 100
  // ("reversal", "confusion, head 2×500", "reversal, linear head").
  static QString adversaryText(const twb::MethodSpec& method);

  static constexpr int RawRole = Qt::UserRole + 1;
  static constexpr int GroupRole = Qt::UserRole + 2;

  explicit ResultsModel(QObject* parent = nullptr);

  void setRuns(const std::vector<RunPtr>& runs);
  // The run behind each row (over seeds: the first of its repeats).
  const std::vector<RunPtr>& runs() const { return rows_; }
  // One row per recipe, mean ± sample standard deviation over its seeds.
  void setOverSeeds(bool on);
  bool overSeeds() const { return overSeeds_; }
  // The runs a row stands for: itself, or over seeds all its repeats.
  std::vector<RunPtr> repeatsOfRow(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
  // column < 0: the order groups were given in.
  void sort(int column, Qt::SortOrder order) override;

  // Headers and cells again, in the new language.
  void retranslate();

  // The visible table as text, in the current row order.
  QString toMarkdown() const;
  QString toCsv() const;

private:
  // One run's cell.
  QString text(const twb::RunRecord& run, int column) const;
  QVariant raw(const twb::RunRecord& run, int column) const;
  // The cell of the row that `run` leads: the run's own, or over seeds the mean
  // (and ± sd) of its repeats and the list of their seeds.
  QString shownText(const twb::RunRecord& run, int column) const;
  QVariant shownValue(const twb::RunRecord& run, int column) const;
  // Over seeds: the runs of `run`'s row when there are several, else nullptr.
  const std::vector<RunPtr>* repeatsOf(const twb::RunRecord& run) const;
  // Each repeat's raw value of `column`; empty when one of them has none.
  std::vector<double> valuesOf(const std::vector<RunPtr>& runs, int column) const;
  QVariant headerToolTip(int section) const;
  void rebuild();
  void regroup();

  std::vector<RunPtr> given_; // grouped, in the caller's order
  std::vector<RunPtr> base_;  // given_, or over seeds the first run of each recipe
  std::vector<RunPtr> rows_;  // as shown
  std::vector<int> groupOfRow_;
  std::map<const twb::RunRecord*, std::vector<RunPtr>> repeats_; // over seeds: a row's run -> its recipe's runs
  bool overSeeds_ = false;
  int sortColumn_ = -1;
  Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
};

} // namespace twb::ui
