#include "lessons/LessonsPage.h"

#include "lessons/LessonLibrary.h"

#include <QEvent>
#include <QCommandLinkButton>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace twb::ui {

LessonsPage::LessonsPage(QWidget* parent) : QWidget(parent) {
  lessons_ = builtInLessons();
  auto* outer = new QVBoxLayout(this);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  outer->addWidget(scroll);
  auto* content = new QWidget(scroll);
  auto* layout = new QVBoxLayout(content);
  heading_ = new QLabel(content);
  intro_ = new QLabel(content);
  intro_->setWordWrap(true);
  layout->addWidget(heading_);
  layout->addWidget(intro_);
  // One column of cards whose descriptions wrap: the central area is narrow at 1280x720.
  for (std::size_t i = 0; i < lessons_.size(); ++i) {
    auto* button = new QCommandLinkButton(content);
    button->setObjectName(QStringLiteral("lessonCard%1").arg(lessons_[i].number));
    // Its title does not wrap: without this its width would set the window's on a
    // projector (presenter mode's larger text); the page scrolls sideways instead.
    button->setMinimumWidth(240);
    const int index = static_cast<int>(i);
    connect(button, &QPushButton::clicked, this, [this, index] { emit lessonChosen(lessons_[static_cast<std::size_t>(index)]); });
    layout->addWidget(button);
    buttons_.push_back(button);
  }
  openFile_ = new QPushButton(content);
  openFile_->setObjectName(QStringLiteral("openLessonFile"));
  connect(openFile_, &QPushButton::clicked, this, &LessonsPage::openLessonFileRequested);
  layout->addWidget(openFile_, 0, Qt::AlignLeft);
  layout->addStretch(1);
  scroll->setWidget(content);
  applyFonts();
  retranslateUi();
}

QPushButton* LessonsPage::lessonButton(int index) const {
  return index >= 0 && index < static_cast<int>(buttons_.size()) ? buttons_[static_cast<std::size_t>(index)] : nullptr;
}

void LessonsPage::applyFonts() {
  // From the window's font each time: presenter mode enlarges it, and the heading with it.
  QFont big = font();
  big.setPointSizeF(big.pointSizeF() * 1.6);
  big.setBold(true);
  heading_->setFont(big);
}

void LessonsPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::FontChange)
    applyFonts();
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void LessonsPage::retranslateUi() {
  heading_->setText(tr("Lessons"));
  intro_->setText(tr("The lecture on transfer learning, one lesson per part. Each opens its prepared experiment, "
                     "runs it in a few minutes on this computer, points at what to watch, and afterwards says what "
                     "the run's own numbers show."));
  const std::string language = lessonLanguage();
  for (std::size_t i = 0; i < buttons_.size(); ++i) {
    const twb::Lesson& l = lessons_[i];
    auto* card = static_cast<QCommandLinkButton*>(buttons_[i]);
    card->setText(tr("%1. %2").arg(l.number).arg(QString::fromStdString(l.title.in(language))));
    card->setDescription(tr("%1 About %2 min.").arg(QString::fromStdString(l.summary.in(language))).arg(l.minutes));
  }
  openFile_->setText(tr("Open a lesson file…"));
}

} // namespace twb::ui
