#include "window/MainWindow.h"

#include "comparison/MethodComparisonPanel.h"
#include "confusion/ConfusionPanel.h"
#include "curves/CurvesView.h"
#include "embedding/EmbeddingPanel.h"
#include "datasets/DatasetsPanel.h"
#include "experiment/ExperimentDocument.h"
#include "experiment/ExperimentFile.h"
#include "experiment/ExperimentModel.h"
#include "experiment/ExperimentPanel.h"
#include "methods/Registry.h"
#include "window/ExamplesMenu.h"
#include "window/Language.h"
#include "help/Concepts.h"
#include "common/CoreText.h"
#include "common/RunLabel.h"
#include "training/RunLog.h"
#include "common/MessageBoxes.h"
#include "model/ModelPanel.h"
#include "window/RecentFiles.h"
#include "run/RunController.h"
#include "report/ReportExport.h"
#include "results/RunList.h"
#include "run/RunLogView.h"
#include "results/RunOverlayView.h"
#include "run/RunProgress.h"
#include "run/RunQueue.h"
#include "run/TrainingJob.h"
#include "window/SettingsKeys.h"
#include "window/WindowFit.h"
#include "base/Version.h"
#include "descriptions/ZeroShotPanel.h"
#include "lessons/LessonLibrary.h"
#include "lessons/LessonPanel.h"
#include "lessons/LessonsPage.h"
#include "window/PresenterMode.h"
#include "translation/TranslationCapability.h"
#include "translation/TranslationPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

namespace twb::ui {
namespace {

QIcon themedIcon(const char* name, QStyle::StandardPixmap fallback) {
  // Desktop themes provide these names; the style's own icons stand in elsewhere.
  return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setObjectName(QStringLiteral("mainWindow"));
  setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);

  curves_ = new CurvesView(this);
  curves_->setObjectName(QStringLiteral("curvesView"));
  overlay_ = new RunOverlayView(this);
  overlay_->setObjectName(QStringLiteral("runOverlayView"));
  centralTabs_ = new QTabWidget(this);
  centralTabs_->setObjectName(QStringLiteral("centralTabs"));
  centralTabs_->setDocumentMode(true);
  // The start page: the lecture's lessons, first and shown first.
  lessonsPage_ = new LessonsPage(this);
  lessonsPage_->setObjectName(QStringLiteral("lessonsPage"));
  centralTabs_->addTab(lessonsPage_, QString());
  centralTabs_->addTab(curves_, QString());
  centralTabs_->addTab(overlay_, QString());
  embedding_ = new EmbeddingPanel(this);
  embedding_->setObjectName(QStringLiteral("embeddingPanel"));
  centralTabs_->addTab(embedding_, QString());
  confusion_ = new ConfusionPanel(this);
  confusion_->setObjectName(QStringLiteral("confusionPanel"));
  centralTabs_->addTab(confusion_, QString());
  methodComparison_ = new MethodComparisonPanel(this);
  methodComparison_->setObjectName(QStringLiteral("methodComparison"));
  centralTabs_->addTab(methodComparison_, QString());
  translation_ = new TranslationPanel(this);
  translation_->setObjectName(QStringLiteral("translationPanel"));
  centralTabs_->addTab(translation_, QString());
  setCentralWidget(centralTabs_);
  runList_ = new RunList(this);
  runList_->setObjectName(QStringLiteral("runList"));
  model_ = new ExperimentModel(this);
  panel_ = new ExperimentPanel(model_, this);
  panel_->setObjectName(QStringLiteral("experimentPanel"));
  runLog_ = new RunLogView(this);
  runLog_->setObjectName(QStringLiteral("runLogView"));
  progress_ = new RunProgress(this);
  progress_->setObjectName(QStringLiteral("runProgress"));
  datasets_ = new DatasetsPanel(this);
  datasets_->setObjectName(QStringLiteral("datasetsPanel"));
  zeroShot_ = new ZeroShotPanel(model_, this);
  zeroShot_->setObjectName(QStringLiteral("zeroShotPanel"));
  modelPanel_ = new ModelPanel(model_, this);
  modelPanel_->setObjectName(QStringLiteral("modelPanel"));
  lessonPanel_ = new LessonPanel(this);
  lessonPanel_->setObjectName(QStringLiteral("lessonPanel"));

