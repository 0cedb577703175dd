#include "results/ResultsModel.h"

#include "common/CoreText.h"
#include "common/PlotExport.h"
#include "common/RunLabel.h"
#include "methods/Registry.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace twb::ui {
namespace {

// The measure core computes for a column; none for the columns of the recipe.
std::optional<twb::Measure> measureAt(int column) {
  switch (column) {
  case ResultsModel::SourceAccuracy:
    return twb::Measure::SourceAccuracy;
  case ResultsModel::TargetAccuracy:
    return twb::Measure::TargetAccuracy;
  case ResultsModel::DomainAccuracy:
    return twb::Measure::DomainAccuracy;
  case ResultsModel::ProxyADistance:
    return twb::Measure::ProxyADistance;
  case ResultsModel::Speed:
    return twb::Measure::Speed;
  default:
    return std::nullopt;
  }
}

bool isAccuracy(twb::Measure m) {
  return m == twb::Measure::SourceAccuracy || m == twb::Measure::TargetAccuracy || m == twb::Measure::DomainAccuracy;
}

// Columns of numbers: right-aligned.
bool isNumeric(int column) {
  return column >= ResultsModel::SourceAccuracy && column <= ResultsModel::Speed;
}

// A row that folds several runs (over seeds, a recipe repeated with other seeds).
bool folds(const twb::ComparisonRow& row) {
  return row.runs.size() > 1;
}

bool hasTasks(const twb::RunRecord& run) {
  return !twb::methodOf(run.experiment).taskNames(run.experiment).empty() || !run.summary.tasks.empty();
}

int compareValues(const QVariant& a, const QVariant& b) {
  if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
    return QString::localeAwareCompare(a.toString(), b.toString());
  const double x = a.toDouble();
  const double y = b.toDouble();
  return x < y ? -1 : (y < x ? 1 : 0);
}

QString seedsText(const twb::ComparisonRow& row, const QString& separator) {
  QStringList seeds;
  for (const auto seed : row.seeds)
    seeds << QString::number(seed);
  return seeds.join(separator);
}

} // namespace

ResultsModel::ResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ResultsModel::setRuns(const std::vector<RunPtr>& runs) {
  beginResetModel();
  given_ = runs;
  rebuild();
  endResetModel();
}

