#include "embedding/EmbeddingCaption.h"

#include "common/CoreText.h"

#include "methods/Registry.h"
#include "training/RunDirectory.h"

#include <QFileInfo>

#include <exception>

namespace twb::ui {

namespace {

// The method's settings as a results table shows them ("reversal"); empty when they
// say nothing beyond its name or this build has no such method.
QString recipeOf(const twb::Experiment& e) {
  twb::Message recipe;
  try {
    recipe = twb::methodOf(e).recipe(e);
  } catch (const std::exception&) {
    return {};
  }
  return recipe.empty() ? QString() : coreText(recipe);
}

} // namespace

QString EmbeddingCaption::fixed(double v) {
  return QString::number(v, 'f', 3);
}

QString EmbeddingCaption::recipeFor(const twb::EmbeddingData& data) {
  try {
    const twb::RunRecord r = twb::readRunDirectory(data.runDir);
    const auto extra = [&](const char* key) {
      const auto it = r.summary.extra.find(key);
      return it == r.summary.extra.end() ? QStringLiteral("–") : fixed(it->second);
    };
    // "dann (reversal)": a run's recipe is part of what it is (a confusion run is not the paper's).
    const QString name = QString::fromStdString(r.summary.method), recipe = recipeOf(r.experiment);
    const QString method = recipe.isEmpty() ? name : tr("%1 (%2)").arg(name, recipe);
    if (data.isZeroShot())
      return tr("%1 on %2, %3 steps, seed %4; unseen top-1 %5 (unseen classes the only candidates); "
                "generalised: seen %6, unseen %7, harmonic mean %8")
          .arg(method, QString::fromStdString(r.experiment.source.dataset))
          .arg(r.summary.steps)
          .arg(r.experiment.seed)
          .arg(extra("unseen_acc"), extra("seen_acc"), extra("gzsl_unseen_acc"), extra("harmonic_mean"));
    return tr("%1, %2, on %3 → %4, %5 steps, seed %6; target test accuracy %7 (source %8)")
        .arg(method, QString::fromStdString(r.experiment.model.backbone),
             QString::fromStdString(r.experiment.source.dataset), QString::fromStdString(r.experiment.target.dataset))
        .arg(r.summary.steps)
        .arg(r.experiment.seed)
        .arg(fixed(r.summary.targetTestAcc), fixed(r.summary.sourceTestAcc));
  } catch (const std::exception&) {
    const twb::Experiment& e = data.experiment;
    return tr("%1 on %2 → %3, seed %4")
        .arg(QString::fromStdString(e.method.name), QString::fromStdString(e.source.dataset),
             QString::fromStdString(e.target.dataset))
        .arg(e.seed);
  }
}

QString EmbeddingCaption::captionFor(const twb::EmbeddingData& d, const QString& recipe, const MapStop& stop) {
  const QString run = QFileInfo(QString::fromStdString(d.runDir)).fileName().toHtmlEscaped();
  QString counts = coreText(d.countsText()).toHtmlEscaped();
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
