#include "embedding/DescribeClassBox.h"

#include "common/CoreText.h"

#include "zeroshot/ClassDescriptions.h"
#include "zeroshot/DescribeClass.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

#include <exception>
#include <utility>

namespace twb::ui {

DescribeClassBox::DescribeClassBox(QWidget* parent) : QGroupBox(parent) {
  setObjectName(QStringLiteral("embeddingDescribeBox"));
  edit_ = new QLineEdit(this);
  edit_->setObjectName(QStringLiteral("embeddingDescribeEdit"));
  edit_->setClearButtonEnabled(true);
  find_ = new QPushButton(this);
  find_->setObjectName(QStringLiteral("embeddingDescribeButton"));
  hint_ = new QLabel(this);
  hint_->setWordWrap(true);
  hint_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* row = new QHBoxLayout;
  row->addWidget(edit_, 1);
  row->addWidget(find_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(row);
  layout->addWidget(hint_);
  hide();
  connect(find_, &QPushButton::clicked, this, [this] { describe(edit_->text()); });
  connect(edit_, &QLineEdit::returnPressed, this, [this] { describe(edit_->text()); });
}

void DescribeClassBox::setFeatures(EmbeddingPtr features) {
  features_ = std::move(features);
  showingError_ = false;
}

void DescribeClassBox::retranslateUi() {
  setTitle(tr("Describe a new class"));
  find_->setText(tr("Find"));
  edit_->setPlaceholderText(tr("attributes, e.g. red circle filled=0.5"));
  updateBox();
}

void DescribeClassBox::updateBox() {
  const bool zeroShot = features_ && features_->isZeroShot();
  setVisible(zeroShot);
  if (!zeroShot)
    return;
  const auto& dims = features_->descriptionDimensions;
  const bool words = twb::areWordVectorDimensions(dims);
  edit_->setPlaceholderText(words
                                ? tr("one or more words, e.g. winter boot")
                                : tr("attributes, e.g. %1 %2=0.5")
                                      .arg(QString::fromStdString(dims.front()), QString::fromStdString(dims.back())));
  if (showingError_)
    return;
  QStringList names;
  for (const auto& a : dims)
    names << QString::fromStdString(a);
  hint_->setText(words
                     ? tr("<small>Its embedding g is the run's map of the words' mean vector; the %1 images nearest it "
                          "are ringed and listed.</small>")
                           .arg(kDescribedImages)
                     : tr("<small>Attributes (1 when named, or name=value, or one number each): %1. Its embedding g(a) "
                          "is the run's learned map; the %2 images nearest it are ringed and listed.</small>")
                           .arg(names.join(QStringLiteral(", ")).toHtmlEscaped())
                           .arg(kDescribedImages));
}

QString DescribeClassBox::describe(const QString& text) {
  if (!features_ || !features_->isZeroShot())
    return tr("Embed the joint layer of a zero-shot run first.");
  std::vector<std::size_t> nearest;
  try {
    const auto g = twb::embedDescription(*features_, twb::parseDescription(*features_, text.toStdString()));
    nearest = twb::imagesNearest(*features_, g, kDescribedImages);
  } catch (const std::exception& e) {
    const QString message = errorText(e);
    showingError_ = true;
    hint_->setText(QStringLiteral("<span style='color:#c00000'>%1</span>").arg(message.toHtmlEscaped()));
    return message;
  }
  showingError_ = false;
  updateBox();
  emit placed(nearest, tr("new: %1").arg(text.simplified()));
  return {};
}

} // namespace twb::ui
