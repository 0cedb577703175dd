#include "confusion/ConfusionCellImages.h"

#include "datasets/SampleGridView.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QStyle>
#include <QVBoxLayout>

namespace twb::ui {
namespace {
constexpr int kThumbnail = 42; // 1.5x a 28x28 digit: still crisp, many to a row
constexpr int kColumns = 3;    // the column beside the matrices, until its splitter is dragged
} // namespace

ConfusionCellImages::ConfusionCellImages(QWidget* parent) : QWidget(parent) {
  caption_ = new QLabel(this);
  caption_->setObjectName(QStringLiteral("confusionCaption"));
  caption_->setTextFormat(Qt::PlainText);
  caption_->setWordWrap(true); // a narrow column beside the matrices
  list_ = new QListWidget(this);
  list_->setObjectName(QStringLiteral("confusionImages"));
  list_->setViewMode(QListView::IconMode);
  list_->setIconSize(QSize(kThumbnail, kThumbnail));
  list_->setGridSize(QSize(kThumbnail + 4, kThumbnail + 4));
  list_->setResizeMode(QListView::Adjust);
  list_->setMovement(QListView::Static);
  list_->setUniformItemSizes(true);
  list_->setSelectionMode(QAbstractItemView::NoSelection);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  layout->addWidget(caption_);
  layout->addWidget(list_, 1);
  retranslateUi();
}

void ConfusionCellImages::showCell(const RunConfusionPtr& confusion, const QString& runName, int truth, int predicted) {
  confusion_ = confusion;
  runName_ = runName;
  truth_ = truth;
  predicted_ = predicted;
  list_->clear();
  const twb::RunPredictions& p = confusion->predictions;
  // Built off screen and added at once: a diagonal cell can hold a thousand images.
  list_->setUpdatesEnabled(false);
  for (const std::size_t i :
       confusion->matrix.images[static_cast<std::size_t>(truth)][static_cast<std::size_t>(predicted)]) {
    const QImage image = SampleGridView::toImage(p.images, i).scaled(kThumbnail, kThumbnail);
    auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(image)), QString());
    item->setData(Qt::UserRole, static_cast<qulonglong>(i));
    item->setData(kTruthRole, static_cast<qlonglong>(p.truth(i)));
    item->setData(kPredictedRole, static_cast<qlonglong>(p.predicted[i]));
    list_->addItem(item);
  }
  list_->setUpdatesEnabled(true);
  retranslateUi();
}

void ConfusionCellImages::clear() {
  confusion_.reset();
  list_->clear();
  retranslateUi();
}

QSize ConfusionCellImages::sizeHint() const {
  const int width = kColumns * list_->gridSize().width() + 2 * list_->frameWidth() +
                    style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
  return {width, QWidget::sizeHint().height()};
}

QSize ConfusionCellImages::minimumSizeHint() const {
  return {list_->gridSize().width() + 2 * list_->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4,
          caption_->fontMetrics().height() * 2 + list_->gridSize().height()};
}

QString ConfusionCellImages::caption() const {
  return caption_->text();
}

void ConfusionCellImages::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void ConfusionCellImages::retranslateUi() {
  if (!confusion_) {
    caption_->setText(tr("Click a cell of a matrix to see its images."));
    return;
  }
  const auto& classes = confusion_->matrix.classes;
  const auto name = [&classes](const QVariant& index) {
    return QString::fromStdString(classes[static_cast<std::size_t>(index.toLongLong())]);
  };
  const int count = list_->count();
  for (int row = 0; row < count; ++row) {
    QListWidgetItem* item = list_->item(row);
    item->setToolTip(tr("true %1, predicted %2 (image %3 of %4)")
                         .arg(name(item->data(kTruthRole)), name(item->data(kPredictedRole)))
                         .arg(item->data(Qt::UserRole).toULongLong() + 1)
                         .arg(QString::fromStdString(confusion_->predictions.spec)));
  }
  caption_->setText(tr("%1: true %2 → predicted %3 · %4")
                        .arg(runName_, QString::fromStdString(classes[static_cast<std::size_t>(truth_)]),
                             QString::fromStdString(classes[static_cast<std::size_t>(predicted_)]),
                             count == 1 ? tr("1 image") : tr("%1 images").arg(count)));
}

} // namespace twb::ui
