// twb report: the handout of a run, a comparison or a lesson (report/), as one HTML
// file or a PDF. The only twb command that starts Qt: a QGuiApplication on the
// offscreen platform (unless QT_QPA_PLATFORM says otherwise), made here and nowhere
// else, so the other commands stay free of any Qt start-up.
#include "cli/Args.h"
#include "cli/Commands.h"

#include "report/Report.h"
#include "report/ReportInput.h"

#include <QGuiApplication>

#include <cstdio>
#include <iostream>

namespace twb::cli {

namespace {

constexpr const char* kReportHelp = R"(usage: twb report RUN_DIR|DIR --out FILE.html|FILE.pdf

Writes a handout of a run, a comparison or a lesson: title, date and machine, the
recipe (its key settings, and the full experiment.json in the appendix), the loss and
accuracy curves (one line per run), the results table with the baselines (mean ± sd
over seeds, each seed's value and the gap closed, as 'twb compare' prints it), the
embedding map where one was saved as embedding*.png beside the runs, and the seeds.
A method below source_only is said to be below.

  RUN_DIR            one run directory: its numbers, and those of the baselines of the
                     same recipe and seed found in the folder beside it
  DIR                a folder of run directories ('twb compare --out DIR', a lesson's
                     runs): every finished run in it; a lesson.json {"title": ...}
                     in DIR gives the title

options:
  --out FILE         FILE.html: one page, its images embedded (no other file needed);
                     FILE.pdf: A4 pages to print. Written whole or not at all.
Runs without a display: Qt draws offscreen unless QT_QPA_PLATFORM is set.
)";

QtMessageHandler qtHandler = nullptr;

// Qt's start-up remarks about the desktop it does not need (no XDG_RUNTIME_DIR on a
// server or in a batch job) are not the report's business: stderr keeps one sentence
// per error.
void quietQtMessages(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  if (type == QtDebugMsg || type == QtInfoMsg ||
      (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths:"))))
    return;
  if (qtHandler)
    qtHandler(type, context, message);
}

} // namespace

int reportCommand(const Arguments& raw) {
  const Args args(raw, "twb report", {}, {"--out"});
  if (args.help()) {
    std::cout << kReportHelp;
    return 0;
  }
  args.expectPositionals({"run directory or folder of runs"});
  const std::string out = args.value("--out");
  if (out.empty())
    throw UsageError("twb report: --out FILE.html or --out FILE.pdf is required");
  report::checkReportOutput(out);
  const report::ReportInput input = report::readReportInput(args.positionals()[0]);

  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  qtHandler = qInstallMessageHandler(quietQtMessages);
  int argc = 1;
  char name[] = "twb";
  char* argv[] = {name, nullptr};
  const QGuiApplication app(argc, argv);
  report::writeReport(input, out);
  std::printf("wrote %s: %zu run%s\n", out.c_str(), input.runs.size(), input.runs.size() == 1 ? "" : "s");
  return 0;
}

} // namespace twb::cli
