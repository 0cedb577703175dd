#pragma once
// The main window: menus, toolbar, docks and status bar, and the wiring between
// them. The work is delegated: ExperimentDocument handles files, RunController runs,
// the panels and views show things.
#include "compare/Comparison.h"
#include "experiment/Experiment.h"
#include "lessons/Lesson.h"

#include <QByteArray>
#include <QMainWindow>

#include <map>
#include <memory>
#include <string>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QTabWidget;
class QToolBar;

namespace twb::ui {

class CurvesView;
class DatasetsPanel;
class ModelPanel;
class ConfusionPanel;
class EmbeddingPanel;
class ExperimentDocument;
class ExperimentModel;
class ExperimentPanel;
class LessonPanel;
class LessonsPage;
class MethodComparisonPanel;
class PresenterMode;
class ReportExport;
class RecentFiles;
class RunController;
class RunList;
class RunLogView;
class RunOverlayView;
class RunProgress;
class RunQueue;
class TranslationPanel;
class ZeroShotPanel;

class MainWindow : public QMainWindow {
  Q_OBJECT

public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Shows `experiment` as a new, unsaved document (what File > New does with the default).
  void setExperiment(const twb::Experiment& experiment);
  twb::Experiment experiment() const;
  // Opens an experiment file; a file that does not load is reported in a message box.
  bool openExperiment(const QString& path);

  bool isRunning() const;
  const RunController* runController() const { return run_; }
  ExperimentModel* experimentModel() const { return model_; }

  // Where runs started from the window are written.
  static QString runsDirectory();

  // Lessons: the start page, the Lesson dock, and what a lesson's links and Run buttons do.
  LessonsPage* lessonsPage() const { return lessonsPage_; }
  LessonPanel* lessonPanel() const { return lessonPanel_; }
  void openLesson(const twb::Lesson& lesson);
  void runLesson(int index);
  // Raises and outlines what a lesson names ("tab:curves", "dock:model", "curve:lambda");
  // returns the widget outlined, or nullptr for a name the window does not have.
  QWidget* showLessonTarget(const QString& target);
  QAction* presenterAction() const { return presenterAction_; }
  // The open lesson's handout (report/): its text, what its runs showed, their curves
  // and results, written on a worker thread; false when no run of it has finished.
  bool writeLessonHandout(const QString& path);
  ReportExport* reportExport() const { return reportExport_; }
  bool isPresenting() const;

protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;
  void showEvent(QShowEvent* event) override;

private:
  void createActions();
  void createMenus();
  void createToolBar();
  void createDocks();
  void createStatusBar();
  void connectDatasets();
  void connectRuns(); // the run queue, the Runs dock and the overlay plot
  void createLanguageMenu();
  void createLessons();
  std::map<std::string, QDockWidget*> lessonDocks() const;
  void setPresenterMode(bool on);
  std::vector<std::string> presenterPanels() const; // the docks presenter mode keeps
  QDockWidget* addPanel(QWidget* panel, const char* objectName, Qt::DockWidgetArea area);
  void restoreLayout();
  void saveLayout() const;
  void resetLayout();
  void applyDefaultDockSizes(); // the docks' default shares of the window's size
  void startRun();
  void resumeRun(); // Run > Resume Run…: a stopped or killed run goes on
  // The Curves tab and the Run Log show `run` as its run directory kept it.
  void showStoredRun(const RunPtr& run);
  // What they showed before a Start that was refused (a stored run, or nothing).
  void showPreviousRun();
  void onSelectionChanged();
  void onRunningChanged(bool running);
  void updateTitle();
  void updateUndoActions();
  void showAbout();
  void retranslateUi();

  ExperimentModel* model_ = nullptr;
  ExperimentPanel* panel_ = nullptr;
  CurvesView* curves_ = nullptr;
  RunLogView* runLog_ = nullptr;
  RunProgress* progress_ = nullptr;
  DatasetsPanel* datasets_ = nullptr;
  ModelPanel* modelPanel_ = nullptr;
  QDockWidget* modelDock_ = nullptr;
  RunOverlayView* overlay_ = nullptr;
  EmbeddingPanel* embedding_ = nullptr; // the Embedding tab
  ConfusionPanel* confusion_ = nullptr; // the Confusion tab
  MethodComparisonPanel* methodComparison_ = nullptr; // the Method comparison tab
  TranslationPanel* translation_ = nullptr; // the Translation tab
  RunList* runList_ = nullptr;
  QTabWidget* centralTabs_ = nullptr; // live curves | runs compared
  QDockWidget* runsDock_ = nullptr;
  QAction* runBaselinesAction_ = nullptr;
  RunQueue* queue_ = nullptr;
  QDockWidget* experimentDock_ = nullptr;
  QDockWidget* datasetsDock_ = nullptr;
  QDockWidget* runLogDock_ = nullptr;
  QToolBar* toolBar_ = nullptr;
  ZeroShotPanel* zeroShot_ = nullptr;
  QDockWidget* zeroShotDock_ = nullptr;
  LessonsPage* lessonsPage_ = nullptr;
  LessonPanel* lessonPanel_ = nullptr;
  QDockWidget* lessonDock_ = nullptr;
  QMenu* lessonsMenu_ = nullptr;
  QAction* openLessonAction_ = nullptr;
  QAction* presenterAction_ = nullptr;
  std::unique_ptr<PresenterMode> presenter_;
  ReportExport* reportExport_ = nullptr;
  int lessonRun_ = -1; // the lesson run the queue or the sweep is doing now

  QMenu* fileMenu_ = nullptr;
  QMenu* recentMenu_ = nullptr;
  QMenu* editMenu_ = nullptr;
  QMenu* viewMenu_ = nullptr;
  QMenu* runMenu_ = nullptr;
  QMenu* languageMenu_ = nullptr;
  QMenu* helpMenu_ = nullptr;
  QActionGroup* languageGroup_ = nullptr;
  QAction* systemLanguageAction_ = nullptr;

  QAction* newAction_ = nullptr;
  QAction* openAction_ = nullptr;
  QAction* saveAction_ = nullptr;
  QAction* saveAsAction_ = nullptr;
  QAction* quitAction_ = nullptr;
  QAction* startAction_ = nullptr;
  QAction* stopAction_ = nullptr;
  QAction* resumeAction_ = nullptr;
  QString lastStoppedRun_; // the run this window stopped last, offered first by Resume
  QAction* resetLayoutAction_ = nullptr;
  QAction* undoAction_ = nullptr;
  QAction* redoAction_ = nullptr;
  QAction* aboutAction_ = nullptr;
  QAction* aboutQtAction_ = nullptr;

  RecentFiles* recent_ = nullptr;
  ExperimentDocument* document_ = nullptr;
  RunController* run_ = nullptr;

  QByteArray defaultState_; // the layout before the user's was restored: "Reset layout"
  bool dockSizesPending_ = false; // no saved layout: the docks get their default sizes when shown
  bool closeAfterRun_ = false;
  QString shownRunDir_;  // the stored run the Curves tab shows (empty: live, or none)
  QString batchLeadDir_; // the run the user started, once it is written; its batch's baselines follow
};

} // namespace twb::ui