  createActions();
  createDocks();
  createToolBar();
  createMenus();
  createStatusBar();

  recent_ = new RecentFiles(recentMenu_, this);
  document_ = new ExperimentDocument(model_, recent_, this);
  connect(document_, &ExperimentDocument::aboutToSave, panel_, &ExperimentPanel::commitPending);
  run_ = new RunController(curves_, runLog_, progress_, this);
  connect(document_, &ExperimentDocument::stateChanged, this, &MainWindow::updateTitle);
  connect(model_, &ExperimentModel::changed, this, [this](ExperimentModel::Parts parts) {
    if (parts & ExperimentModel::Name)
      updateTitle();
  });
  connect(run_, &RunController::runningChanged, this, &MainWindow::onRunningChanged);
  connect(run_, &RunController::statusMessage, this,
          [this](const QString& message) { statusBar()->showMessage(message); });
  connect(run_, &RunController::runFailed, this, [this](const QString& title, const QString& message) {
    if (!closeAfterRun_) // closing: the window is gone, the log has the error
      showError(this, title, message);
  });

  connectDatasets();
  connectRuns();
  createLessons();
  retranslateUi();
  document_->reset(twb::openingExperiment());
  onRunningChanged(false);
  restoreLayout();
}

MainWindow::~MainWindow() {
  // The run goes first: it stops and joins its thread while the views still exist.
  delete run_;
  run_ = nullptr;
}

void MainWindow::createActions() {
  const auto make = [this](const char* objectName, QKeySequence shortcut = {}) {
    auto* action = new QAction(this);
    action->setObjectName(QString::fromLatin1(objectName));
    if (!shortcut.isEmpty())
      action->setShortcut(shortcut);
    return action;
  };
  newAction_ = make("actionNew", QKeySequence::New);
  newAction_->setIcon(themedIcon("document-new", QStyle::SP_FileIcon));
  openAction_ = make("actionOpen", QKeySequence::Open);
  openAction_->setIcon(themedIcon("document-open", QStyle::SP_DialogOpenButton));
  saveAction_ = make("actionSave", QKeySequence::Save);
  saveAction_->setIcon(themedIcon("document-save", QStyle::SP_DialogSaveButton));
  saveAsAction_ = make("actionSaveAs", QKeySequence::SaveAs);
  quitAction_ = make("actionQuit", QKeySequence::Quit);
  quitAction_->setMenuRole(QAction::QuitRole);
  startAction_ = make("actionStart", QKeySequence(Qt::Key_F5));
  startAction_->setIcon(themedIcon("media-playback-start", QStyle::SP_MediaPlay));
  stopAction_ = make("actionStop", QKeySequence(Qt::SHIFT | Qt::Key_F5));
  stopAction_->setIcon(themedIcon("media-playback-stop", QStyle::SP_MediaStop));
  resumeAction_ = make("actionResumeRun");
  resetLayoutAction_ = make("actionResetLayout");
  presenterAction_ = make("actionPresenterMode", QKeySequence(Qt::Key_F11));
  presenterAction_->setCheckable(true);
  openLessonAction_ = make("actionOpenLesson");
  // Every edit of the experiment, in one history, named after the edit.
  undoAction_ = make("actionUndo", QKeySequence::Undo);
  redoAction_ = make("actionRedo", QKeySequence::Redo);
  redoAction_->setShortcuts({QKeySequence::Redo, QKeySequence(QStringLiteral("Ctrl+Shift+Z"))});
  QUndoStack* undo = model_->undoStack();
  connect(undoAction_, &QAction::triggered, undo, &QUndoStack::undo);
  connect(redoAction_, &QAction::triggered, undo, &QUndoStack::redo);
  for (auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
    connect(undo, signal, this, &MainWindow::updateUndoActions);
  for (auto signal : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged})
    connect(undo, signal, this, &MainWindow::updateUndoActions);
  undoAction_->setIcon(themedIcon("edit-undo", QStyle::SP_ArrowBack));
  redoAction_->setIcon(themedIcon("edit-redo", QStyle::SP_ArrowForward));
  runBaselinesAction_ = make("actionRunBaselines");
  runBaselinesAction_->setCheckable(true);
  runBaselinesAction_->setChecked(settings::runBaselines.get());
  aboutAction_ = make("actionAbout");
  aboutAction_->setMenuRole(QAction::AboutRole);
  aboutQtAction_ = make("actionAboutQt");
  aboutQtAction_->setMenuRole(QAction::AboutQtRole);

  connect(newAction_, &QAction::triggered, this, [this] {
    if (document_->maybeSave())
      document_->reset(twb::openingExperiment());
  });
  connect(openAction_, &QAction::triggered, this, [this] { document_->open(); });
  connect(saveAction_, &QAction::triggered, this, [this] { document_->save(); });
  connect(saveAsAction_, &QAction::triggered, this, [this] { document_->saveAs(); });
  connect(quitAction_, &QAction::triggered, this, &QWidget::close);
  connect(startAction_, &QAction::triggered, this, &MainWindow::startRun);
  connect(stopAction_, &QAction::triggered, this, [this] { queue_->stop(); });
  connect(resumeAction_, &QAction::triggered, this, &MainWindow::resumeRun);
  connect(runBaselinesAction_, &QAction::toggled, this, [](bool on) { settings::runBaselines.set(on); });
  connect(resetLayoutAction_, &QAction::triggered, this, &MainWindow::resetLayout);
  connect(presenterAction_, &QAction::toggled, this, &MainWindow::setPresenterMode);
  connect(aboutAction_, &QAction::triggered, this, &MainWindow::showAbout);
  connect(aboutQtAction_, &QAction::triggered, qApp, &QApplication::aboutQt);
}

QDockWidget* MainWindow::addPanel(QWidget* panel, const char* objectName, Qt::DockWidgetArea area) {
  auto* dock = new QDockWidget(this);
  dock->setObjectName(QString::fromLatin1(objectName)); // saveState() keys on it
  dock->setWidget(panel);
  addDockWidget(area, dock);
  return dock;
}

void MainWindow::createDocks() {
  // The Experiment form has the left side's whole height; the bottom tabs span the rest.
  setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
  experimentDock_ = addPanel(panel_, "experimentDock", Qt::LeftDockWidgetArea);
  runLogDock_ = addPanel(runLog_, "runLogDock", Qt::RightDockWidgetArea);
  datasetsDock_ = addPanel(datasets_, "datasetsDock", Qt::BottomDockWidgetArea);
  runsDock_ = addPanel(runList_, "runsDock", Qt::BottomDockWidgetArea);
  tabifyDockWidget(datasetsDock_, runsDock_);
  zeroShotDock_ = addPanel(zeroShot_, "zeroShotDock", Qt::BottomDockWidgetArea);
  tabifyDockWidget(runsDock_, zeroShotDock_);
  datasetsDock_->raise();
  modelDock_ = addPanel(modelPanel_, "modelDock", Qt::RightDockWidgetArea);
  tabifyDockWidget(runLogDock_, modelDock_);
  // Beside the Experiment form, with the window's whole height: a lesson is read there
  // while its curves run, and the form it opened is one tab away.
  lessonDock_ = addPanel(lessonPanel_, "lessonDock", Qt::LeftDockWidgetArea);
  lessonDock_->hide(); // until a lesson is opened; tabified then (a hidden tab leaves a stray tab bar)
  runLogDock_->raise();
}

void MainWindow::connectRuns() {
  queue_ = new RunQueue(run_, this);
  // A method's run starts the selection; its baselines join it, so the table ends with all three.
  connect(queue_, &RunQueue::runFinished, runList_, [this](const QString& dir, int index) {
    if (index == 0)
      batchLeadDir_ = dir;
    runList_->addFinishedRun(dir, index > 0);
  });
  connect(queue_, &RunQueue::batchEnded, this, [this] {
    if (closeAfterRun_) { // the close that stopped the batch goes on
      close();
      return;
    }
    // The run the user started comes back into view, all its curves and its log: its
    // baselines only added rows to the table.
    if (RunPtr lead = batchLeadDir_.isEmpty() ? nullptr : runList_->addRunDirectory(batchLeadDir_)) {
      showStoredRun(lead);
      // A translation run is read on its grid; any other on its curves.
      centralTabs_->setCurrentWidget(isTranslationRun(lead->experiment) ? static_cast<QWidget*>(translation_)
                                                                        : curves_);
      runsDock_->raise();
      // A batch that was stopped keeps the controller's "Run stopped after …": it did not finish.
      const TrainingJob* last = run_->job();
      if (!last || last->result().summary.status != "stopped")
        statusBar()->showMessage(tr("Finished: %1").arg(runDescription(*lead))); // not the last baseline's
    }
  });
  connect(run_, &RunController::runningChanged, this, [this](bool running) {
    if (!running) {
      translation_->liveRunEnded();
      return;
    }
    centralTabs_->setCurrentWidget(curves_);
    const twb::Experiment e = run_->job()->experiment();
    // A translation run is watched on its grid (liveTranslationStarted); its curves are a click away.
    translation_->setLiveRun(QString::fromStdString(run_->job()->runDir()), e, [this] { return curves_->rows(); });
    curves_->setSubject([e] {
      const twb::Method& method = twb::methodOf(e);
      return tr("Live: %1 · %2 · seed %3").arg(coreText(method.label(e)), coreText(method.datasets(e)),
                                               QString::number(e.seed));
    });
  });
  connect(run_, &RunController::inputRejected, this, &MainWindow::showPreviousRun);
  connect(runList_, &RunList::selectedRunsChanged, this, &MainWindow::onSelectionChanged);
  connect(runList_, &RunList::runsChanged, this, [this] { methodComparison_->setRuns(runList_->runs()); });
  connect(runList_, &RunList::runFolderOpened, this, [this] {
    centralTabs_->setCurrentWidget(methodComparison_); // a twb compare folder: its chart, and its runs below
    runsDock_->raise();
  });
  // After the window is up: listing earlier runs reads their files.
  QTimer::singleShot(0, this, [this] { runList_->loadRunsUnder(runsDirectory()); });
  embedding_->setRunProvider([this] { return runList_->runs(); });
  confusion_->setRunProviders([this] { return runList_->runs(); }, [this] { return runList_->selectedRuns(); });
  translation_->setRunProviders([this] { return runList_->runs(); }, [this] { return runList_->selectedRuns(); });
  connect(runList_, &RunList::runsChanged, translation_, [this] {
    if (translation_->isVisible())
      translation_->refreshRuns();
  });
  connect(translation_, &TranslationPanel::liveTranslationStarted, this,
          [this] { centralTabs_->setCurrentWidget(translation_); });
  connect(translation_, &TranslationPanel::curvesRequested, this, [this] { centralTabs_->setCurrentWidget(curves_); });
}

void MainWindow::onSelectionChanged() {
  const std::vector<RunPtr> selected = runList_->selectedRuns();
  overlay_->setRuns(selected);
  // A run's own end selects it (the queue is active then); only a user's choice
  // changes what the tabs show, and never while a run is live.
  if (queue_->isActive() || selected.empty())
    return;
  if (selected.size() == 1) {
    showStoredRun(selected.front());
    centralTabs_->setCurrentWidget(curves_);
  } else {
    centralTabs_->setCurrentWidget(overlay_);
  }
}

void MainWindow::showStoredRun(const RunPtr& run) {
  shownRunDir_ = QString::fromStdString(run->dir);
  curves_->showRun(*run);
  curves_->setSubject([run] { return runDescription(*run); });
  std::vector<twb::RunEvent> log;
  try {
    log = twb::readRunLog(run->dir);
  } catch (const std::exception& error) {
    log.push_back({twb::RunEventKind::Warning, twb::Message(errorText(error).toStdString())});
  }
  runLog_->showRun(*run, log);
}

void MainWindow::showPreviousRun() {
  if (RunPtr run = shownRunDir_.isEmpty() ? nullptr : runList_->addRunDirectory(shownRunDir_)) {
    showStoredRun(run);
    return;
  }
  curves_->clear(0);
  curves_->setSubject({});
  runLog_->clear();
}

void MainWindow::connectDatasets() {
  // The experiment is the one truth: the panel shows its datasets and a choice there is
  // an edit of it. The method decides how many of the target's labels a run uses.
  connect(model_, &ExperimentModel::changed, this, [this](ExperimentModel::Parts parts) {
    if (!(parts & (ExperimentModel::Data | ExperimentModel::Method)))
      return;
    const twb::Experiment& e = model_->experiment();
    datasets_->setDomains(e.source, e.target, e.seed, twb::trainsOnTargetLabels(e) ? e.target.labelsPerClass : 0);
  });
  connect(datasets_, &DatasetsPanel::datasetChosen, this, [this](DomainRole role, const QString& spec) {
    model_->setDataset(role == DomainRole::Source, spec.toStdString());
  });
  connect(run_, &RunController::runFinished, this, [this](const QString& runDir) {
    zeroShot_->showResults(runDir);
    if (zeroShot_->hasResults()) // forward once the batch's end has raised the Runs dock
      QTimer::singleShot(0, zeroShotDock_, &QWidget::raise);
  });
}

void MainWindow::createMenus() {
  fileMenu_ = menuBar()->addMenu(QString());
  fileMenu_->setObjectName(QStringLiteral("menuFile"));
  fileMenu_->addAction(newAction_);
  fileMenu_->addAction(openAction_);
  fileMenu_->addAction(runList_->openRunAction());
  fileMenu_->addAction(embedding_->exportProjectorAction());
  reportExport_ = new ReportExport(runList_, this);
  fileMenu_->addAction(reportExport_->action()); // File > Export Report… (ui/report/)
  recentMenu_ = fileMenu_->addMenu(QString());
  recentMenu_->setObjectName(QStringLiteral("menuRecent"));
  // The shipped experiments, each opened as a new, unsaved document whose name follows it.
  auto* examples = new ExamplesMenu(this);
  fileMenu_->addMenu(examples);
  connect(examples, &ExamplesMenu::exampleChosen, this, [this](const QString& path) {
    if (!document_->maybeSave())
      return;
    try {
      document_->reset(readExample(path));
    } catch (const std::exception& error) {
      showError(this, tr("Cannot open the example"), errorText(error));
    }
  });
  fileMenu_->addSeparator();
  fileMenu_->addAction(saveAction_);
  fileMenu_->addAction(saveAsAction_);
  fileMenu_->addSeparator();
  fileMenu_->addAction(quitAction_);

  editMenu_ = menuBar()->addMenu(QString());
  editMenu_->setObjectName(QStringLiteral("menuEdit"));
  editMenu_->addAction(undoAction_);
  editMenu_->addAction(redoAction_);

  viewMenu_ = menuBar()->addMenu(QString());
  viewMenu_->setObjectName(QStringLiteral("menuView"));
  viewMenu_->addAction(experimentDock_->toggleViewAction());
  viewMenu_->addAction(runLogDock_->toggleViewAction());
  viewMenu_->addAction(datasetsDock_->toggleViewAction());
  viewMenu_->addAction(runsDock_->toggleViewAction());
  viewMenu_->addAction(zeroShotDock_->toggleViewAction());
  viewMenu_->addAction(modelDock_->toggleViewAction());
  viewMenu_->addAction(lessonDock_->toggleViewAction());
  viewMenu_->addAction(toolBar_->toggleViewAction());
  viewMenu_->addSeparator();
  viewMenu_->addAction(presenterAction_);
  viewMenu_->addSeparator();
  createLanguageMenu();
  viewMenu_->addSeparator();
  viewMenu_->addAction(resetLayoutAction_);

  lessonsMenu_ = menuBar()->addMenu(QString());
  lessonsMenu_->setObjectName(QStringLiteral("menuLessons"));

  runMenu_ = menuBar()->addMenu(QString());
  runMenu_->setObjectName(QStringLiteral("menuRun"));
  runMenu_->addAction(startAction_);
  runMenu_->addAction(stopAction_);
  runMenu_->addAction(resumeAction_);
  runMenu_->addSeparator();
  runMenu_->addAction(runBaselinesAction_);

  helpMenu_ = menuBar()->addMenu(QString());
  helpMenu_->setObjectName(QStringLiteral("menuHelp"));
  helpMenu_->addAction(help::conceptsAction(this));
  helpMenu_->addSeparator();
  helpMenu_->addAction(aboutAction_);
  helpMenu_->addAction(aboutQtAction_);
}

void MainWindow::createToolBar() {
  toolBar_ = addToolBar(QString());
  toolBar_->setObjectName(QStringLiteral("mainToolBar"));
  toolBar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  toolBar_->addAction(newAction_);
  toolBar_->addAction(openAction_);
  toolBar_->addAction(saveAction_);
  toolBar_->addSeparator();
  toolBar_->addAction(startAction_);
  toolBar_->addAction(stopAction_);
}

void MainWindow::createLanguageMenu() {
  languageMenu_ = viewMenu_->addMenu(QString());
  languageMenu_->setObjectName(QStringLiteral("menuLanguage"));
  languageGroup_ = new QActionGroup(this);
  languageGroup_->setExclusive(true);
  const QString stored = settings::language.get();

  systemLanguageAction_ = languageMenu_->addAction(QString());
  systemLanguageAction_->setData(QString());
  languageMenu_->addSeparator();
  QList<QAction*> actions{systemLanguageAction_};
  for (const language::Choice& choice : language::available()) {
    QAction* action = languageMenu_->addAction(choice.nativeName);
    action->setData(choice.code);
    action->setObjectName(QStringLiteral("actionLanguage_") + choice.code);
    actions.append(action);
  }
  for (QAction* action : actions) {
    action->setCheckable(true);
    action->setChecked(action->data().toString() == stored);
    languageGroup_->addAction(action);
  }
  systemLanguageAction_->setObjectName(QStringLiteral("actionLanguage_system"));
  connect(languageGroup_, &QActionGroup::triggered, this, [](QAction* action) {
    const QString code = action->data().toString();
    settings::language.set(code);
    language::apply(code);
  });
}

void MainWindow::createStatusBar() {
  statusBar()->setObjectName(QStringLiteral("statusBar"));
  statusBar()->addPermanentWidget(progress_);
}

void MainWindow::restoreLayout() {
  // The screen decides the size: a fixed one was wider than a projector's screen.
  setGeometry(windowfit::defaultGeometry(screen()->availableGeometry()));
  // Kept before the user's layout is applied, so "Reset layout" can return to it.
  defaultState_ = saveState(settings::kWindowStateVersion);
  if (restoreGeometry(settings::windowGeometry.get()) && !isMaximized() && !isFullScreen()) {
    // Saved on a larger screen, or one no longer there: back inside the one it is on.
    const QScreen* on = QGuiApplication::screenAt(geometry().center());
    setGeometry(windowfit::fittedGeometry(geometry(), (on ? on : screen())->availableGeometry()));
  }
  // Without a saved layout the docks are sized once the window is laid out (showEvent).
  dockSizesPending_ = !restoreState(settings::windowState.get(), settings::kWindowStateVersion);
}

void MainWindow::applyDefaultDockSizes() {
  // Shares of the window, so each screen gets a useful Datasets dock and a central area.
  const QSize room = size();
  resizeDocks({experimentDock_, runLogDock_},
              {std::clamp(room.width() * 22 / 100, 260, 380), std::clamp(room.width() * 24 / 100, 280, 460)},
              Qt::Horizontal);
  resizeDocks({datasetsDock_}, {room.height() * 40 / 100}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent* event) {
  QMainWindow::showEvent(event);
  if (dockSizesPending_) {
    dockSizesPending_ = false;
    applyDefaultDockSizes();
  }
}

void MainWindow::saveLayout() const {
  settings::windowGeometry.set(saveGeometry());
  settings::windowState.set(saveState(settings::kWindowStateVersion));
}

void MainWindow::resetLayout() {
  restoreState(defaultState_, settings::kWindowStateVersion);
  for (QDockWidget* dock : {experimentDock_, runLogDock_, datasetsDock_, runsDock_, zeroShotDock_, modelDock_}) {
    dock->setFloating(false);
    dock->show();
  }
  toolBar_->show();
  datasetsDock_->raise();
  runLogDock_->raise();
  applyDefaultDockSizes(); // for the window's size now
}

void MainWindow::setExperiment(const twb::Experiment& experiment) {
  document_->reset(experiment);
}

twb::Experiment MainWindow::experiment() const {
  return model_->experiment();
}

bool MainWindow::openExperiment(const QString& path) {
  return document_->openFile(path);
}

bool MainWindow::isRunning() const {
  return run_ && run_->isRunning();
}

QString MainWindow::runsDirectory() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("runs"));
}