void ResultsModel::setOverSeeds(bool on) {
  if (on == overSeeds_)
    return;
  beginResetModel();
  overSeeds_ = on;
  rebuild();
  endResetModel();
  emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ResultsModel::rebuild() {
  computed_ = twb::comparisonRows(given_, overSeeds_);
  regroup();
}

std::vector<RunPtr> ResultsModel::repeatsOfRow(int row) const {
  if (row < 0 || row >= rowCount())
    return {};
  return rows_[static_cast<std::size_t>(row)].runs;
}

void ResultsModel::sort(int column, Qt::SortOrder order) {
  emit layoutAboutToBeChanged();
  sortColumn_ = column;
  sortOrder_ = order;
  const QModelIndexList before = persistentIndexList();
  const std::vector<RunPtr> old = leads_;
  regroup();
  QModelIndexList after;
  for (const QModelIndex& index : before) {
    const auto it = std::find(leads_.begin(), leads_.end(), old[static_cast<std::size_t>(index.row())]);
    after.append(this->index(static_cast<int>(it - leads_.begin()), index.column()));
  }
  changePersistentIndexList(before, after);
  emit layoutChanged();
}

void ResultsModel::regroup() {
  // Core's rows come group after group; a group is ordered by its lead's value in the
  // sort column (its first row that is no bound, else its first row).
  std::vector<std::vector<const twb::ComparisonRow*>> groups;
  for (const twb::ComparisonRow& row : computed_) {
    if (groups.empty() || groups.back().front()->group != row.group)
      groups.emplace_back();
    groups.back().push_back(&row);
  }
  if (sortColumn_ >= 0 && sortColumn_ < ColumnCount) {
    const auto key = [&](const std::vector<const twb::ComparisonRow*>& g) {
      const auto it = std::find_if(g.begin(), g.end(),
                                   [](const twb::ComparisonRow* r) { return r->role == twb::MethodRole::Method; });
      return raw(**(it == g.end() ? g.begin() : it), sortColumn_);
    };
    std::stable_sort(groups.begin(), groups.end(), [&](const auto& a, const auto& b) {
      const QVariant ka = key(a);
      const QVariant kb = key(b);
      if (ka.isNull() != kb.isNull())
        return kb.isNull(); // no value (a baseline's domain accuracy): last either way
      const int c = compareValues(ka, kb);
      return sortOrder_ == Qt::AscendingOrder ? c < 0 : c > 0;
    });
  }
  std::vector<twb::ComparisonRow> shown;
  leads_.clear();
  groupOfRow_.clear();
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (const twb::ComparisonRow* row : groups[g]) {
      shown.push_back(*row);
      leads_.push_back(row->runs.front());
      groupOfRow_.push_back(static_cast<int>(g));
    }
  rows_ = std::move(shown);
}

void ResultsModel::retranslate() {
  emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
  if (!rows_.empty())
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int ResultsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ResultsModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount())
    return {};
  const twb::ComparisonRow& row = rows_[static_cast<std::size_t>(index.row())];
  const int group = groupOfRow_[static_cast<std::size_t>(index.row())];
  switch (role) {
  case Qt::DisplayRole:
    return text(row, index.column());
  case RawRole:
    return raw(row, index.column());
  case GroupRole:
    return group;
  case Qt::ToolTipRole: {
    QStringList dirs;
    for (const RunPtr& r : row.runs)
      dirs << QString::fromStdString(r->dir);
    return dirs.join(QLatin1Char('\n'));
  }
  case Qt::TextAlignmentRole:
    if (isNumeric(index.column()))
      return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
  case Qt::BackgroundRole:
    // Every other group tinted, so where one comparison ends is seen at a glance.
    if (group % 2 == 1)
      return QGuiApplication::palette().alternateBase();
    return {};
  default:
    return {};
  }
}

QVariant ResultsModel::raw(const twb::ComparisonRow& row, int column) const {
  const twb::RunRecord& run = row.lead();
  const twb::Experiment& e = run.experiment;
  const twb::RunSummary& s = run.summary;
  const twb::Method& method = twb::methodOf(e);
  if (const auto m = measureAt(column)) {
    const twb::Spread* spread = row.measure(*m);
    return spread ? QVariant(spread->mean) : QVariant();
  }
  switch (column) {
  case Method:
    return QString::fromStdString(method.name());
  case Domains:
    return QString::fromStdString(method.datasets(e).english());
  case Seed:
    if (folds(row))
      return seedsText(row, QStringLiteral(" "));
    return QVariant::fromValue<qulonglong>(e.seed);
  case Backbone:
    return QString::fromStdString(e.model.backbone);
  case Steps:
    return QVariant::fromValue<qlonglong>(s.steps);
  case BatchSize:
    return e.training.batchSize;
  case Optimizer:
    return QStringLiteral("%1 %2 %3")
        .arg(QString::fromStdString(e.training.optimizer))
        .arg(e.training.lr)
        .arg(QString::fromStdString(e.training.lrSchedule));
  case Settings: {
    const twb::Message recipe = method.recipe(e);
    return recipe.empty() ? QVariant() : QVariant(QString::fromStdString(recipe.english()));
  }
  case Lambda:
    if (!method.needs().lambda)
      return {};
    return QStringLiteral("%1 %2 %3")
        .arg(QString::fromStdString(e.method.lambda.schedule))
        .arg(e.method.lambda.gamma)
        .arg(e.method.lambda.max);
  case GapClosed:
    return row.gapClosed ? QVariant(*row.gapClosed) : QVariant();
  case Status:
    return QString::fromStdString(s.status);
  case Tasks: {
    if (folds(row))
      return {};
    const QString tasks = taskAccuracies(run);
    return tasks.isEmpty() ? QVariant() : QVariant(tasks);
  }
  default:
    return {};
  }
}

