#include "report/ReportExport.h"

#include "common/CoreText.h"
#include "common/MessageBoxes.h"
#include "results/RunList.h"

#include "report/Report.h"
#include "report/ReportInput.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>

namespace twb::ui {

ReportExport::ReportExport(RunList* runs, QWidget* window) : QObject(window), runs_(runs), window_(window) {
  action_ = new QAction(this);
  action_->setObjectName(QStringLiteral("actionExportReport"));
  connect(action_, &QAction::triggered, this, &ReportExport::exportWithDialog);
  connect(runs_, &RunList::runFolderOpened, this, [this](const QString& folder) { openFolder_ = folder; });
  connect(this, &ReportExport::finished, this, &ReportExport::onFinished, Qt::QueuedConnection);
  window_->installEventFilter(this);
  retranslateUi();
}

ReportExport::~ReportExport() {
  if (thread_.joinable())
    thread_.join();
}

bool ReportExport::eventFilter(QObject* watched, QEvent* event) {
  if (watched == window_ && event->type() == QEvent::LanguageChange)
    retranslateUi();
  return QObject::eventFilter(watched, event);
}

void ReportExport::retranslateUi() {
  action_->setText(tr("Export &Report…"));
  action_->setStatusTip(tr("Write a handout of the selected runs or the open comparison: recipe, curves, results "
                           "with baselines, seeds (HTML or PDF)"));
}

bool ReportExport::exportTo(const QString& path) {
  if (busy_)
    return false;
  const std::vector<RunPtr> selected = runs_->selectedRuns();
  // The open comparison, unless runs outside it are selected.
  bool wholeFolder = !openFolder_.isEmpty();
  const QString folder = QDir::cleanPath(QFileInfo(openFolder_).absoluteFilePath()) + QLatin1Char('/');
  for (const RunPtr& run : selected)
    wholeFolder = wholeFolder && QFileInfo(QString::fromStdString(run->dir)).absoluteFilePath().startsWith(folder);
  if (!wholeFolder && selected.empty())
    return false;
  const std::vector<RunPtr> all = runs_->runs();
  const std::string folderPath = openFolder_.toStdString();
  return exportInput(path, [folderPath, wholeFolder, selected, all] {
    return wholeFolder ? report::readReportInput(folderPath) : report::reportInputForRuns(selected, all);
  });
}

bool ReportExport::exportInput(const QString& path, std::function<report::ReportInput()> make) {
  if (busy_)
    return false;
  if (thread_.joinable())
    thread_.join();
  busy_ = true;
  action_->setEnabled(false);
  const std::string out = path.toStdString();
  thread_ = std::thread([this, out, make = std::move(make)] {
    QString error;
    try {
      report::writeReport(make(), out);
    } catch (const std::exception& e) {
      error = errorText(e);
    }
    emit finished(QString::fromStdString(out), error); // queued to the window's thread
  });
  return true;
}

void ReportExport::onFinished(const QString& path, const QString& error) {
  busy_ = false;
  action_->setEnabled(true);
  if (!error.isEmpty()) {
    showError(window_, tr("Export Report"), error);
    return;
  }
  if (auto* main = qobject_cast<QMainWindow*>(window_))
    main->statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

QString ReportExport::askReportPath(QWidget* parent, const QString& title, const QString& defaultName) {
  QString filter;
  QString path = QFileDialog::getSaveFileName(parent, title, QDir::homePath() + QLatin1Char('/') + defaultName,
                                              tr("Web page (*.html);;PDF (*.pdf)"), &filter);
  if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
    path += filter.contains(QStringLiteral("pdf")) ? QStringLiteral(".pdf") : QStringLiteral(".html");
  return path;
}

void ReportExport::exportWithDialog() {
  if (runs_->selectedRuns().empty() && openFolder_.isEmpty()) {
    showError(window_, tr("Export Report"),
              tr("Select a run in the Runs list, or open a folder of runs (File > Open Run), to make a report of it."));
    return;
  }
  const QString path = askReportPath(window_, tr("Export Report"), QStringLiteral("report.html"));
  if (path.isEmpty())
    return;
  if (!exportTo(path))
    showError(window_, tr("Export Report"), tr("A report is being written; try again when it is done."));
}

} // namespace twb::ui
