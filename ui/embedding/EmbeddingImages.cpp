#include "embedding/EmbeddingImages.h"

#include "common/Translate.h"

#include <QCoreApplication>
#include <QIcon>
#include <QListWidget>
#include <QPixmap>

namespace twb::ui {

namespace {
QString className(const twb::EmbeddingData& d, int cls) {
  return cls >= 0 && static_cast<std::size_t>(cls) < d.classNames.size()
             ? QString::fromStdString(d.classNames[static_cast<std::size_t>(cls)])
             : QString::number(cls);
}
} // namespace

QImage thumbnailImage(const twb::EmbeddingData& d, std::size_t i) {
  const int side = d.thumbSide;
  return QImage(d.thumbnail(i), side, side, side * 3, QImage::Format_RGB888).copy();
}

QString domainName(const twb::EmbeddingData& d, twb::EmbeddingDomain domain) {
  switch (domain) {
  case twb::EmbeddingDomain::Source:
    return d.isZeroShot() ? tr("%1 images").arg(QString::fromStdString(d.source.dataset))
                          : tr("source (%1)").arg(QString::fromStdString(d.source.dataset));
  case twb::EmbeddingDomain::Target:
    return tr("target (%1)").arg(QString::fromStdString(d.target.dataset));
  case twb::EmbeddingDomain::Description:
    break;
  }
  return tr("class embeddings g(y)");
}

bool isUnseenClass(const twb::EmbeddingData& d, int cls) {
  return cls >= 0 && static_cast<std::size_t>(cls) < d.unseen.size() && d.unseen[static_cast<std::size_t>(cls)];
}

QString classLabel(const twb::EmbeddingData& d, int cls) {
  return isUnseenClass(d, cls) ? tr("%1 (unseen)").arg(className(d, cls)) : className(d, cls);
}

QString pointDescription(const twb::EmbeddingData& d, std::size_t i) {
  const int label = d.labels[i], pred = d.predictions[i];
  if (d.domains[i] == twb::EmbeddingDomain::Description)
    return QStringLiteral("<b>%1</b><br>%2<br><small>%3</small>")
        .arg(tr("class embedding g(y)"), classLabel(d, label),
             isUnseenClass(d, label) ? tr("described, never seen in training") : tr("seen in training"));
  const QString predicted =
      label == pred
          ? tr("predicted %1").arg(className(d, pred))
          : QStringLiteral("<span style='color:#c00000'>%1</span>").arg(tr("predicted %1").arg(className(d, pred)));
  return QStringLiteral("<b>%1</b><br>%2<br>%3<br><small>%4</small>")
      .arg(tr("label %1").arg(classLabel(d, label)), domainName(d, d.domains[i]), predicted,
           tr("%1 image #%2").arg(QString::fromStdString(d.split)).arg(d.splitIndex[i]));
}

int fillThumbnailList(QListWidget& list, const twb::EmbeddingData& d, const std::vector<std::size_t>& points, int cap) {
  list.clear();
  int shown = 0;
  for (std::size_t i : points) {
    if (shown >= cap)
      break;
    const auto domain = d.domains[i];
    const QString mark = domain == twb::EmbeddingDomain::Description ? QStringLiteral(" ★")
                         : d.isZeroShot()                            ? QString()
                         : domain == twb::EmbeddingDomain::Source    ? QStringLiteral(" ●")
                                                                     : QStringLiteral(" ▲");
    auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(thumbnailImage(d, i).scaled(56, 56))),
                                     classLabel(d, d.labels[i]) + mark);
    item->setData(Qt::UserRole, static_cast<qulonglong>(i));
    QString tip = pointDescription(d, i);
    item->setToolTip(tip);
    list.addItem(item);
    ++shown;
  }
  return shown;
}

} // namespace twb::ui
