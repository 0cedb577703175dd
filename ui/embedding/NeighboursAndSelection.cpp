#include "embedding/NeighboursAndSelection.h"

#include "embedding/EmbeddingImages.h"
#include "embedding/EmbeddingScatter.h"

#include <QLabel>
#include <QListWidget>
#include <QStringList>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <utility>

namespace twb::ui {

namespace {

constexpr int kSelectionCap = 400; // thumbnails shown for a rectangle selection

QListWidget* thumbnailList(QWidget* parent, const char* name) {
  auto* list = new QListWidget(parent);
  list->setObjectName(QString::fromLatin1(name));
  list->setViewMode(QListView::IconMode);
  list->setIconSize(QSize(56, 56));
  list->setGridSize(QSize(72, 84));
  list->setResizeMode(QListView::Adjust);
  list->setMovement(QListView::Static);
  list->setUniformItemSizes(true);
  return list;
}

} // namespace

NeighboursAndSelection::NeighboursAndSelection(EmbeddingScatter* live, QWidget* parent)
    : QTabWidget(parent), live_(live) {
  auto* nPage = new QWidget(this);
  auto* nLayout = new QVBoxLayout(nPage);
  neighbourTitle_ = new QLabel(nPage);
  neighbourTitle_->setWordWrap(true);
  neighbours_ = thumbnailList(nPage, "embeddingNeighbours");
  nLayout->addWidget(neighbourTitle_);
  nLayout->addWidget(neighbours_, 1);
  auto* sPage = new QWidget(this);
  auto* sLayout = new QVBoxLayout(sPage);
  selectionTitle_ = new QLabel(sPage);
  selectionTitle_->setWordWrap(true);
  selection_ = thumbnailList(sPage, "embeddingSelection");
  sLayout->addWidget(selectionTitle_);
  sLayout->addWidget(selection_, 1);
  addTab(nPage, QString());
  addTab(sPage, QString());
  setMinimumWidth(180); // two thumbnails abreast

  connect(live_, &EmbeddingScatter::pointClicked, this, &NeighboursAndSelection::showNeighbours);
  connect(live_, &EmbeddingScatter::pointsSelected, this, &NeighboursAndSelection::showSelection);
  connect(neighbours_, &QListWidget::itemClicked, this,
          [this](QListWidgetItem* item) { showNeighbours(item->data(Qt::UserRole).toInt()); });
}

void NeighboursAndSelection::retranslateUi() {
  setTabText(0, tr("Neighbours"));
  setTabText(1, tr("Selection"));
  if (neighbours_->count() == 0)
    neighbourTitle_->setText(tr("Click a point to list its nearest neighbours in feature space."));
  if (selection_->count() == 0)
    selectionTitle_->setText(tr("Shift+drag to lasso points, or drag a rectangle with the right button."));
}

void NeighboursAndSelection::clearLists() {
  neighbours_->clear();
  selection_->clear();
}

void NeighboursAndSelection::showNeighbours(int index) {
  const EmbeddingPtr data = live_->data();
  if (!data || index < 0 || static_cast<std::size_t>(index) >= data->n)
    return;
  const twb::EmbeddingData& d = *data;
  const auto i = static_cast<std::size_t>(index);
  std::vector<std::size_t> near(d.neighbours.begin() + static_cast<std::ptrdiff_t>(i * d.k),
                                d.neighbours.begin() + static_cast<std::ptrdiff_t>((i + 1) * d.k));
  fillThumbnailList(*neighbours_, d, near, static_cast<int>(near.size()));
  const auto other =
      std::count_if(near.begin(), near.end(), [&](std::size_t j) { return d.domains[j] != d.domains[i]; });
  const auto same = std::count_if(near.begin(), near.end(), [&](std::size_t j) { return d.labels[j] == d.labels[i]; });
  if (d.isZeroShot())
    neighbourTitle_->setText(tr("%1<br>Its %2 nearest neighbours in the joint space: %3 with the same label.")
                                 .arg(pointDescription(d, i).replace(QStringLiteral("<br>"), QStringLiteral(", ")))
                                 .arg(near.size())
                                 .arg(same));
  else
    neighbourTitle_->setText(tr("%1<br>Its %2 nearest neighbours in the %3 features: %4 from the other domain, %5 "
                                "with the same label.")
                                 .arg(pointDescription(d, i).replace(QStringLiteral("<br>"), QStringLiteral(", ")))
                                 .arg(near.size())
                                 .arg(QString::fromStdString(d.layer))
                                 .arg(other)
                                 .arg(same));
  live_->setHighlighted(near, index);
  setCurrentIndex(0);
}

void NeighboursAndSelection::showSelection(const std::vector<std::size_t>& points) {
  const EmbeddingPtr data = live_->data();
  if (!data)
    return;
  const int shown = fillThumbnailList(*selection_, *data, points, kSelectionCap);
  const auto targets = std::count_if(points.begin(), points.end(),
                                     [&](std::size_t j) { return data->domains[j] == twb::EmbeddingDomain::Target; });
  QString title = data->isZeroShot() ? tr("%1 points selected.").arg(points.size())
                                     : tr("%1 points selected: %2 source, %3 target.")
                                           .arg(points.size())
                                           .arg(static_cast<long long>(points.size()) - targets)
                                           .arg(targets);
  if (shown < static_cast<int>(points.size()))
    title += QLatin1Char(' ') + tr("The first %1 are shown.").arg(shown);
  selectionTitle_->setText(title);
  setCurrentIndex(1);
}

void NeighboursAndSelection::showDescribed(const std::vector<std::size_t>& nearest, const QString& label) {
  const EmbeddingPtr data = live_->data();
  if (!data)
    return;
  fillThumbnailList(*neighbours_, *data, nearest, static_cast<int>(nearest.size()));
  // Which classes the nearest images belong to, most frequent first.
  std::map<int, int> counts;
  for (std::size_t i : nearest)
    ++counts[data->labels[i]];
  std::vector<std::pair<int, int>> byCount(counts.begin(), counts.end());
  std::stable_sort(byCount.begin(), byCount.end(), [](auto& a, auto& b) { return a.second > b.second; });
  QStringList parts;
  for (const auto& [cls, count] : byCount)
    parts << QStringLiteral("%1 × %2").arg(count).arg(classLabel(*data, cls).toHtmlEscaped());
  neighbourTitle_->setText(tr("<b>%1</b><br>The %2 images nearest its embedding: %3.")
                               .arg(label.toHtmlEscaped())
                               .arg(nearest.size())
                               .arg(parts.join(QStringLiteral(", "))));
  setCurrentIndex(0);
}

} // namespace twb::ui