void MainWindow::startRun() {
  panel_->commitPending(); // what is still being typed runs too
  // This batch's lead is known once it is written; until then no earlier batch's run is
  // (a run stopped while loading writes nothing, and the last batch came back instead).
  batchLeadDir_.clear();
  queue_->start(model_->experiment(), runsDirectory(), runBaselinesAction_->isChecked());
}

void MainWindow::resumeRun() {
  if (isRunning())
    return;
  // The run stopped last in this window first; any run folder (one killed, or from
  // another session) is one click further.
  const QString start = lastStoppedRun_.isEmpty() ? runsDirectory() : lastStoppedRun_;
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Resume Run"), start);
  if (dir.isEmpty())
    return;
  // The form is about to show the resumed run's experiment: unsaved edits are offered
  // for saving first, as before opening another file.
  if (!document_->maybeSave())
    return;
  centralTabs_->setCurrentWidget(curves_);
  batchLeadDir_.clear(); // as in startRun
  queue_->resume(dir);
  // The form shows what is running (onRunningChanged): the run's own experiment, as an
  // untitled document (saving it must not write into the run's folder), not the one
  // the form held before.
  if (isRunning())
    document_->reset(run_->job()->experiment());
}

void MainWindow::onRunningChanged(bool running) {
  startAction_->setEnabled(!running);
  stopAction_->setEnabled(running);
  resumeAction_->setEnabled(!running);
  if (!running && run_->job() && run_->job()->result().summary.status == "stopped")
    lastStoppedRun_ = QFile::decodeName(run_->job()->runDir().c_str()); // what Resume offers first
  // The form shows what is running; edits would not reach the run anyway.
  panel_->setEnabled(!running);
  updateUndoActions();
  datasets_->setChoosersEnabled(!running);
}

