// The window's lessons and presenter mode (issue #23): the start page and the Lesson
// dock wired to the run queue and the layer sweep, what a lesson's Show links outline,
// its handout, and the docks presenter mode keeps. The rest of the window is in
// MainWindow.cpp.
#include "window/MainWindow.h"

#include "common/MessageBoxes.h"
#include "common/CoreText.h"
#include "comparison/MethodComparisonPanel.h"
#include "confusion/ConfusionPanel.h"
#include "curves/CurvesView.h"
#include "embedding/EmbeddingPanel.h"
#include "experiment/ExperimentDocument.h"
#include "lessons/Highlight.h"
#include "lessons/LessonLibrary.h"
#include "lessons/LessonPanel.h"
#include "lessons/LessonsPage.h"
#include "model/LayerSweepPlot.h"
#include "model/ModelPanel.h"
#include "report/ReportExport.h"
#include "results/RunList.h"
#include "results/RunOverlayView.h"
#include "run/RunQueue.h"
#include "translation/TranslationPanel.h"
#include "window/ExamplesMenu.h"
#include "window/PresenterMode.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QTabWidget>
#include <QToolBar>

#include <qcustomplot.h>

#include <map>

namespace twb::ui {

void MainWindow::createLessons() {
  presenter_ = std::make_unique<PresenterMode>(this, lessonDocks(), [this] { curves_->restyle(); });
  const auto& lessons = lessonsPage_->lessons();
  for (std::size_t i = 0; i < lessons.size(); ++i) {
    QAction* action = lessonsMenu_->addAction(QString());
    action->setObjectName(QStringLiteral("actionLesson%1").arg(lessons[i].number));
    action->setData(static_cast<int>(i));
    connect(action, &QAction::triggered, this, [this, i] { openLesson(lessonsPage_->lessons()[i]); });
  }
  lessonsMenu_->addSeparator();
  lessonsMenu_->addAction(openLessonAction_);
  connect(openLessonAction_, &QAction::triggered, lessonsPage_, &LessonsPage::openLessonFileRequested);
  connect(lessonsPage_, &LessonsPage::lessonChosen, this, &MainWindow::openLesson);
  connect(lessonsPage_, &LessonsPage::openLessonFileRequested, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Lesson File"), QString(),
                                                      tr("Lessons (*.json);;All files (*)"));
    if (path.isEmpty())
      return;
    try {
      openLesson(readLessonFile(path));
    } catch (const std::exception& error) {
      showError(this, tr("Cannot open the lesson"), errorText(error));
    }
  });
  connect(lessonPanel_, &LessonPanel::runRequested, this, &MainWindow::runLesson);
  connect(lessonPanel_, &LessonPanel::showRequested, this, &MainWindow::showLessonTarget);
  connect(lessonPanel_, &LessonPanel::handoutRequested, this, [this] {
    const QString path = ReportExport::askReportPath(this, tr("Lesson Handout"), QStringLiteral("lesson.html"));
    if (!path.isEmpty())
      writeLessonHandout(path);
  });
  connect(lessonPanel_, &LessonPanel::backToLessons, this, [this] { centralTabs_->setCurrentWidget(lessonsPage_); });
  connect(lessonPanel_, &LessonPanel::openExperimentRequested, this, [this](const QString& name) {
    if (!document_->maybeSave())
      return;
    try {
      document_->reset(readExample(QStringLiteral(":/experiments/") + name));
    } catch (const std::exception& error) {
      showError(this, tr("Cannot open the example"), errorText(error));
    }
  });
  // What the lesson's runs write comes back to it, the lead and each baseline.
  connect(queue_, &RunQueue::runFinished, this, [this](const QString& dir, int index) {
    if (lessonRun_ >= 0)
      lessonPanel_->runWritten(dir, index);
  });
  connect(queue_, &RunQueue::batchEnded, this, [this] {
    if (lessonRun_ >= 0 && !modelPanel_->isSweeping()) {
      lessonRun_ = -1;
      lessonPanel_->runEnded();
      lessonDock_->raise();
    }
  });
  connect(modelPanel_, &ModelPanel::sweepFinished, this, [this] {
    if (lessonRun_ >= 0) {
      lessonRun_ = -1;
      lessonPanel_->runEnded(modelPanel_->lastSweepNumbers());
    }
  });
  centralTabs_->setCurrentWidget(lessonsPage_);
}

void MainWindow::openLesson(const twb::Lesson& lesson) {
  if (isRunning() || queue_->isActive() || modelPanel_->isSweeping())
    return;
  lessonPanel_->setLesson(lesson);
  const bool wasHidden = lessonDock_->isHidden();
  if (wasHidden && !lessonDock_->isFloating() && tabifiedDockWidgets(lessonDock_).isEmpty() &&
      !experimentDock_->isHidden() && !experimentDock_->isFloating())
    tabifyDockWidget(experimentDock_, lessonDock_);
  lessonDock_->show();
  lessonDock_->raise();
  // The lesson's first experiment, so its recipe is in view before anything runs.
  if (!lesson.runs.empty() && document_->maybeSave()) {
    try {
      document_->reset(lessonExperiment(lesson, lesson.runs.front()));
    } catch (const std::exception& error) {
      showError(this, tr("Cannot open the lesson's experiment"), errorText(error));
    }
  }
  centralTabs_->setCurrentWidget(curves_);
  if (isPresenting()) { // the new lesson's panels
    presenter_->leave();
    presenter_->enter(presenterPanels());
  }
}

