#include "embedding/PinnedEmbedding.h"

#include "embedding/EmbeddingScatter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace twb::ui {

PinnedEmbedding::PinnedEmbedding(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("pinnedEmbedding"));
  caption_ = new QLabel(this);
  caption_->setObjectName(QStringLiteral("pinnedCaption"));
  caption_->setWordWrap(true);
  caption_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  close_ = new QToolButton(this);
  close_->setObjectName(QStringLiteral("unpinButton"));
  close_->setAutoRaise(true);
  close_->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
  connect(close_, &QToolButton::clicked, this, &PinnedEmbedding::unpin);
  scatter_ = new EmbeddingScatter(this);
  scatter_->setObjectName(QStringLiteral("pinnedScatter"));

  auto* top = new QHBoxLayout;
  top->addWidget(caption_, 1);
  top->addWidget(close_, 0, Qt::AlignTop);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(top);
  layout->addWidget(scatter_, 1);
  retranslateUi();
  hide();
}

void PinnedEmbedding::pin(EmbeddingPtr data, const std::vector<float>& coords, std::function<QString()> caption) {
  scatter_->setData(std::move(data));
  scatter_->setLayout(coords);
  scatter_->fitView();
  captionText_ = std::move(caption);
  caption_->setText(captionText_());
  show();
}

void PinnedEmbedding::unpin() {
  hide();
  scatter_->setData(nullptr);
  captionText_ = nullptr;
  caption_->clear();
  emit unpinned();
}

QString PinnedEmbedding::caption() const {
  return caption_->text();
}

void PinnedEmbedding::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void PinnedEmbedding::retranslateUi() {
  close_->setToolTip(tr("Remove the pinned map"));
  if (captionText_)
    caption_->setText(captionText_());
}

} // namespace twb::ui