QString ResultsModel::measureText(const twb::ComparisonRow& row, twb::Measure m) const {
  const twb::Spread* s = row.measure(m);
  if (!s)
    return tr("—"); // a number this kind of run does not have
  const QLocale locale;
  const bool accuracy = isAccuracy(m);
  const int decimals = m == twb::Measure::ProxyADistance ? 2 : 0;
  if (!folds(row)) {
    if (accuracy)
      return tr("%1%").arg(locale.toString(s->mean * 100.0, 'f', 2));
    return locale.toString(s->mean, 'f', decimals);
  }
  if (accuracy)
    return tr("%1 ± %2%").arg(locale.toString(s->mean * 100.0, 'f', 1), locale.toString(s->sd * 100.0, 'f', 1));
  return tr("%1 ± %2").arg(locale.toString(s->mean, 'f', decimals), locale.toString(s->sd, 'f', decimals));
}

QString ResultsModel::taskAccuracies(const twb::RunRecord& run) const {
  // The method's order of its tasks, then any other the summary names (a run
  // directory whose recipe no longer resolves).
  std::vector<std::string> names = twb::methodOf(run.experiment).taskNames(run.experiment);
  for (const auto& [name, values] : run.summary.tasks)
    if (std::find(names.begin(), names.end(), name) == names.end())
      names.push_back(name);
  const QLocale locale;
  QStringList parts;
  for (const std::string& name : names) {
    const auto task = run.summary.tasks.find(name);
    if (task == run.summary.tasks.end())
      continue;
    const auto acc = task->second.find("test_acc");
    if (acc != task->second.end())
      parts << tr("%1 %2%").arg(QString::fromStdString(name), locale.toString(acc->second * 100.0, 'f', 2));
  }
  return parts.join(QStringLiteral(" · "));
}

QString ResultsModel::text(const twb::ComparisonRow& row, int column) const {
  const twb::RunRecord& run = row.lead();
  const twb::Experiment& e = run.experiment;
  const twb::RunSummary& s = run.summary;
  const twb::Method& method = twb::methodOf(e);
  const QLocale locale;
  const auto str = [](const std::string& v) { return QString::fromStdString(v); };
  if (const auto m = measureAt(column))
    return measureText(row, *m);
  switch (column) {
  case Method:
    return coreText(method.label(e));
  case Domains:
    return coreText(method.datasets(e));
  case Seed:
    return folds(row) ? seedsText(row, QStringLiteral(", ")) : QString::number(e.seed);
  case Steps:
    if (s.steps != e.training.steps)
      return tr("%1 of %2")
          .arg(locale.toString(static_cast<qlonglong>(s.steps)),
               locale.toString(static_cast<qlonglong>(e.training.steps)));
    return locale.toString(static_cast<qlonglong>(s.steps));
  case Optimizer:
    return tr("%1, lr %2, %3")
        .arg(str(e.training.optimizer), locale.toString(e.training.lr, 'g', 6), str(e.training.lrSchedule));
  case Settings: {
    const twb::Message recipe = method.recipe(e);
    return recipe.empty() ? tr("—") : coreText(recipe);
  }
  case Lambda:
    if (!method.needs().lambda)
      return tr("—");
    if (e.method.lambda.schedule == "ganin")
      return tr("ganin, γ %1, max %2")
          .arg(locale.toString(e.method.lambda.gamma, 'g', 6), locale.toString(e.method.lambda.max, 'g', 6));
    if (e.method.lambda.schedule == "warmup")
      return tr("warm-up %1 steps, max %2")
          .arg(locale.toString(static_cast<qlonglong>(e.method.lambda.warmupSteps)),
               locale.toString(e.method.lambda.max, 'g', 6));
    return tr("%1, %2").arg(str(e.method.lambda.schedule), locale.toString(e.method.lambda.max, 'g', 6));
  case GapClosed:
    return row.gapClosed ? tr("%1%").arg(locale.toString(*row.gapClosed * 100.0, 'f', 0)) : tr("—");
  case Status:
    return runEnding(row.lead());
  case Tasks: {
    if (folds(row))
      return hasTasks(run) ? tr("per run only") : tr("—");
    const QString tasks = taskAccuracies(run);
    return tasks.isEmpty() ? tr("—") : tasks;
  }
  default:
    return raw(row, column).toString();
  }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
    return headerToolTip(section);
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
  case Method:
    return tr("Method");
  case Domains:
    return tr("Source → target");
  case Seed:
    return overSeeds_ ? tr("Seeds") : tr("Seed");
  case Backbone:
    return tr("Backbone");
  case Steps:
    return tr("Steps");
  case BatchSize:
    return tr("Batch");
  case Optimizer:
    return tr("Optimizer");
  case Settings:
    return tr("Settings");
  case Lambda:
    return tr("λ schedule");
  case SourceAccuracy:
    return tr("Source acc.");
  case TargetAccuracy:
    return tr("Target acc.");
  case DomainAccuracy:
    return tr("Domain acc.");
  case ProxyADistance:
    return tr("Proxy A-dist.");
  case GapClosed:
    return tr("Gap closed");
  case Speed:
    return tr("Images/s");
  case Status:
    return tr("Status");
  case Tasks:
    return tr("Per task (test acc.)");
  default:
    return {};
  }
}

