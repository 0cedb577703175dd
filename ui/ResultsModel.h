#pragma once
// The results table's rows: one run each, with the recipe beside the numbers
// (shared/CONTRACT.md: baselines beside every method, seeds recorded). Rows stay in
// their comparison groups whatever column is sorted: groups move as a whole, ordered
// by their lead run (the method between the two baselines).
#include "RunGrouping.h"

#include <QAbstractTableModel>

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
  static constexpr int RawRole = Qt::UserRole + 1;
  static constexpr int GroupRole = Qt::UserRole + 2;

  explicit ResultsModel(QObject* parent = nullptr);

  void setRuns(const std::vector<RunPtr>& runs);
  const std::vector<RunPtr>& runs() const { return rows_; }

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
  QString text(const twb::RunRecord& run, int column) const;
  QVariant raw(const twb::RunRecord& run, int column) const;
  QVariant headerToolTip(int section) const;
  void regroup();

  std::vector<RunPtr> given_; // grouped, in the caller's order
  std::vector<RunPtr> rows_;  // as shown
  std::vector<int> groupOfRow_;
  int sortColumn_ = -1;
  Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
};

} // namespace twb::ui
