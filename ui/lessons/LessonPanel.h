#pragma once
// The Lesson dock: one lesson as a teacher walks it. Its explanation with the formula,
// a Run button per prepared experiment (the experiment and its baselines, or a layer
// sweep), what to click, what to look at while it runs (each a link that raises and
// outlines that part of the window), and after the runs "what just happened", written
// from the numbers these runs wrote (LessonNumbers), then the question for the class.
// The panel only asks; the window runs (runRequested) and reports back.
#include "lessons/Lesson.h"
#include "lessons/LessonNumbers.h"

#include <QElapsedTimer>
#include <QWidget>

#include <map>
#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

namespace twb::ui {

class LessonPanel : public QWidget {
  Q_OBJECT

public:
  explicit LessonPanel(QWidget* parent = nullptr);

  void setLesson(const twb::Lesson& lesson);
  const twb::Lesson* lesson() const { return hasLesson_ ? &lesson_ : nullptr; }

  // The window's reports on the run it started for runRequested(index).
  void runStarted(int index);
  // A finished run of that batch: the lead (batchIndex 0) or a baseline, named by its method.
  void runWritten(const QString& runDir, int batchIndex);
  // The batch or sweep ended (finished or stopped); `numbers` are a sweep's, named
  // without the run's id ("scratch", "frozen1", ...).
  void runEnded(const twb::LessonNumbers& sweepNumbers = {});

  // What the runs of this lesson have written so far, by name ("dann.target_test_acc").
  const twb::LessonNumbers& numbers() const { return numbers_; }
  // "What just happened": the findings whose condition holds, numbers filled in.
  QStringList findings() const;
  QTextBrowser* browser() const { return browser_; }
  QPushButton* runButton(int index) const;
  int activeRun() const { return active_; }
  // Every run folder the lesson's runs wrote (leads and baselines), in order.
  const std::vector<std::string>& writtenRuns() const { return written_; }
  // The lesson for a handout: its explanation, what just happened and the question.
  QString handoutHtml() const;
  QString titleText() const;
  // The folder each of the lesson's runs wrote its lead run to, by the run's id.
  const std::map<std::string, std::string>& runDirs() const { return runDirs_; }
  // Seconds the lesson's runs took, each from its Run press to its end (0: not run).
  double secondsOf(int index) const;

signals:
  void runRequested(int index);
  void showRequested(const QString& target);
  void openExperimentRequested(const QString& experiment); // the full-length recipe
  void backToLessons();
  void handoutRequested();

protected:
  void changeEvent(QEvent* event) override;

private:
  void rebuildButtons();
  void applyFonts();
  void render();
  void retranslateUi();

  twb::Lesson lesson_;
  bool hasLesson_ = false;
  twb::LessonNumbers numbers_;
  std::vector<double> seconds_;
  int active_ = -1;
  std::string leadMethod_; // the method of the active run's lead
  std::map<std::string, std::string> runDirs_;
  QElapsedTimer clock_;
  QLabel* title_ = nullptr;
  QPushButton* back_ = nullptr;
  QPushButton* handout_ = nullptr;
  std::vector<std::string> written_;
  QWidget* buttonsBox_ = nullptr;
  QVBoxLayout* buttons_ = nullptr;
  std::vector<QPushButton*> runButtons_;
  QTextBrowser* browser_ = nullptr;
};

} // namespace twb::ui