QVariant ResultsModel::headerToolTip(int section) const {
  // The two domain numbers answer different questions; say which is which.
  switch (section) {
  case Settings:
    return tr("The method's own settings, as the method sums up its recipe; — where it has none to show");
  case DomainAccuracy:
    return tr("How often the run's own domain classifier tells the source and target test images apart "
              "(balanced; 50% is chance). Only adversarial methods have one.");
  case ProxyADistance:
    return tr("Proxy A-distance of the features, 2 (1 − 2 ε): ε is the held-out error of a linear classifier "
              "trained to tell source from target test images apart. 0: the domains are indistinguishable; "
              "2: fully separable. The same probe for every method, so baselines compare "
              "(Ben-David et al. 2007; Ganin et al. 2016).");
  case GapClosed:
    return tr("How much of the gap between the bounds a run closes on the target's test accuracy: "
              "(target − %1) / (%2 − %3), from the means of its comparison's two bounds. 0%: no better "
              "than the lower bound; 100%: as good as the upper. — without both bounds.")
        .arg(boundName(twb::MethodRole::LowerBound), boundName(twb::MethodRole::UpperBound),
             boundName(twb::MethodRole::LowerBound));
  default:
    return {};
  }
}

QString ResultsModel::toMarkdown() const {
  QStringList header;
  QStringList rule;
  for (int c = 0; c < ColumnCount; ++c) {
    header << headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    rule << (isNumeric(c) ? QStringLiteral("---:") : QStringLiteral("---"));
  }
  QStringList lines{QStringLiteral("| %1 |").arg(header.join(QStringLiteral(" | "))),
                    QStringLiteral("|%1|").arg(rule.join(QLatin1Char('|')))};
  for (const twb::ComparisonRow& row : rows_) {
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
      cells << text(row, c).replace(QLatin1Char('|'), QStringLiteral("\\|"));
    lines << QStringLiteral("| %1 |").arg(cells.join(QStringLiteral(" | ")));
  }
  return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ResultsModel::toCsv() const {
  // Plain numbers (accuracies and the gap closed as fractions) so a spreadsheet can
  // compute with them. Over seeds: the measured columns hold means, and each gets its
  // sd column at the end.
  const auto number = [](const QVariant& value) {
    return value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 10) : value.toString();
  };
  std::vector<int> measured;
  for (int c = 0; c < ColumnCount; ++c)
    if (measureAt(c))
      measured.push_back(c);
  QStringList header;
  for (int c = 0; c < ColumnCount; ++c)
    header << plotexport::csvField(headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
  if (overSeeds_)
    for (const int c : measured)
      header << plotexport::csvField(tr("%1 sd").arg(headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()));
  QStringList lines{header.join(QLatin1Char(','))};
  for (const twb::ComparisonRow& row : rows_) {
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
      cells << plotexport::csvField(number(raw(row, c)));
    if (overSeeds_)
      for (const int c : measured) {
        const twb::Spread* s = folds(row) ? row.measure(*measureAt(c)) : nullptr;
        cells << (s ? QString::number(s->sd, 'g', 10) : QString());
      }
    lines << cells.join(QLatin1Char(','));
  }
  return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace twb::ui