void MainWindow::updateUndoActions() {
  // Undo and Redo say which edit they take back; a running experiment is not edited.
  const QUndoStack* undo = model_->undoStack();
  const bool running = isRunning();
  undoAction_->setEnabled(!running && undo->canUndo());
  redoAction_->setEnabled(!running && undo->canRedo());
  undoAction_->setText(undo->canUndo() ? tr("&Undo %1").arg(undo->undoText()) : tr("&Undo"));
  redoAction_->setText(undo->canRedo() ? tr("&Redo %1").arg(undo->redoText()) : tr("&Redo"));
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!closeAfterRun_ && !document_->maybeSave()) {
    event->ignore();
    return;
  }
  // The other long jobs stop now: a closed window must not go on loading, mapping or
  // sweeping until it is destroyed (issue #24). Their threads end within a step.
  datasets_->cancelLoads();
  embedding_->stop();
  modelPanel_->stopSweep();
  // The queue, not just the run: between a method's run and its baselines nothing
  // runs for a moment, and a close then let the next baseline start in a hidden window.
  if (isRunning() || queue_->isActive()) {
    // Stop first and close when the batch has ended, so the window stays responsive
    // while the trainer finishes its step and writes the run directory.
    closeAfterRun_ = true;
    queue_->stop();
    statusBar()->showMessage(tr("Stopping the run before closing…"));
    event->ignore();
    return;
  }
  if (isPresenting())
    presenterAction_->setChecked(false); // the layout saved is the everyday one
  saveLayout();
  event->accept();
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle() {
  // The experiment's name first: it says what the window is about; the file after it.
  const QString name = QString::fromStdString(model_->experiment().name);
  setWindowTitle(name.isEmpty() ? tr("%1[*] — Transfer Workbench").arg(document_->displayName())
                                : tr("%1 — %2[*] — Transfer Workbench").arg(name, document_->displayName()));
  setWindowModified(document_->isModified());
  setWindowFilePath(document_->path());
}

