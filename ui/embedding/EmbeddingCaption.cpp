// The Embedding tab's words about a map: the run's recipe and accuracies (read from
// its run directory) and the caption drawn above a map and into an exported picture.
// Static, so a pinned map can rebuild its caption on a language switch from the data
// it keeps, without the live map's state.
#include "EmbeddingPanel.h"

#include "ResultsModel.h"
#include "training/RunDirectory.h"

#include <QFileInfo>

namespace twb::ui {

QString EmbeddingPanel::fixed(double v) {
  return QString::number(v, 'f', 3);
}

QString EmbeddingPanel::recipeFor(const twb::EmbeddingData& data) {
  try {
    const twb::RunRecord r = twb::readRunDirectory(data.runDir);
    const auto extra = [&](const char* key) {
      const auto it = r.summary.extra.find(key);
      return it == r.summary.extra.end() ? QStringLiteral("–") : fixed(it->second);
    };
    if (data.isZeroShot())
      return tr("%1 (%2 loss) on %3, %4 steps, seed %5; unseen top-1 %6 (unseen classes the only "
                "candidates); generalised: seen %7, unseen %8, harmonic mean %9")
          .arg(QString::fromStdString(r.summary.method), QString::fromStdString(r.experiment.zeroshot.loss),
               QString::fromStdString(r.experiment.source.dataset))
          .arg(r.summary.steps)
          .arg(r.experiment.seed)
          .arg(extra("unseen_acc"), extra("seen_acc"), extra("gzsl_unseen_acc"), extra("harmonic_mean"));
    else {
      // DANN's adversary is part of its recipe: a confusion run is not the paper's.
      const QString method = r.experiment.method.name == "dann"
                                 ? tr("%1 (%2)").arg(QString::fromStdString(r.summary.method),
                                                     ResultsModel::adversaryText(r.experiment.method))
                                 : QString::fromStdString(r.summary.method);
      return tr("%1, %2, on %3 → %4, %5 steps, seed %6; target test accuracy %7 (source %8)")
          .arg(method, QString::fromStdString(r.experiment.model.backbone),
               QString::fromStdString(r.experiment.source.dataset), QString::fromStdString(r.experiment.target.dataset))
          .arg(r.summary.steps)
          .arg(r.experiment.seed)
          .arg(fixed(r.summary.targetTestAcc), fixed(r.summary.sourceTestAcc));
    }
  } catch (const std::exception&) {
    const twb::Experiment& e = data.experiment;
    return tr("%1 on %2 → %3, seed %4")
        .arg(QString::fromStdString(e.method.name), QString::fromStdString(e.source.dataset),
             QString::fromStdString(e.target.dataset))
        .arg(e.seed);
  }
}

QString EmbeddingPanel::captionFor(const twb::EmbeddingData& d, const QString& recipe, const MapStop& stop) {
  const QString run = QFileInfo(QString::fromStdString(d.runDir)).fileName().toHtmlEscaped();
  QString counts = QString::fromStdString(d.countsText()).toHtmlEscaped();
  if (stop.atIteration > 0) // a map stopped early is not the finished picture: say so
    counts += tr(". t-SNE stopped at iteration %1 of %2").arg(stop.atIteration).arg(stop.ofIterations);
  if (d.isZeroShot())
    return tr("<b>%1</b>, joint space: class separation %2<br><small>%3<br>%4. ● image of a seen class, ◆ of an "
              "unseen class, ★ class embedding g(y); colour = class.</small>")
        .arg(run, fixed(twb::classSeparation(d)), recipe.toHtmlEscaped(), counts);
  const QString pad =
      d.domainProbe.perDomain == 0 ? QString() : tr(", proxy A-distance %1").arg(fixed(d.domainProbe.proxyADistance));
  return tr("<b>%1</b>, layer %2: domain mixing %3%4, class separation %5<br><small>%6<br>%7. ● source, ▲ target; "
            "colour = class.</small>")
      .arg(run, QString::fromStdString(d.layer), fixed(twb::domainMixing(d)), pad, fixed(twb::classSeparation(d)),
           recipe.toHtmlEscaped(), counts);
}

} // namespace twb::ui
