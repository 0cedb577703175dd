#include "ResultsModel.h"

#include "TaskResults.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cmath>
#include <map>

namespace twb::ui {
namespace {

bool hasExtra(const twb::RunSummary& s, const char* key) {
  return s.extra.find(key) != s.extra.end();
}

} // namespace

QString ResultsModel::adversaryText(const twb::MethodSpec& method) {
  const QString adversary = QString::fromStdString(method.adversary);
  // A domain head other than the paper's 1 x 100 is part of the recipe: shown, so two
  // rows that differ only there do not look alike.
  const twb::DomainClassifierSpec& head = method.domainClassifier;
  const twb::DomainClassifierSpec paper;
  if (head.hiddenLayers == paper.hiddenLayers && head.width == paper.width)
    return adversary;
  return head.hiddenLayers == 0 ? tr("%1, linear head").arg(adversary)
                                : tr("%1, head %2×%3").arg(adversary).arg(head.hiddenLayers).arg(head.width);
}

namespace {

// Methods with a gradient-reversal weight: DANN now, other adversarial ones later.
bool usesLambda(const twb::RunRecord& run) {
  return run.experiment.method.name == "dann" || hasExtra(run.summary, "final_lambda");
}

// Fine-tuning's from-scratch baseline (RunQueue): nothing copied, so it has no source
// model and no source accuracy; shown as such, not as a second "finetune" at 0 %.
bool isFromScratch(const twb::RunRecord& run) {
  return twb::trainsFromScratch(run.experiment);
}

int compareValues(const QVariant& a, const QVariant& b) {
  if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
    return QString::localeAwareCompare(a.toString(), b.toString());
  const double x = a.toDouble();
  const double y = b.toDouble();
  return x < y ? -1 : (y < x ? 1 : 0);
}

// Columns that hold a measured number, averaged over seeds.
bool isMeasured(int column) {
  return column >= ResultsModel::SourceAccuracy && column <= ResultsModel::Speed;
}

bool isAccuracy(int column) {
  return column >= ResultsModel::SourceAccuracy && column <= ResultsModel::DomainAccuracy;
}

struct Spread {
  double mean = 0.0;
  double sd = 0.0; // sample standard deviation (n - 1), 0 for one value
};

Spread spreadOf(const std::vector<double>& values) {
  Spread s;
  for (const double v : values)
    s.mean += v;
  s.mean /= static_cast<double>(values.size());
  if (values.size() > 1) {
    double squares = 0.0;
    for (const double v : values)
      squares += (v - s.mean) * (v - s.mean);
    s.sd = std::sqrt(squares / static_cast<double>(values.size() - 1));
  }
  return s;
}

// The seeds of a recipe's runs, smallest first.
QStringList seedsOf(const std::vector<RunPtr>& runs) {
  std::vector<std::uint64_t> seeds;
  for (const RunPtr& r : runs)
    seeds.push_back(r->experiment.seed);
  std::sort(seeds.begin(), seeds.end());
  QStringList out;
  for (const auto seed : seeds)
    out << QString::number(seed);
  return out;
}

QString csvField(QString s) {
  if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
    s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
  return s;
}

} // namespace

ResultsModel::ResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ResultsModel::setRuns(const std::vector<RunPtr>& runs) {
  beginResetModel();
  given_ = orderInGroups(runs);
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
  repeats_.clear();
  base_ = given_;
  if (overSeeds_) {
    base_.clear();
    for (auto& group : groupOverSeeds(given_)) {
      base_.push_back(group.front());
      repeats_[group.front().get()] = std::move(group);
    }
  }
  regroup();
}

std::vector<RunPtr> ResultsModel::repeatsOfRow(int row) const {
  if (row < 0 || row >= rowCount())
    return {};
  const RunPtr& run = rows_[static_cast<std::size_t>(row)];
  const auto* runs = repeatsOf(*run);
  return runs ? *runs : std::vector<RunPtr>{run};
}

void ResultsModel::sort(int column, Qt::SortOrder order) {
  emit layoutAboutToBeChanged();
  sortColumn_ = column;
  sortOrder_ = order;
  const QModelIndexList before = persistentIndexList();
  std::vector<RunPtr> old = rows_;
  regroup();
  QModelIndexList after;
  for (const QModelIndex& index : before) {
    const auto it = std::find(rows_.begin(), rows_.end(), old[static_cast<std::size_t>(index.row())]);
    after.append(this->index(static_cast<int>(it - rows_.begin()), index.column()));
  }
  changePersistentIndexList(before, after);
  emit layoutChanged();
}

void ResultsModel::regroup() {
  // Split given_ into its groups, pick each group's lead (its first non-baseline run,
  // else its first run), and order the groups by the lead's value in the sort column.
  std::vector<std::vector<RunPtr>> groups = groupsInOrder(base_, [this](const twb::RunRecord& run) {
    GroupKey key = groupKey(run);
    if (overSeeds_)
      std::get<2>(key) = 0; // a row stands for every seed: its baselines are the rows of the other seeds too
    return key;
  });
  if (sortColumn_ >= 0 && sortColumn_ < ColumnCount) {
    const auto lead = [](const std::vector<RunPtr>& g) {
      const auto it = std::find_if(g.begin(), g.end(),
                                   [](const RunPtr& r) { return !isBaselineMethod(r->experiment.method.name); });
      return it == g.end() ? g.front() : *it;
    };
    const auto key = [&](const std::vector<RunPtr>& g) {
      const RunPtr leader = lead(g);
      return shownValue(*leader, sortColumn_);
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
  rows_.clear();
  groupOfRow_.clear();
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (const RunPtr& run : groups[g]) {
      rows_.push_back(run);
      groupOfRow_.push_back(static_cast<int>(g));
    }
}

void ResultsModel::retranslate() {
  emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
  if (!rows_.empty())
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
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
  const twb::RunRecord& run = *rows_[static_cast<std::size_t>(index.row())];
  const int group = groupOfRow_[static_cast<std::size_t>(index.row())];
  switch (role) {
  case Qt::DisplayRole:
    return shownText(run, index.column());
  case RawRole:
    return shownValue(run, index.column());
  case GroupRole:
    return group;
  case Qt::ToolTipRole: {
    QStringList dirs;
    for (const RunPtr& r : repeatsOfRow(index.row()))
      dirs << QString::fromStdString(r->dir);
    return dirs.join(QLatin1Char('\n'));
  }
  case Qt::TextAlignmentRole:
    if (index.column() >= SourceAccuracy && index.column() <= Speed)
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

QVariant ResultsModel::raw(const twb::RunRecord& run, int column) const {
  const twb::Experiment& e = run.experiment;
  const twb::RunSummary& s = run.summary;
  switch (column) {
  case Method:
    return QString::fromStdString(e.method.name);
  case Domains:
    return QString::fromStdString(e.source.dataset + " -> " + e.target.dataset);
  case Seed:
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
  case Adversary:
    return usesLambda(run) ? QVariant(adversaryText(e.method)) : QVariant();
  case Lambda:
    if (!usesLambda(run))
      return {};
    return QStringLiteral("%1 %2 %3")
        .arg(QString::fromStdString(e.method.lambda.schedule))
        .arg(e.method.lambda.gamma)
        .arg(e.method.lambda.max);
  case SourceAccuracy:
    return isFromScratch(run) ? QVariant() : QVariant(s.sourceTestAcc);
  case TargetAccuracy:
    return s.targetTestAcc;
  case DomainAccuracy:
    return hasExtra(s, "domain_acc") ? QVariant(s.extra.at("domain_acc")) : QVariant();
  case ProxyADistance:
    return hasExtra(s, "proxy_a_distance") ? QVariant(s.extra.at("proxy_a_distance")) : QVariant();
  case Speed:
    return s.imagesPerSecond;
  case Status:
    return QString::fromStdString(s.status);
  case Tasks:
    return isMultitask(run) ? QVariant(taskAccuracies(run)) : QVariant();
  default:
    return {};
  }
}

const std::vector<RunPtr>* ResultsModel::repeatsOf(const twb::RunRecord& run) const {
  const auto found = repeats_.find(&run);
  return found == repeats_.end() || found->second.size() < 2 ? nullptr : &found->second;
}

std::vector<double> ResultsModel::valuesOf(const std::vector<RunPtr>& runs, int column) const {
  std::vector<double> values;
  for (const RunPtr& r : runs) {
    const QVariant v = raw(*r, column);
    if (v.isNull())
      return {};
    values.push_back(v.toDouble());
  }
  return values;
}

QVariant ResultsModel::shownValue(const twb::RunRecord& run, int column) const {
  const auto* runs = repeatsOf(run);
  if (!runs)
    return raw(run, column);
  if (column == Seed)
    return seedsOf(*runs).join(QLatin1Char(' '));
  if (!isMeasured(column))
    return column == Tasks ? QVariant() : raw(run, column);
  const std::vector<double> values = valuesOf(*runs, column);
  return values.empty() ? QVariant() : QVariant(spreadOf(values).mean);
}

QString ResultsModel::shownText(const twb::RunRecord& run, int column) const {
  const auto* runs = repeatsOf(run);
  if (!runs)
    return text(run, column);
  const QLocale locale;
  if (column == Seed)
    return seedsOf(*runs).join(QStringLiteral(", "));
  if (column == Tasks)
    return isMultitask(run) ? tr("per run only") : tr("—");
  if (!isMeasured(column))
    return text(run, column);
  const std::vector<double> values = valuesOf(*runs, column);
  if (values.empty())
    return text(run, column); // "—": a number this kind of run does not have
  const Spread s = spreadOf(values);
  if (isAccuracy(column))
    return tr("%1 ± %2%").arg(locale.toString(s.mean * 100.0, 'f', 1), locale.toString(s.sd * 100.0, 'f', 1));
  if (column == ProxyADistance)
    return tr("%1 ± %2").arg(locale.toString(s.mean, 'f', 2), locale.toString(s.sd, 'f', 2));
  return tr("%1 ± %2").arg(locale.toString(s.mean, 'f', 0), locale.toString(s.sd, 'f', 0));
}

QString ResultsModel::text(const twb::RunRecord& run, int column) const {
  const twb::Experiment& e = run.experiment;
  const twb::RunSummary& s = run.summary;
  const QLocale locale;
  const auto percent = [&](double fraction) { return tr("%1%").arg(locale.toString(fraction * 100.0, 'f', 2)); };
  const auto str = [](const std::string& v) { return QString::fromStdString(v); };
  switch (column) {
  case Method:
    if (isFromScratch(run))
      return tr("%1 (from scratch)").arg(str(e.method.name));
    return isMultitask(run) ? multitaskMethod(run) : str(e.method.name);
  case Domains:
    if (isMultitask(run))
      return multitaskDatasets(run);
    return tr("%1 → %2").arg(str(e.source.dataset), str(e.target.dataset));
  case Seed:
    return QString::number(e.seed);
  case Steps:
    if (s.steps != e.training.steps)
      return tr("%1 of %2")
          .arg(locale.toString(static_cast<qlonglong>(s.steps)),
               locale.toString(static_cast<qlonglong>(e.training.steps)));
    return locale.toString(static_cast<qlonglong>(s.steps));
  case Optimizer:
    return tr("%1, lr %2, %3")
        .arg(str(e.training.optimizer), locale.toString(e.training.lr, 'g', 6), str(e.training.lrSchedule));
  case Adversary:
    return usesLambda(run) ? adversaryText(e.method) : tr("—");
  case Lambda:
    if (!usesLambda(run))
      return tr("—");
    return e.method.lambda.schedule == "ganin"
               ? tr("ganin, γ %1, max %2")
                     .arg(locale.toString(e.method.lambda.gamma, 'g', 6), locale.toString(e.method.lambda.max, 'g', 6))
               : tr("%1, %2").arg(str(e.method.lambda.schedule), locale.toString(e.method.lambda.max, 'g', 6));
  case SourceAccuracy:
    return isFromScratch(run) ? tr("—") : percent(s.sourceTestAcc);
  case TargetAccuracy:
    return percent(s.targetTestAcc);
  case DomainAccuracy:
    return hasExtra(s, "domain_acc") ? percent(s.extra.at("domain_acc")) : tr("—");
  case ProxyADistance:
    return hasExtra(s, "proxy_a_distance") ? locale.toString(s.extra.at("proxy_a_distance"), 'f', 2) : tr("—");
  case Speed:
    return locale.toString(s.imagesPerSecond, 'f', 0);
  case Status:
    if (s.status == "completed")
      return tr("completed");
    if (s.status == "stopped")
      return tr("stopped early");
    if (s.status == "diverged")
      return tr("diverged");
    return str(s.status);
  case Tasks:
    return isMultitask(run) ? taskAccuracies(run) : tr("—");
  default:
    return raw(run, column).toString();
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
  case Adversary:
    return tr("Adversary");
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
  case DomainAccuracy:
    return tr("How often the run's own domain classifier tells the source and target test images apart "
              "(balanced; 50% is chance). Only adversarial methods have one.");
  case ProxyADistance:
    return tr("Proxy A-distance of the features, 2 (1 − 2 ε): ε is the held-out error of a linear classifier "
              "trained to tell source from target test images apart. 0: the domains are indistinguishable; "
              "2: fully separable. The same probe for every method, so baselines compare "
              "(Ben-David et al. 2007; Ganin et al. 2016).");
  default:
    return {};
  }
}

QString ResultsModel::toMarkdown() const {
  QStringList header;
  QStringList rule;
  for (int c = 0; c < ColumnCount; ++c) {
    header << headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    rule << (c >= SourceAccuracy && c <= Speed ? QStringLiteral("---:") : QStringLiteral("---"));
  }
  QStringList lines{QStringLiteral("| %1 |").arg(header.join(QStringLiteral(" | "))),
                    QStringLiteral("|%1|").arg(rule.join(QLatin1Char('|')))};
  for (const RunPtr& run : rows_) {
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
      cells << shownText(*run, c).replace(QLatin1Char('|'), QStringLiteral("\\|"));
    lines << QStringLiteral("| %1 |").arg(cells.join(QStringLiteral(" | ")));
  }
  return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ResultsModel::toCsv() const {
  // Plain numbers (accuracies as fractions) so a spreadsheet can compute with them.
  // Over seeds: the measured columns hold means, and each gets its sd column at the end.
  const auto number = [](const QVariant& value) {
    return value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 10) : value.toString();
  };
  QStringList header;
  for (int c = 0; c < ColumnCount; ++c)
    header << csvField(headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
  if (overSeeds_)
    for (int c = SourceAccuracy; c <= Speed; ++c)
      header << csvField(tr("%1 sd").arg(headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()));
  QStringList lines{header.join(QLatin1Char(','))};
  for (const RunPtr& run : rows_) {
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
      cells << csvField(number(shownValue(*run, c)));
    if (overSeeds_) {
      const auto* runs = repeatsOf(*run);
      for (int c = SourceAccuracy; c <= Speed; ++c) {
        const std::vector<double> values = runs ? valuesOf(*runs, c) : std::vector<double>{};
        cells << (values.empty() ? QString() : QString::number(spreadOf(values).sd, 'g', 10));
      }
    }
    lines << cells.join(QLatin1Char(','));
  }
  return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace twb::ui