void MainWindow::showAbout() {
  QMessageBox::about(this, tr("About Transfer Workbench"),
                     tr("<h3>Transfer Workbench %1</h3>"
                        "<p>Transfer-learning experiments on small image datasets: train on a source "
                        "domain, measure on a target domain, and watch the curves while it trains.</p>"
                        "<p>Runs are written to<br><tt>%2</tt></p>"
                        "<p>Built with Qt %3, QCustomPlot, LibTorch and OpenCV.</p>")
                         .arg(QString::fromLatin1(twb::kVersion),
                              QDir::toNativeSeparators(runsDirectory()).toHtmlEscaped(),
                              QString::fromLatin1(qVersion())));
}

void MainWindow::retranslateUi() {
  fileMenu_->setTitle(tr("&File"));
  editMenu_->setTitle(tr("&Edit"));
  updateUndoActions();
  recentMenu_->setTitle(tr("Open &Recent"));
  viewMenu_->setTitle(tr("&View"));
  runMenu_->setTitle(tr("&Run"));
  languageMenu_->setTitle(tr("&Language"));
  helpMenu_->setTitle(tr("&Help"));
  systemLanguageAction_->setText(tr("&System Language"));

  newAction_->setText(tr("&New"));
  newAction_->setStatusTip(tr("Start from the default experiment"));
  openAction_->setText(tr("&Open…"));
  openAction_->setStatusTip(tr("Open an experiment file"));
  saveAction_->setText(tr("&Save"));
  saveAction_->setStatusTip(tr("Save the experiment"));
  saveAsAction_->setText(tr("Save &As…"));
  saveAsAction_->setStatusTip(tr("Save the experiment to a new file"));
  quitAction_->setText(tr("&Quit"));
  quitAction_->setStatusTip(tr("Stop any run and quit"));
  startAction_->setText(tr("&Start"));
  startAction_->setStatusTip(tr("Train the experiment on a background thread"));
  stopAction_->setText(tr("S&top"));
  resumeAction_->setText(tr("&Resume Run…"));
  resumeAction_->setStatusTip(
      tr("Continue a stopped or killed run from its last checkpoint to its planned steps, as if it had never stopped"));
  stopAction_->setStatusTip(tr("Stop the run after the current step; it is still evaluated and saved"));
  resetLayoutAction_->setText(tr("&Reset Layout"));
  resetLayoutAction_->setStatusTip(tr("Put every panel back where it started"));
  aboutAction_->setText(tr("&About Transfer Workbench"));
  aboutQtAction_->setText(tr("About &Qt"));

  experimentDock_->setWindowTitle(tr("Experiment"));
  runLogDock_->setWindowTitle(tr("Run Log"));
  datasetsDock_->setWindowTitle(tr("Datasets"));
  runsDock_->setWindowTitle(tr("Runs"));
  zeroShotDock_->setWindowTitle(tr("Zero-shot"));
  modelDock_->setWindowTitle(tr("Model"));
  centralTabs_->setTabText(centralTabs_->indexOf(lessonsPage_), tr("Lessons"));
  centralTabs_->setTabText(centralTabs_->indexOf(curves_), tr("Curves"));
  centralTabs_->setTabText(centralTabs_->indexOf(overlay_), tr("Compare Runs"));
  lessonDock_->setWindowTitle(tr("Lesson"));
  lessonsMenu_->setTitle(tr("Less&ons"));
  openLessonAction_->setText(tr("Open Lesson &File…"));
  openLessonAction_->setStatusTip(tr("Open a lesson a teacher wrote (docs/lessons.md says how)"));
  presenterAction_->setText(tr("&Presenter Mode"));
  presenterAction_->setStatusTip(
      tr("Full screen, larger text, high-contrast curves and only the panels the lesson needs; F11 again to leave"));
  if (lessonsMenu_)
    for (QAction* action : lessonsMenu_->actions())
      if (action->data().isValid()) {
        const auto& lessons = lessonsPage_->lessons();
        const int i = action->data().toInt();
        if (i >= 0 && i < static_cast<int>(lessons.size()))
          action->setText(tr("&%1. %2").arg(lessons[static_cast<std::size_t>(i)].number)
                              .arg(QString::fromStdString(lessons[static_cast<std::size_t>(i)].title.in(lessonLanguage()))));
      }
  centralTabs_->setTabText(centralTabs_->indexOf(embedding_), tr("Embedding"));
  centralTabs_->setTabText(centralTabs_->indexOf(confusion_), tr("Confusion"));
  centralTabs_->setTabText(centralTabs_->indexOf(methodComparison_), tr("Method comparison"));
  centralTabs_->setTabText(centralTabs_->indexOf(translation_), tr("Translation"));
  runBaselinesAction_->setText(tr("Run &Baselines Too"));
  runBaselinesAction_->setStatusTip(
      tr("After a method, also run the baselines it is compared with, on the same recipe: %1 and %2 for domain "
         "adaptation, training from scratch for fine-tuning, each task alone for multitask learning")
          .arg(QString::fromStdString(twb::boundMethod(twb::MethodRole::LowerBound).name()),
               QString::fromStdString(twb::boundMethod(twb::MethodRole::UpperBound).name())));
  toolBar_->setWindowTitle(tr("Main Toolbar"));
  recent_->refreshMenu();
  updateTitle();
  if (!isRunning())
    statusBar()->showMessage(tr("Ready"));
}

} // namespace twb::ui