void MainWindow::runLesson(int index) {
  const twb::Lesson* lesson = lessonPanel_->lesson();
  if (!lesson || index < 0 || index >= static_cast<int>(lesson->runs.size()) || isRunning() || queue_->isActive() ||
      modelPanel_->isSweeping())
    return;
  const twb::LessonRun& run = lesson->runs[static_cast<std::size_t>(index)];
  twb::Experiment e;
  try {
    e = lessonExperiment(*lesson, run, lessonPanel_->runDirs());
  } catch (const std::exception& error) {
    showError(this, tr("Cannot open the lesson's experiment"), errorText(error));
    return;
  }
  if (!document_->maybeSave())
    return;
  document_->reset(e);
  lessonRun_ = index;
  lessonPanel_->runStarted(index);
  if (run.kind == twb::LessonRunKind::Sweep) {
    modelPanel_->setCopyLast(run.copyLast);
    modelDock_->show();
    modelDock_->raise();
    modelPanel_->startSweep();
    if (!modelPanel_->isSweeping()) { // refused
      lessonRun_ = -1;
      lessonPanel_->runEnded();
    }
    return;
  }
  batchLeadDir_.clear(); // as in startRun
  queue_->start(e, runsDirectory(), run.baselines, run.baselineMethods);
}

// The docks by the names lesson files use ("dock:model"): what a lesson can raise, and
// what presenter mode keeps or closes.
std::map<std::string, QDockWidget*> MainWindow::lessonDocks() const {
  return {
      {"dock:experiment", experimentDock_}, {"dock:log", runLogDock_},
      {"dock:datasets", datasetsDock_},     {"dock:runs", runsDock_},
      {"dock:zeroshot", zeroShotDock_},     {"dock:model", modelDock_},
      {"dock:lesson", lessonDock_},
  };
}

QWidget* MainWindow::showLessonTarget(const QString& target) {
  const std::map<QString, QWidget*> tabs = {{QStringLiteral("tab:curves"), curves_},
                                            {QStringLiteral("tab:compare"), overlay_},
                                            {QStringLiteral("tab:embedding"), embedding_},
                                            {QStringLiteral("tab:confusion"), confusion_},
                                            {QStringLiteral("tab:comparison"), methodComparison_},
                                            {QStringLiteral("tab:translation"), translation_}};
  const std::map<std::string, QDockWidget*> docks = lessonDocks();
  if (auto tab = tabs.find(target); tab != tabs.end()) {
    centralTabs_->setCurrentWidget(tab->second);
    return flashHighlight(tab->second);
  }
  if (auto dock = docks.find(target.toStdString()); dock != docks.end()) {
    dock->second->show();
    dock->second->raise();
    return flashHighlight(dock->second);
  }
  if (target == QLatin1String("button:start"))
    return flashHighlight(toolBar_->widgetForAction(startAction_));
  if (target == QLatin1String("model:sweep")) {
    modelDock_->show();
    modelDock_->raise();
    return flashHighlight(modelPanel_->sweepPlot());
  }
  if (target.startsWith(QLatin1String("curve:"))) {
    // The plot of the three that draws this metric, outlined on its own.
    centralTabs_->setCurrentWidget(curves_);
    const std::string metric = target.mid(6).toStdString();
    curves_->setCurveVisible(metric, true);
    const QRect area = curves_->panel(panelFor(metric))->outerRect();
    return flashHighlight(curves_->plot(), area);
  }
  return nullptr;
}

bool MainWindow::writeLessonHandout(const QString& path) {
  std::vector<RunPtr> runs;
  for (const std::string& dir : lessonPanel_->writtenRuns())
    if (RunPtr run = runList_->addRunDirectory(QString::fromStdString(dir)))
      runs.push_back(run);
  if (runs.empty())
    return false;
  const std::string title = lessonPanel_->titleText().toStdString();
  const std::string html = lessonPanel_->handoutHtml().toStdString();
  return reportExport_->exportInput(path, [runs, title, html] {
    report::ReportInput input = report::reportInputForRuns(runs, runs);
    input.title = title;
    input.lessonHtml = html;
    return input;
  });
}

std::vector<std::string> MainWindow::presenterPanels() const {
  // With a lesson open, its panels beside it and nothing else; without one, what is open.
  const twb::Lesson* lesson = lessonPanel_->lesson();
  if (!lesson || lessonDock_->isHidden())
    return {};
  std::vector<std::string> keep = lesson->panels;
  keep.push_back("dock:lesson");
  return keep;
}

bool MainWindow::isPresenting() const {
  return presenter_ && presenter_->isActive();
}

void MainWindow::setPresenterMode(bool on) {
  if (on == isPresenting())
    return;
  if (on) {
    presenter_->enter(presenterPanels());
  } else {
    presenter_->leave();
  }
}

} // namespace twb::ui
