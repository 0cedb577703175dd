#include "embedding/EmbeddingLegend.h"

#include "embedding/EmbeddingImages.h"
#include "embedding/EmbeddingMap.h"
#include "embedding/EmbeddingScatter.h"
#include "embedding/PinnedEmbedding.h"

#include <QIcon>
#include <QPixmap>
#include <QSignalBlocker>

#include <utility>

namespace twb::ui {

namespace {

enum LegendRole { kLegendKind = Qt::UserRole + 1 };
// An item's kind: a class index, or one of these for a domain.
constexpr int kSourceItem = -1, kTargetItem = -2, kDescriptionItem = -3;

} // namespace

EmbeddingLegend::EmbeddingLegend(QWidget* parent) : QListWidget(parent) {
  setObjectName(QStringLiteral("embeddingLegend"));
  setIconSize(QSize(10, 10));
  connect(this, &QListWidget::itemChanged, this, &EmbeddingLegend::onItemChanged);
}

void EmbeddingLegend::fill(EmbeddingPtr features) {
  features_ = std::move(features);
  const QSignalBlocker block(this);
  clear();
  if (!features_)
    return;
  auto add = [this](const QString& text, const QPixmap& icon, int kind) {
    auto* item = new QListWidgetItem(QIcon(icon), text, this);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setData(kLegendKind, kind);
  };
  const twb::EmbeddingData& d = *features_;
  add(domainName(d, twb::EmbeddingDomain::Source), EmbeddingScatter::markerPixmap(-1, twb::EmbeddingDomain::Source, 10),
      kSourceItem);
  if (d.isZeroShot())
    add(domainName(d, twb::EmbeddingDomain::Description),
        EmbeddingScatter::markerPixmap(-1, twb::EmbeddingDomain::Description, 10), kDescriptionItem);
  else
    add(domainName(d, twb::EmbeddingDomain::Target),
        EmbeddingScatter::markerPixmap(-1, twb::EmbeddingDomain::Target, 10), kTargetItem);
  for (std::size_t c = 0; c < d.classNames.size(); ++c) {
    const int cls = static_cast<int>(c);
    add(tr("class %1").arg(classLabel(d, cls)),
        EmbeddingScatter::markerPixmap(
            cls, isUnseenClass(d, cls) ? EmbeddingScatter::Shape::Diamond : EmbeddingScatter::Shape::Disc, 10),
        cls);
  }
  if (map_->pinned()->isPinned()) // one legend, both maps: everything shown again
    applyTo(*map_->pinned()->scatter());
}

void EmbeddingLegend::onItemChanged(QListWidgetItem* item) {
  applyItem(*map_->scatter(), item);
  if (map_->pinned()->isPinned())
    applyItem(*map_->pinned()->scatter(), item);
}

void EmbeddingLegend::applyItem(EmbeddingScatter& scatter, const QListWidgetItem* item) const {
  const int kind = item->data(kLegendKind).toInt();
  const bool on = item->checkState() == Qt::Checked;
  if (kind == kSourceItem)
    scatter.setDomainVisible(twb::EmbeddingDomain::Source, on);
  else if (kind == kTargetItem)
    scatter.setDomainVisible(twb::EmbeddingDomain::Target, on);
  else if (kind == kDescriptionItem)
    scatter.setDomainVisible(twb::EmbeddingDomain::Description, on);
  else if (scatter.data() && features_ && scatter.data()->classNames == features_->classNames)
    scatter.setClassVisible(kind, on); // a class index means the same class in both maps only then
}

void EmbeddingLegend::applyTo(EmbeddingScatter& scatter) const {
  for (int i = 0; i < count(); ++i)
    applyItem(scatter, item(i));
}

} // namespace twb::ui
