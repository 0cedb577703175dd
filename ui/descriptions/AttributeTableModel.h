#pragma once
// The Zero-shot panel's grid: one row per class, a check box for "unseen" (held out
// of training), one editable column per attribute, then the last run's per-class
// top-1 accuracies. Edits are the experiment's (ZeroShotPanel), so each one can be undone.
#include "data/AttributeTable.h"
#include "zeroshot/ZeroShotResults.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>


namespace twb::ui {

class AttributeTableModel : public QAbstractTableModel {
  Q_OBJECT

public:
  explicit AttributeTableModel(QObject* parent = nullptr);

  // A new table and split (clears the results; the undo history is the caller's).
  void setTable(const twb::AttributeTable& table, const std::vector<bool>& unseen);
  const twb::AttributeTable& table() const { return table_; }
  const std::vector<bool>& unseen() const { return unseen_; }
  QStringList unseenClasses() const;

  // The last run's per-class numbers, matched to rows by class name.
  void setResults(const twb::ZeroShotResults& results);
  void clearResults();

  static constexpr int kUnseenColumn = 0;
  int firstResultColumn() const { return 1 + static_cast<int>(table_.attributes.size()); }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  // Asks for the edit (valueEditRequested, unseenEditRequested) instead of making it:
  // the edit is the experiment's, undoable, and comes back as a new table.
  bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
  // The user changed a value or the split; `text` names the edit for Undo.
  void valueEditRequested(int row, int attribute, float value, const QString& text);
  void unseenEditRequested(int row, bool unseen, const QString& text);

private:
  QVariant resultData(int row, int column, int role) const;

  twb::AttributeTable table_;
  std::vector<bool> unseen_;
  bool hasResults_ = false;
  // Per row: ZSL and generalised top-1 of the method, ZSL top-1 of ESZSL and ConSE (-1: none).
  std::vector<std::vector<double>> results_;
};

} // namespace twb::ui
