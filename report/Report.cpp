#include "report/Report.h"

#include "report/CurvePlot.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"
#include "base/Text.h"
#include "base/Version.h"
#include "compare/Cautions.h"
#include "compare/ComparisonText.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QPageSize>
#include <QPdfWriter>
#include <QSysInfo>
#include <QTextDocument>
#include <QThread>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <unistd.h>

namespace twb::report {

namespace fs = std::filesystem;

namespace {

// The handout's words, through Qt's translation (the window's language; twb has none).
QString tx(const char* text) {
  return QCoreApplication::translate("twb::report", text);
}

QString esc(const std::string& text) {
  return QString::fromStdString(text).toHtmlEscaped();
}

QString esc(const QString& text) {
  return text.toHtmlEscaped();
}

// The images of one page: embedded as data: URIs in the HTML file, handed to
// QTextDocument by name for the PDF.
struct Images {
  bool dataUris = true;
  int width = 760; // the curves' width on the page: a browser's column, or an A4 page's text width
  std::vector<std::pair<QString, QImage>> named;

  QString src(const QString& name, const QImage& image) {
    named.emplace_back(name, image);
    if (!dataUris)
      return name;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
  }
};

const QColor kLowerColour(127, 127, 127);
const QColor kUpperColour(44, 160, 44);
const QColor kMethodColours[] = {QColor(31, 119, 180), QColor(214, 39, 40), QColor(255, 127, 14),
                                 QColor(148, 103, 189), QColor(140, 86, 75), QColor(227, 119, 194),
                                 QColor(23, 190, 207)};
const Qt::PenStyle kSeedStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};

QColor rowColour(const ComparisonRow& row, std::size_t methodIndex) {
  if (row.role == MethodRole::LowerBound)
    return kLowerColour;
  if (row.role == MethodRole::UpperBound)
    return kUpperColour;
  return kMethodColours[methodIndex % std::size(kMethodColours)];
}

// One metric's (step, value) points of a run; `fallback` when it has none of `name`.
std::vector<QPointF> pointsOf(const RunRecord& run, const std::string& name) {
  std::vector<QPointF> points;
  for (const MetricRow& row : run.metrics) {
    double value = 0.0;
    if (row.find(name, value))
      points.emplace_back(static_cast<double>(row.step), value);
  }
  return points;
}

// A noisy per-batch loss drawn as its running mean over a few logged points, so that
// lines of several runs can be told apart on paper.
std::vector<QPointF> smoothed(const std::vector<QPointF>& points, std::size_t window) {
  if (window <= 1 || points.size() <= window)
    return points;
  std::vector<QPointF> out;
  double sum = 0.0;
  for (std::size_t i = 0; i < points.size(); ++i) {
    sum += points[i].y();
    if (i >= window)
      sum -= points[i - window].y();
    const std::size_t n = std::min(i + 1, window);
    out.emplace_back(points[i].x(), sum / static_cast<double>(n));
  }
  return out;
}

std::string lossNameOf(const RunRecord& run) {
  const Experiment& e = run.experiment;
  for (const std::string& name : {methodOf(e).headline(e).loss, std::string(metric::kLossTotal),
                                  std::string(metric::kLossLabel)})
    if (!pointsOf(run, name).empty())
      return name;
  return methodOf(e).headline(e).loss;
}

std::string accuracyNameOf(const RunRecord& run) {
  const Experiment& e = run.experiment;
  return methodOf(e).headline(e).accuracy;
}

QString runLabel(const ComparisonRow& row, const RunRecord& run) {
  return QString::fromStdString(methodText(row)) + tx(", seed %1").arg(run.summary.seed);
}

std::vector<const ComparisonRow*> methodRows(const std::vector<ComparisonRow>& rows) {
  std::vector<const ComparisonRow*> out;
  for (const ComparisonRow& row : rows)
    if (row.role == MethodRole::Method)
      out.push_back(&row);
  if (out.empty())
    for (const ComparisonRow& row : rows)
      out.push_back(&row);
  return out;
}

const ComparisonRow* boundOf(const std::vector<ComparisonRow>& rows, std::size_t group, MethodRole role) {
  for (const ComparisonRow& row : rows)
    if (row.group == group && row.role == role)
      return &row;
  return nullptr;
}

double targetMean(const ComparisonRow& row) {
  const Spread* s = row.measure(Measure::TargetAccuracy);
  return s ? s->mean : 0.0;
}

QString machineText(const std::vector<RunPtr>& runs) {
  std::set<std::string> devices;
  for (const RunPtr& run : runs)
    if (!run->summary.device.empty())
      devices.insert(run->summary.device);
  QString text = QSysInfo::machineHostName() + QStringLiteral(" (") + QSysInfo::prettyProductName() +
                 QStringLiteral(", ") + QSysInfo::currentCpuArchitecture() + QStringLiteral(", ") +
                 QCoreApplication::translate("twb::report", "%n CPU threads", nullptr, QThread::idealThreadCount()) + QLatin1Char(')');
  if (!devices.empty())
    text += tx("; trained on %1").arg(QString::fromStdString(joinedList({devices.begin(), devices.end()})));
  return text;
}

// ---- sections ---------------------------------------------------------------

QString summarySection(const ReportInput& input, const std::vector<ComparisonRow>& rows) {
  QString html = QStringLiteral("<h2>") + tx("In short") + QStringLiteral("</h2>\n<ul>\n");
  bool anyBound = false;
  for (const ComparisonRow& row : rows)
    anyBound = anyBound || row.role != MethodRole::Method;
  for (const ComparisonRow* row : methodRows(rows)) {
    if (row->role != MethodRole::Method)
      continue;
    const QString method = QStringLiteral("<b>") + esc(methodText(*row)) + QStringLiteral("</b>");
    const QString acc = esc(measureText(*row, Measure::TargetAccuracy));
    const ComparisonRow* lower = boundOf(rows, row->group, MethodRole::LowerBound);
    const ComparisonRow* upper = boundOf(rows, row->group, MethodRole::UpperBound);
    QString line;
    if (lower && targetMean(*row) < targetMean(*lower)) {
      line = QStringLiteral("<span class=\"negative\"><b>") + tx("Negative result:") + QStringLiteral("</b> ") +
             tx("%1 reaches %2 on the target, below %3 (%4): on this recipe it did worse than training on the "
                "source alone.")
                 .arg(method, acc, esc(methodText(*lower)), esc(measureText(*lower, Measure::TargetAccuracy))) +
             QStringLiteral("</span>");
    } else if (lower && upper && row->gapClosed) {
      line = tx("%1 reaches %2 on the target, between %3 (%4) and %5 (%6): it closes %7 of the gap.")
                 .arg(method, acc, esc(methodText(*lower)), esc(measureText(*lower, Measure::TargetAccuracy)),
                      esc(methodText(*upper)), esc(measureText(*upper, Measure::TargetAccuracy)),
                      esc(gapClosedText(*row)));
      if (targetMean(*row) > targetMean(*upper))
        line += QLatin1Char(' ') + tx("It is above %1, the number the baselines expected to be the best.")
                                       .arg(esc(methodText(*upper)));
    } else if (lower) {
      line = tx("%1 reaches %2 on the target; %3 reaches %4.")
                 .arg(method, acc, esc(methodText(*lower)), esc(measureText(*lower, Measure::TargetAccuracy)));
    } else {
      line = tx("%1 reaches %2 on the target.").arg(method, acc);
    }
    html += QStringLiteral("<li>") + line + QStringLiteral("</li>\n");
  }
  if (!anyBound || !input.baselinesFound) {
    html += QStringLiteral("<li>") +
            (input.folder ? tx("No baselines (source_only, target_only) were run beside these runs, so their "
                               "numbers stand alone.")
                          : tx("No baselines (source_only, target_only) with this recipe and seed were found "
                               "beside this run, so its number stands alone.")) +
            QLatin1Char(' ') +
            tx("<code>twb compare EXPERIMENT.json --seeds 1,2,3 --out DIR</code> runs them.") +
            QStringLiteral("</li>\n");
  }
  return html + QStringLiteral("</ul>\n");
}

QString recipeSection(const std::vector<ComparisonRow>& rows) {
  const std::vector<const ComparisonRow*> columns = methodRows(rows);
  struct Line {
    QString name;
    std::function<std::string(const ComparisonRow&)> value;
  };
  const auto number = [](double v) { return QString::number(v, 'g', 6).toStdString(); };
  const std::vector<Line> lines = {
      {tx("Experiment"), [](const ComparisonRow& r) { return r.lead().experiment.name; }},
      {tx("Data"),
       [](const ComparisonRow& r) {
         const Experiment& e = r.lead().experiment;
         std::string text = methodOf(e).datasets(e).english();
         if (trainsOnTargetLabels(e))
           text += e.target.labelsPerClass > 0 ? " (" + std::to_string(e.target.labelsPerClass) +
                                                     " target labels per class)"
                                               : " (every target label)";
         return text;
       }},
      {tx("Method"), [](const ComparisonRow& r) { return methodText(r); }},
      {tx("Method settings"), [](const ComparisonRow& r) { return settingsText(r); }},
      {tx("Adversarial weight λ"),
       [number](const ComparisonRow& r) {
         const Experiment& e = r.lead().experiment;
         if (!methodOf(e).needs().lambda)
           return std::string("—");
         const LambdaSpec& l = e.method.lambda;
         std::string text = l.schedule + ", max " + number(l.max);
         if (l.schedule == "ganin")
           text += ", gamma " + number(l.gamma);
         if (l.schedule == "warmup")
           text += ", " + std::to_string(l.warmupSteps) + " warm-up steps";
         return text;
       }},
      {tx("Backbone"),
       [](const ComparisonRow& r) {
         const ModelSpec& m = r.lead().experiment.model;
         std::string text = m.backbone;
         if (m.perDomainBatchStats())
           text += ", batch statistics per domain";
         if (!m.freeze.empty())
           text += ", frozen: " + joinedList(m.freeze);
         return text;
       }},
      {tx("Steps"),
       [](const ComparisonRow& r) {
         const RunRecord& run = r.lead();
         std::string text = std::to_string(run.experiment.training.steps);
         if (run.summary.steps != run.experiment.training.steps)
           text += " (" + run.summary.status + " at " + std::to_string(run.summary.steps) + ")";
         return text;
       }},
      {tx("Batch size"), [](const ComparisonRow& r) { return std::to_string(r.lead().experiment.training.batchSize); }},
      {tx("Optimizer"),
       [number](const ComparisonRow& r) {
         const TrainingSpec& t = r.lead().experiment.training;
         return t.optimizer + (t.optimizer == "sgd" ? ", momentum " + number(t.momentum) : std::string());
       }},
      {tx("Learning rate"),
       [number](const ComparisonRow& r) {
         const TrainingSpec& t = r.lead().experiment.training;
         return number(t.lr) + ", schedule " + t.lrSchedule;
       }},
      {tx("Evaluated every"),
       [](const ComparisonRow& r) { return std::to_string(r.lead().experiment.eval.every) + " steps"; }},
      {tx("Device"), [](const ComparisonRow& r) { return r.lead().summary.device; }},
      {tx("Seeds"), [](const ComparisonRow& r) { return seedsText(r); }},
  };
  QString html = QStringLiteral("<h2>") + tx("Recipe") + QStringLiteral("</h2>\n<p>") +
                 tx("The settings that make the numbers below; the full experiment file is in the appendix.") +
                 QStringLiteral("</p>\n<table class=\"recipe\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
  if (columns.size() > 1) {
    html += QStringLiteral("<tr><th></th>");
    for (const ComparisonRow* row : columns)
      html += QStringLiteral("<th>") + esc(methodText(*row)) + QStringLiteral("</th>");
    html += QStringLiteral("</tr>\n");
  }
  for (const Line& line : lines) {
    html += QStringLiteral("<tr><th align=\"left\">") + esc(line.name) + QStringLiteral("</th>");
    for (const ComparisonRow* row : columns) {
      std::string value = line.value(*row);
      html += QStringLiteral("<td>") + esc(value.empty() ? std::string("—") : value) + QStringLiteral("</td>");
    }
    html += QStringLiteral("</tr>\n");
  }
  return html + QStringLiteral("</table>\n");
}

QString curvesSection(const std::vector<ComparisonRow>& rows, Images& images) {
  std::vector<CurveSeries> loss, accuracy;
  std::size_t methodIndex = 0;
  std::string lossName, accName;
  bool oneLossName = true, oneAccName = true;
  for (const ComparisonRow& row : rows) {
    const QColor colour = rowColour(row, methodIndex);
    if (row.role == MethodRole::Method)
      ++methodIndex;
    for (std::size_t i = 0; i < row.runs.size(); ++i) {
      const RunRecord& run = *row.runs[i];
      const Qt::PenStyle style = kSeedStyles[i % std::size(kSeedStyles)];
      const std::string ln = lossNameOf(run), an = accuracyNameOf(run);
      oneLossName = oneLossName && (lossName.empty() || lossName == ln);
      oneAccName = oneAccName && (accName.empty() || accName == an);
      lossName = ln;
      accName = an;
      std::vector<QPointF> lp = pointsOf(run, ln);
      lp = smoothed(lp, std::max<std::size_t>(1, lp.size() / 25));
      loss.push_back({runLabel(row, run), colour, style, lp});
      accuracy.push_back({runLabel(row, run), colour, style, pointsOf(run, an)});
    }
  }
  PlotLabels lossLabels{oneLossName ? tx("Training loss (%1)").arg(QString::fromStdString(lossName)) : tx("Training loss"),
                        tx("step"), tx("loss"), false};
  PlotLabels accLabels{oneAccName && accName == metric::kAccTargetTest
                           ? tx("Accuracy on the target's test split")
                           : (oneAccName ? tx("Accuracy (%1)").arg(QString::fromStdString(accName)) : tx("Accuracy")),
                       tx("step"), tx("accuracy (%)"), true};
  const int width = 760, height = 340 + 18 * static_cast<int>((loss.size() + 2) / 3);
  const int shownWidth = images.width;
  QString html = QStringLiteral("<h2>") + tx("Curves") + QStringLiteral("</h2>\n<p>") +
                 tx("One line per run, from each run's metrics.csv: a colour per method, a dash pattern per seed. "
                    "The training loss is measured on batches and shown as a running mean; the accuracy at each "
                    "evaluation.") +
                 QStringLiteral("</p>\n");
  const QImage lossImage = plotCurves(loss, lossLabels, width, height);
  const QImage accImage = plotCurves(accuracy, accLabels, width, height);
  html += QStringLiteral("<p><img class=\"curve\" alt=\"%1\" src=\"%2\" width=\"%3\"/></p>\n")
              .arg(esc(lossLabels.title), images.src(QStringLiteral("loss.png"), lossImage))
              .arg(shownWidth);
  html += QStringLiteral("<p><img class=\"curve\" alt=\"%1\" src=\"%2\" width=\"%3\"/></p>\n")
              .arg(esc(accLabels.title), images.src(QStringLiteral("accuracy.png"), accImage))
              .arg(shownWidth);
  return html;
}

QString groupText(const ComparisonRow& row) {
  const Experiment& e = row.lead().experiment;
  return QString::fromStdString(methodOf(e).datasets(e).english() + ", " + e.model.backbone + ", " +
                                std::to_string(row.lead().summary.steps) + " steps");
}

QString resultsSection(const ReportInput& input, const std::vector<ComparisonRow>& rows) {
  std::set<std::size_t> groups;
  for (const ComparisonRow& row : rows)
    groups.insert(row.group);
  QString html = QStringLiteral("<h2>") + tx("Results") + QStringLiteral("</h2>\n<p>");
  html += input.folder ? tx("Accuracies on the test splits: mean ± sample standard deviation over the seeds, "
                            "and the target accuracy of each seed. Gap closed = (method − source_only) / "
                            "(target_only − source_only).")
                       : tx("Accuracies on the test splits. Gap closed = (method − source_only) / "
                            "(target_only − source_only).");
  if (groups.size() == 1 && !rows.empty())
    html += QLatin1Char(' ') + esc(groupText(rows.front())) + QLatin1Char('.');
  html += QStringLiteral("</p>\n<table class=\"results\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<tr>");
  const QString heads[] = {tx("Method"), tx("Settings"), tx("Seeds"), tx("Target acc."), tx("Target per seed"),
                           tx("Source acc."), tx("Domain acc."), tx("Proxy A-dist."), tx("Gap closed")};
  for (const QString& h : heads)
    html += QStringLiteral("<th>") + esc(h) + QStringLiteral("</th>");
  html += QStringLiteral("</tr>\n");
  std::size_t lastGroup = static_cast<std::size_t>(-1);
  for (const ComparisonRow& row : rows) {
    if (groups.size() > 1 && row.group != lastGroup)
      html += QStringLiteral("<tr><td colspan=\"9\"><i>") + esc(groupText(row)) + QStringLiteral("</i></td></tr>\n");
    lastGroup = row.group;
    const ComparisonRow* lower = boundOf(rows, row.group, MethodRole::LowerBound);
    const bool below = row.role == MethodRole::Method && lower && targetMean(row) < targetMean(*lower);
    const char* klass = row.role == MethodRole::Method ? (below ? "method below" : "method") : "baseline";
    html += QStringLiteral("<tr class=\"%1\">").arg(QLatin1String(klass));
    const std::string cells[] = {methodText(row),
                                 settingsText(row),
                                 seedsText(row),
                                 measureText(row, Measure::TargetAccuracy),
                                 perSeedText(row),
                                 measureText(row, Measure::SourceAccuracy),
                                 measureText(row, Measure::DomainAccuracy),
                                 measureText(row, Measure::ProxyADistance),
                                 gapClosedText(row)};
    for (std::size_t i = 0; i < std::size(cells); ++i) {
      const bool numeric = i >= 3 && i != 4;
      QString text = esc(cells[i]);
      if (i == 0 && row.role != MethodRole::Method)
        text += QStringLiteral(" <small>(") +
                (row.role == MethodRole::LowerBound ? tx("lower bound") : tx("upper bound")) +
                QStringLiteral(")</small>");
      if (i == 3 && below)
        text += QStringLiteral(" <small>(") + tx("below %1").arg(esc(methodText(*lower))) + QStringLiteral(")</small>");
      html += (numeric ? QStringLiteral("<td align=\"right\">") : QStringLiteral("<td>")) + text +
              QStringLiteral("</td>");
    }
    html += QStringLiteral("</tr>\n");
  }
  html += QStringLiteral("</table>\n");
  // What cannot be read as it looks (twb compare prints the same notes under its table).
  const std::vector<Message> notes = cautionsForRows(rows);
  if (!notes.empty()) {
    html += QStringLiteral("<ul class=\"notes\">\n");
    for (const Message& note : notes)
      html += QStringLiteral("<li class=\"note\">") + tx("Note:") + QLatin1Char(' ') + esc(note.english()) +
              QStringLiteral("</li>\n");
    html += QStringLiteral("</ul>\n");
  }
  return html;
}

QString mapsSection(const ReportInput& input, Images& images) {
  QString html = QStringLiteral("<h2>") + tx("Embedding map") + QStringLiteral("</h2>\n");
  int shown = 0;
  for (const std::string& path : input.maps) {
    QImage image(QString::fromStdString(path));
    if (image.isNull())
      continue;
    if (image.width() > 1600)
      image = image.scaledToWidth(1600, Qt::SmoothTransformation);
    const int width = std::min(images.width * 3 / 4, image.width());
    html += QStringLiteral("<p><img class=\"map\" alt=\"%1\" src=\"%2\" width=\"%3\"/><br/><small>%1</small></p>\n")
                .arg(esc(path), images.src(QStringLiteral("map%1.png").arg(shown), image))
                .arg(width);
    ++shown;
  }
  if (shown == 0)
    html += QStringLiteral("<p>") +
            tx("No embedding map was saved with these runs. To add one, export the Embedding tab's picture as "
               "embedding.png into the run directory (Export > PNG) and make the report again.") +
            QStringLiteral("</p>\n");
  return html;
}

QString seedsSection(const ReportInput& input, const std::vector<ComparisonRow>& rows) {
  QString html = QStringLiteral("<h2>") + tx("Seeds and runs") + QStringLiteral("</h2>\n<p>");
  std::set<std::uint64_t> seeds;
  for (const ComparisonRow& row : rows)
    for (const RunPtr& run : row.runs)
      seeds.insert(run->summary.seed);
  std::vector<std::string> seedNames;
  for (const auto s : seeds)
    seedNames.push_back(std::to_string(s));
  html += tx("Seeds: %1. A seed fixes the initial weights, the order of the batches and any subset of labels; the "
             "same experiment.json with the same seed trains the same run again (<code>twb train "
             "RUN_DIR/experiment.json</code>).")
              .arg(esc(joinedList(seedNames)));
  html += QStringLiteral("</p>\n<table class=\"runs\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr>");
  const QString heads[] = {tx("Run directory"), tx("Method"), tx("Seed"),        tx("Steps"), tx("Status"),
                           tx("Target acc."),   tx("Source acc."), tx("Training time"), tx("Images/s")};
  for (const QString& h : heads)
    html += QStringLiteral("<th>") + esc(h) + QStringLiteral("</th>");
  html += QStringLiteral("</tr>\n");
  for (const ComparisonRow& row : rows)
    for (const RunPtr& run : row.runs) {
      const RunSummary& s = run->summary;
      const std::optional<double> source = measureOf(*run, Measure::SourceAccuracy);
      html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td>"
                             "<td>%5</td><td align=\"right\">%6</td><td align=\"right\">%7</td>"
                             "<td align=\"right\">%8 s</td><td align=\"right\">%9</td></tr>\n")
                  .arg(esc(fs::path(run->dir).lexically_normal().filename().string().empty()
                               ? run->dir
                               : fs::path(run->dir).lexically_normal().filename().string()),
                       esc(methodText(row)), QString::number(s.seed), QString::number(s.steps), esc(s.status),
                       esc(percentText(s.targetTestAcc)), source ? esc(percentText(*source)) : QStringLiteral("—"),
                       QString::number(s.trainSeconds, 'f', 1), QString::number(s.imagesPerSecond, 'f', 0));
    }
  html += QStringLiteral("</table>\n");
  if (!input.skipped.empty()) {
    html += QStringLiteral("<p>") + tx("Not included:") + QStringLiteral("</p>\n<ul>\n");
    for (const std::string& s : input.skipped)
      html += QStringLiteral("<li>") + esc(s) + QStringLiteral("</li>\n");
    html += QStringLiteral("</ul>\n");
  }
  return html;
}

QString appendix(const std::vector<ComparisonRow>& rows) {
  QString html = QStringLiteral("<h2>") + tx("Appendix: the experiment file") + QStringLiteral("</h2>\n");
  const std::vector<const ComparisonRow*> columns = methodRows(rows);
  for (const ComparisonRow* row : columns) {
    html += QStringLiteral("<p><b>") + esc(methodText(*row)) + QStringLiteral("</b> — ") +
            esc(row->lead().dir + "/experiment.json") + QStringLiteral("</p>\n<pre class=\"json\">") +
            esc(experimentToJson(row->lead().experiment)) + QStringLiteral("</pre>\n");
  }
  if (columns.size() < rows.size())
    html += QStringLiteral("<p>") +
            tx("The baselines train the same recipe with their own method; each run directory's experiment.json "
               "holds its file.") +
            QStringLiteral("</p>\n");
  return html;
}

const char* kStyle = R"(body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 18pt; margin-bottom: 0; }
h2 { font-size: 13pt; margin-top: 1.4em; border-bottom: 1px solid #999; }
p.meta { color: #444; font-size: 9pt; }
table { border-collapse: collapse; border-color: #999; }
th { background-color: #eeeeee; text-align: left; }
td, th { padding: 3px 6px; }
table.results td, table.results th { font-size: 9pt; }
table.runs td, table.runs th { font-size: 8pt; }
tr.below td { background-color: #fde8e8; }
tr.baseline td { color: #333; }
span.negative { color: #a01010; }
li.note { color: #555; font-size: 8pt; }
img.curve { max-width: 100%; height: auto; }
pre.json { font-size: 7pt; background-color: #f6f6f6; padding: 4px; }
)";

QString buildHtml(const ReportInput& input, Images& images) {
  const std::vector<ComparisonRow> rows = comparisonRows(input.runs, input.folder);
  const QString title = QString::fromStdString(input.title.empty() ? input.path : input.title);
  QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/>\n<title>") + esc(title) +
                 QStringLiteral("</title>\n<style>\n") + QString::fromUtf8(kStyle) +
                 (images.dataUris ? QStringLiteral("body { max-width: 62em; margin: 2em auto; padding: 0 1em; }\n")
                                  : QString()) +
                 QStringLiteral("</style>\n</head>\n<body>\n<h1>") + esc(title) + QStringLiteral("</h1>\n");
  html += QStringLiteral("<p class=\"meta\">") +
          tx("Transfer Workbench %1 report of %2, made %3 on %4.")
              .arg(QString::fromLatin1(kVersion), esc(input.path),
                   QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                   esc(machineText(input.runs))) +
          QStringLiteral("</p>\n");
  if (!input.lessonHtml.empty()) // a lesson's handout: what the class read and concluded, first
    html += QString::fromStdString(input.lessonHtml);
  html += summarySection(input, rows);
  html += recipeSection(rows);
  html += curvesSection(rows, images);
  html += resultsSection(input, rows);
  html += mapsSection(input, images);
  html += seedsSection(input, rows);
  html += appendix(rows);
  return html + QStringLiteral("</body></html>\n");
}

} // namespace

ReportFormat checkReportOutput(const std::string& outPath) {
  const fs::path out(outPath);
  std::error_code ec;
  if (fs::is_directory(out, ec))
    throw InputError(Message::text(TWB_TR("twb", "--out '%1' is a folder, not a file to write the report to"), {outPath}));
  std::string suffix = out.extension().string();
  std::transform(suffix.begin(), suffix.end(), suffix.begin(), [](unsigned char c) { return std::tolower(c); });
  if (suffix != ".html" && suffix != ".htm" && suffix != ".pdf")
    throw InputError(Message::text(TWB_TR("twb", "--out '%1' must end in .html or .pdf (the format of the report)"),
                                   {outPath}));
  const fs::path folder = out.parent_path().empty() ? fs::path(".") : out.parent_path();
  if (!fs::is_directory(folder, ec))
    throw InputError(Message::text(TWB_TR("twb", "--out '%1' cannot be written: its folder '%2' does not exist"),
                                   {outPath, folder.string()}));
  if (::access(folder.c_str(), W_OK) != 0)
    throw InputError(Message::text(TWB_TR("twb", "--out '%1' cannot be written: its folder '%2' is not writable"),
                                   {outPath, folder.string()}));
  return suffix == ".pdf" ? ReportFormat::Pdf : ReportFormat::Html;
}

QString reportHtml(const ReportInput& input) {
  Images images;
  return buildHtml(input, images);
}

void writeReport(const ReportInput& input, const std::string& outPath) {
  const ReportFormat format = checkReportOutput(outPath);
  if (format == ReportFormat::Html) {
    writeFileAtomic(outPath, reportHtml(input).toStdString());
    return;
  }
  Images images;
  images.dataUris = false;
  images.width = 590; // A4 less 15 mm margins, in the document's units
  const QString html = buildHtml(input, images);
  QTextDocument doc;
  QFont font(QStringLiteral("DejaVu Sans"));
  font.setPointSizeF(9.0);
  doc.setDefaultFont(font);
  for (const auto& [name, image] : images.named)
    doc.addResource(QTextDocument::ImageResource, QUrl(name), QVariant(image));
  doc.setHtml(html);
  QByteArray pdf;
  {
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(QString::fromStdString(input.title));
    writer.setCreator(QStringLiteral("Transfer Workbench ") + QString::fromLatin1(kVersion));
    doc.print(&writer);
  }
  writeFileAtomic(outPath, pdf.toStdString());
}

} // namespace twb::report
