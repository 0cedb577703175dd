#pragma once
// The Lessons start page (the window's first tab): the lecture's seven parts as
// lessons, each with what it shows and how long its runs take, and a button to open a
// lesson file a teacher wrote. Choosing one only announces it (lessonChosen).
#include "lessons/Lesson.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;

namespace twb::ui {

class LessonsPage : public QWidget {
  Q_OBJECT

public:
  explicit LessonsPage(QWidget* parent = nullptr);

  const std::vector<twb::Lesson>& lessons() const { return lessons_; }
  QPushButton* lessonButton(int index) const;

signals:
  void lessonChosen(const twb::Lesson& lesson);
  void openLessonFileRequested();

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void applyFonts();

  std::vector<twb::Lesson> lessons_;
  std::vector<QPushButton*> buttons_;
  QLabel* heading_ = nullptr;
  QLabel* intro_ = nullptr;
  QPushButton* openFile_ = nullptr;
};

} // namespace twb::ui
