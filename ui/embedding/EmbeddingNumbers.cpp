#include "embedding/EmbeddingNumbers.h"

#include "common/CoreText.h"
#include "embedding/EmbeddingCaption.h"

#include "zeroshot/DescribeClass.h"

#include <algorithm>

namespace twb::ui {

namespace {

QString fixed(double v) {
  return EmbeddingCaption::fixed(v);
}

} // namespace

EmbeddingNumbers::EmbeddingNumbers(QWidget* parent) : QLabel(parent) {
  setObjectName(QStringLiteral("embeddingNumbers"));
  setWordWrap(true);
  setTextInteractionFlags(Qt::TextSelectableByMouse);
  setAlignment(Qt::AlignTop | Qt::AlignLeft);
}

void EmbeddingNumbers::setNumbers(const EmbeddingPtr& features, const QString& recipe, const EmbeddingJob* job) {
  if (!features) {
    setText(tr("<i>Domain mixing and class separation appear here once features are extracted.</i>"));
    return;
  }
  const twb::EmbeddingData& d = *features;
  QString tsne;
  if (job && job->features() == features)
    tsne = tr("t-SNE: perplexity %1, %2 iterations, seed %3")
               .arg(job->perplexityUsed(), 0, 'f', 1)
               .arg(job->params().iterations)
               .arg(job->params().seed);
  const QString footer = QStringLiteral("<p><small>%1<br>%2<br>%3</small></p>")
                             .arg(recipe.toHtmlEscaped(), coreText(d.countsText()).toHtmlEscaped(), tsne);
  if (d.isZeroShot()) {
    setText(zeroShotNumbers(d) + footer);
    return;
  }
  const twb::DomainProbe& probe = d.domainProbe;
  const QString pad =
      probe.perDomain == 0
          ? QString()
          : tr("<p><b>Proxy A-distance %1</b><br><small>a linear classifier trained on half of the images tells "
               "the other half's domain right %2 of the time; 0 = indistinguishable, 2 = apart</small></p>")
                .arg(fixed(probe.proxyADistance), fixed(probe.accuracy));
  const QString neighbourhood =
      tr("<p><b>Domain mixing %1</b><br><small>fraction of each point's %2 nearest neighbours (in the %3-d "
         "%4 features) from the other domain; 0.5 = mixed, 0 = apart</small></p>"
         "<p><b>Class separation %5</b> (target %6)<br><small>fraction of those neighbours with the same "
         "label</small></p>")
          .arg(fixed(twb::domainMixing(d)))
          .arg(d.k)
          .arg(d.dim)
          .arg(QString::fromStdString(d.layer))
          .arg(fixed(twb::classSeparation(d)), fixed(twb::classSeparation(d, twb::EmbeddingDomain::Target)));
  setText(neighbourhood + pad + footer);
}

// The joint space's story in numbers: how often an unseen image's nearest class
// embedding (cosine, as drawn) is its own, among the unseen classes (the zero-shot
// setting) and among all classes (the generalised one), and how clustered the images are.
QString EmbeddingNumbers::zeroShotNumbers(const twb::EmbeddingData& d) {
  const twb::UnseenAgreement agree = twb::unseenAgreement(d);
  const auto unseenClasses = std::count(d.unseen.begin(), d.unseen.end(), true);
  const double share = agree.unseenImages ? 1.0 / static_cast<double>(agree.unseenImages) : 0.0;
  return tr("<p><b>Unseen images nearest their own class: %1</b> of %2 among the %3 unseen classes "
            "(%4), %5 among all %6 classes<br><small>nearest class embedding ★ by cosine in the %7-d joint "
            "space, as the map draws it; the run's own scores are in its results</small></p>"
            "<p><b>Class separation %8</b><br><small>fraction of each image's %9 nearest neighbours with "
            "the same label</small></p>")
      .arg(agree.amongUnseen)
      .arg(agree.unseenImages)
      .arg(unseenClasses)
      .arg(fixed(static_cast<double>(agree.amongUnseen) * share))
      .arg(fixed(static_cast<double>(agree.amongAll) * share))
      .arg(d.classPoints)
      .arg(d.dim)
      .arg(fixed(twb::classSeparation(d)))
      .arg(d.k);
}

} // namespace twb::ui
