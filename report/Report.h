#pragma once
// The handout of issue #23: a run, a comparison or a lesson as one HTML file (images
// embedded as data: URIs, nothing outside it) or a PDF. Title, date and machine; the
// recipe (its key settings as a table, the full experiment.json in the appendix);
// the loss and accuracy curves (one line per run); the results table with the
// baselines (core's comparison rows, as `twb compare` prints them) and what they mean,
// negative results said as such; the embedding map where one was saved; the seeds.
// Qt Gui only (QPainter, QTextDocument, QPdfWriter): it needs a QGuiApplication, which
// `twb report` creates on the offscreen platform. Never torch.
#include "report/ReportInput.h"

#include <QString>

#include <string>

namespace twb::report {

enum class ReportFormat { Html, Pdf };

// The format `outPath` asks for by its suffix (.html, .htm or .pdf). InputError naming
// the path when the suffix is another, the path is a folder, or its folder is missing
// or cannot be written to.
ReportFormat checkReportOutput(const std::string& outPath);

// The handout as one self-contained HTML page.
QString reportHtml(const ReportInput& input);

// Writes the handout to `outPath` in the format its suffix names: whole or not at all
// (a temporary file renamed). InputError as checkReportOutput; RunError when the disk
// refuses the write.
void writeReport(const ReportInput& input, const std::string& outPath);

} // namespace twb::report
