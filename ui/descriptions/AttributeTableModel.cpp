#include "descriptions/AttributeTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>
#include <cmath>

namespace twb::ui {

namespace {

constexpr int kResultColumns = 4;

// Red (0) through yellow to green (1), pale enough to read black text on.
QColor accuracyColour(double acc) {
  const double hue = 120.0 * std::clamp(acc, 0.0, 1.0);
  return QColor::fromHsvF(static_cast<float>(hue / 360.0), 0.35f, 1.0f);
}

} // namespace

AttributeTableModel::AttributeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AttributeTableModel::setTable(const twb::AttributeTable& table, const std::vector<bool>& unseen) {
  beginResetModel();
  table_ = table;
  unseen_ = unseen;
  unseen_.resize(table_.classes.size(), false);
  hasResults_ = false;
  results_.clear();
  endResetModel();
}

QStringList AttributeTableModel::unseenClasses() const {
  QStringList out;
  for (std::size_t r = 0; r < unseen_.size(); ++r)
    if (unseen_[r])
      out << QString::fromStdString(table_.classes[r]);
  return out;
}

void AttributeTableModel::setResults(const twb::ZeroShotResults& results) {
  results_.assign(table_.classes.size(), std::vector<double>(kResultColumns, -1.0));
  const twb::ZeroShotScore* method = results.learned();
  const twb::ZeroShotScore* eszsl = results.find("eszsl");
  const twb::ZeroShotScore* conse = results.find("conse");
  for (std::size_t r = 0; r < table_.classes.size(); ++r)
    for (std::size_t c = 0; c < results.classes.size(); ++c) {
      if (results.classes[c] != table_.classes[r])
        continue;
      if (method)
        results_[r] = {method->zslPerClass[c], method->gzslPerClass[c], -1.0, -1.0};
      if (eszsl)
        results_[r][2] = eszsl->zslPerClass[c];
      if (conse)
        results_[r][3] = conse->zslPerClass[c];
    }
  hasResults_ = true;
  beginResetModel(); // the result columns appear
  endResetModel();
}

void AttributeTableModel::clearResults() {
  if (!hasResults_)
    return;
  beginResetModel();
  hasResults_ = false;
  results_.clear();
  endResetModel();
}

int AttributeTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(table_.classes.size());
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const {
  if (parent.isValid() || table_.classes.empty())
    return 0;
  return firstResultColumn() + (hasResults_ ? kResultColumns : 0);
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid())
    return {};
  const auto row = static_cast<std::size_t>(index.row());
  if (index.column() == kUnseenColumn) {
    if (role == Qt::CheckStateRole)
      return unseen_[row] ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
      return tr("Checked: training never sees this class; it is recognised by its description alone");
    return {};
  }
  if (index.column() >= firstResultColumn())
    return resultData(index.row(), index.column() - firstResultColumn(), role);
  const float v = table_.values[row][static_cast<std::size_t>(index.column() - 1)];
  if (role == Qt::DisplayRole || role == Qt::EditRole)
    return static_cast<double>(v);
  if (role == Qt::TextAlignmentRole)
    return int(Qt::AlignCenter);
  if (role == Qt::BackgroundRole && v > 0)
    return QBrush(QColor::fromRgbF(0.55f, 0.7f, 0.95f, std::min(1.0f, 0.25f + 0.5f * v)));
  return {};
}

QVariant AttributeTableModel::resultData(int row, int column, int role) const {
  const double acc = results_[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
  if (acc < 0)
    return role == Qt::DisplayRole ? QVariant(QStringLiteral("–")) : QVariant();
  if (role == Qt::DisplayRole)
    return QString::number(acc, 'f', 2);
  if (role == Qt::TextAlignmentRole)
    return int(Qt::AlignCenter);
  if (role == Qt::BackgroundRole)
    return QBrush(accuracyColour(acc));
  return {};
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation == Qt::Vertical) {
    if (role == Qt::DisplayRole && section < static_cast<int>(table_.classes.size()))
      return QString::fromStdString(table_.classes[static_cast<std::size_t>(section)]);
    if (role == Qt::FontRole && section < static_cast<int>(unseen_.size()) &&
        unseen_[static_cast<std::size_t>(section)]) {
      QFont bold;
      bold.setBold(true);
      return bold;
    }
    return {};
  }
  if (role == Qt::ToolTipRole && section >= firstResultColumn()) {
    const QStringList tips = {tr("Top-1 on this unseen class's test images, the unseen classes the only candidates"),
                              tr("Top-1 on this class's test images, every class a candidate (generalised)"),
                              tr("ESZSL baseline: top-1 among the unseen classes"),
                              tr("ConSE baseline: top-1 among the unseen classes")};
    return tips.value(section - firstResultColumn());
  }
  if (role != Qt::DisplayRole)
    return {};
  if (section == kUnseenColumn)
    return tr("Unseen");
  if (section < firstResultColumn())
    return QString::fromStdString(table_.attributes[static_cast<std::size_t>(section - 1)])
        .replace(QLatin1Char('_'), QLatin1Char(' '));
  const QStringList names = {tr("Top-1 (ZSL)"), tr("Top-1 (GZSL)"), tr("ESZSL"), tr("ConSE")};
  return names.value(section - firstResultColumn());
}

Qt::ItemFlags AttributeTableModel::flags(const QModelIndex& index) const {
  if (!index.isValid())
    return Qt::NoItemFlags;
  if (index.column() == kUnseenColumn)
    return Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable;
  if (index.column() >= firstResultColumn())
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
  return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool AttributeTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (!index.isValid())
    return false;
  if (index.column() == kUnseenColumn && role == Qt::CheckStateRole) {
    const bool unseen = value.toInt() == Qt::Checked;
    if (unseen != unseen_[static_cast<std::size_t>(index.row())]) {
      const QString name = QString::fromStdString(table_.classes[static_cast<std::size_t>(index.row())]);
      emit unseenEditRequested(index.row(), unseen, unseen ? tr("Hold out %1").arg(name) : tr("Train on %1").arg(name));
    }
    return true;
  }
  if (role != Qt::EditRole || index.column() < 1 || index.column() >= firstResultColumn())
    return false;
  bool ok = false;
  const double v = value.toDouble(&ok);
  if (!ok || !std::isfinite(v))
    return false;
  const int attribute = index.column() - 1;
  const float before = table_.values[static_cast<std::size_t>(index.row())][static_cast<std::size_t>(attribute)];
  if (static_cast<float>(v) != before)
    emit valueEditRequested(index.row(), attribute, static_cast<float>(v),
                            tr("Set %1 of %2 to %3")
                                .arg(QString::fromStdString(table_.attributes[static_cast<std::size_t>(attribute)]),
                                     QString::fromStdString(table_.classes[static_cast<std::size_t>(index.row())]))
                                .arg(v));
  return true;
}

} // namespace twb::ui
