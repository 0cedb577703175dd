#include "translation/TranslationDetail.h"

#include "translation/PixelImagesView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace twb::ui {

TranslationDetail::TranslationDetail(QWidget* parent) : QWidget(parent) {
  caption_ = new QLabel(this);
  caption_->setObjectName(QStringLiteral("translationCaption"));
  caption_->setTextFormat(Qt::PlainText);
  caption_->setWordWrap(true);
  close_ = new QToolButton(this);
  close_->setObjectName(QStringLiteral("translationClose"));
  close_->setAutoRaise(true);
  close_->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
  connect(close_, &QToolButton::clicked, this, &TranslationDetail::closeRequested);
  auto* head = new QHBoxLayout;
  head->addWidget(caption_, 1);
  head->addWidget(close_, 0, Qt::AlignTop);
  inputView_ = new PixelImagesView(this);
  inputView_->setObjectName(QStringLiteral("translationInput"));
  inputView_->setCellRange(28, 112);
  outputsView_ = new PixelImagesView(this);
  outputsView_->setObjectName(QStringLiteral("translationOutputs"));
  outputsView_->setCellRange(28, 112);
  backView_ = new PixelImagesView(this);
  backView_->setObjectName(QStringLiteral("translationBack"));
  backView_->setCellRange(28, 112);
  images_ = new QHBoxLayout;
  images_->setSpacing(10);
  images_->addWidget(inputView_, 1);
  images_->addWidget(outputsView_, 3);
  images_->addWidget(backView_, 1);

  otherStyles_ = new QPushButton(this);
  otherStyles_->setObjectName(QStringLiteral("otherStylesButton"));
  styleFrom_ = new QPushButton(this);
  styleFrom_->setObjectName(QStringLiteral("styleFromImageButton"));
  styleFrom_->setCheckable(true);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(otherStyles_);
  buttons->addWidget(styleFrom_);
  buttons->addStretch(1);
  connect(otherStyles_, &QPushButton::clicked, this, &TranslationDetail::otherStylesRequested);
  connect(styleFrom_, &QPushButton::toggled, this, [this](bool on) {
    updateTexts();
    emit pickStyleToggled(on);
  });

  // The image whose style is taken, and the input in that style, side by side.
  styleView_ = new PixelImagesView(this);
  styleView_->setObjectName(QStringLiteral("translationStyled"));
  styleView_->setCellRange(28, 84);

  hint_ = new QLabel(this);
  hint_->setObjectName(QStringLiteral("translationHint"));
  hint_->setWordWrap(true);
  hint_->setForegroundRole(QPalette::PlaceholderText);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 0, 0, 0);
  layout->setSpacing(4);
  layout->addLayout(head);
  layout->addLayout(images_, 3);
  layout->addLayout(buttons);
  layout->addWidget(styleView_, 2);
  layout->addWidget(hint_);
  layout->addStretch(0);
  clear();
}

void TranslationDetail::clear() {
  input_ = {};
  what_.clear();
  error_.clear();
  translated_ = false;
  step_ = -1;
  inputView_->setImages({});
  outputsView_->setImages({});
  backView_->setImages({});
  styleView_->setImages({});
  updateTexts();
}

void TranslationDetail::showInput(const QImage& input, const QString& what, const QString& from, const QString& to) {
  input_ = input;
  what_ = what;
  from_ = from;
  to_ = to;
  error_.clear();
  translated_ = false;
  inputView_->setImages({input});
  outputsView_->setImages({});
  backView_->setImages({});
  styleView_->setImages({});
  updateTexts();
}

void TranslationDetail::showTranslations(const std::vector<QImage>& outputs, const QImage& back, bool multimodal,
                                         std::uint64_t seed, std::int64_t step) {
  multimodal_ = multimodal;
  seed_ = seed;
  step_ = step;
  translated_ = true;
  error_.clear();
  outputsView_->setImages(outputs);
  backView_->setImages(back.isNull() ? std::vector<QImage>{} : std::vector<QImage>{back});
  updateTexts();
}

void TranslationDetail::showStyled(const QImage& style, const QImage& result) {
  styleView_->setImages(result.isNull() ? std::vector<QImage>{style} : std::vector<QImage>{style, result});
  updateTexts();
}

void TranslationDetail::showError(const QString& message) {
  error_ = message;
  updateTexts();
}

void TranslationDetail::setPickingStyle(bool on) {
  styleFrom_->setChecked(on); // updateTexts, pickStyleToggled
}

bool TranslationDetail::isPickingStyle() const {
  return styleFrom_->isChecked();
}

const std::vector<QImage>& TranslationDetail::translations() const {
  return outputsView_->images();
}

QImage TranslationDetail::back() const {
  return backView_->images().empty() ? QImage() : backView_->images().front();
}

QImage TranslationDetail::styled() const {
  return styleView_->images().size() < 2 ? QImage() : styleView_->images()[1];
}

QString TranslationDetail::caption() const {
  return caption_->text();
}

void TranslationDetail::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    updateTexts();
  QWidget::changeEvent(event);
}

void TranslationDetail::updateTexts() {
  const bool shown = hasInput();
  caption_->setVisible(shown);
  inputView_->setVisible(shown);
  outputsView_->setVisible(shown);
  backView_->setVisible(shown && translated_ && !multimodal_);
  // One image each, as large as each other; or the input beside its row of styles.
  images_->setStretchFactor(outputsView_, multimodal_ ? 3 : 1);
  otherStyles_->setVisible(shown && multimodal_);
  styleFrom_->setVisible(shown && multimodal_);
  styleView_->setVisible(shown && multimodal_ && !styleView_->images().empty());

  if (shown) {
    caption_->setText(step_ >= 0 ? tr("%1 → %2 · model at step %3").arg(what_, to_, QLocale().toString(step_))
                                 : tr("%1 → %2").arg(what_, to_));
    inputView_->setTitle(from_);
    outputsView_->setTitle(
        multimodal_ ? tr("%1, %2 styles (seed %3)").arg(to_).arg(outputsView_->images().size()).arg(seed_) : to_);
    outputsView_->setPlaceholder(error_.isEmpty() ? tr("Translating…") : error_);
    backView_->setTitle(tr("back"));
    backView_->setToolTip(tr("The translation translated back into %1: the cycle that training asks to give the input "
                             "again")
                              .arg(from_));
    styleView_->setTitle(tr("the style of this %1 image, and the input in it").arg(to_));
  }
  close_->setToolTip(tr("Close: the grid takes the whole tab again"));
  otherStyles_->setText(tr("Other styles"));
  otherStyles_->setToolTip(tr("Draw new styles from the prior: the same content, drawn another way"));
  styleFrom_->setText(tr("Style of an image…"));
  styleFrom_->setToolTip(tr("Translate in the style of one image of %1: click one in the grid, or drop an image "
                            "file on this tab")
                             .arg(to_));
  if (!error_.isEmpty() && shown && translated_)
    hint_->setText(error_);
  else if (isPickingStyle())
    hint_->setText(tr("Click an image of %1 in the grid, or drop an image file here, to take its style.").arg(to_));
  else
    hint_->setText(tr("Click another image in the grid, or drop an image file on this tab."));
}

} // namespace twb::ui
