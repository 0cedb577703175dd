#include "datasets/DatasetsPanel.h"

#include "data/DatasetStats.h"
#include "datasets/DatasetStore.h"
#include "datasets/DomainView.h"
#include "datasets/UtterancePlayer.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

namespace twb::ui {
namespace {

constexpr int kNamesShown = 8; // a longer list ends in "and N more"; the tooltip has all

QString nameList(const std::vector<std::string>& names) {
  QStringList shown;
  for (std::size_t i = 0; i < names.size() && i < kNamesShown; ++i)
    shown.append(QString::fromStdString(names[i]).toHtmlEscaped());
  QString list = shown.join(QStringLiteral(", "));
  if (names.size() > kNamesShown)
    list += DatasetsPanel::tr(" (+%1 more)").arg(names.size() - kNamesShown);
  return list;
}

QSet<QString> nameSet(const std::vector<std::string>& names) {
  QSet<QString> set;
  for (const std::string& name : names)
    set.insert(QString::fromStdString(name));
  return set;
}

} // namespace

DatasetsPanel::DatasetsPanel(QWidget* parent) : QWidget(parent) {
  store_ = new DatasetStore(this);
  source_ = new DomainView(DomainRole::Source, store_, this);
  target_ = new DomainView(DomainRole::Target, store_, this);
  // One player for both sides: a click on either stops what the other played.
  auto* player = new UtterancePlayer(this);
  source_->setPlayer(player);
  target_->setPlayer(player);
  match_ = new QLabel(this);
  match_->setObjectName(QStringLiteral("classMatch"));
  match_->setWordWrap(true);
  match_->setTextFormat(Qt::RichText);
  match_->setMargin(4);
  match_->setAutoFillBackground(true);

  auto* divider = new QFrame(this);
  divider->setFrameShape(QFrame::VLine);
  divider->setFrameShadow(QFrame::Sunken);
  auto* domains = new QHBoxLayout;
  domains->setContentsMargins(0, 0, 0, 0);
  domains->addWidget(source_, 1);
  domains->addWidget(divider);
  domains->addWidget(target_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(match_);
  layout->addLayout(domains, 1);

  for (DomainView* view : {source_, target_}) {
    connect(view, &DomainView::datasetChanged, this, &DatasetsPanel::updateMatch);
    connect(view, &DomainView::chosen, this,
            [this, view](const QString& spec) { emit datasetChosen(view->role(), spec); });
  }
  updateMatch();
}

DatasetsPanel::~DatasetsPanel() {
  // The views go before the store they ask: no view outlives it, no load outlives both.
  delete source_;
  delete target_;
}

void DatasetsPanel::setDomains(const twb::DomainSpec& source, const twb::DomainSpec& target, quint64 seed,
                               int targetLabelsUsed) {
  target_->setLabelsUsed(targetLabelsUsed);
  sourceSpec_ = source;
  targetSpec_ = target;
  seed_ = seed;
  applied_ = false;
  // A hidden panel loads nothing: loading costs seconds of CPU a run may want.
  if (isVisible())
    applyDomains();
}

void DatasetsPanel::applyDomains() {
  applied_ = true;
  source_->setSpec(QString::fromStdString(sourceSpec_.dataset), seed_, sourceSpec_.classes);
  target_->setSpec(QString::fromStdString(targetSpec_.dataset), seed_, targetSpec_.classes);
}

DomainView* DatasetsPanel::domain(DomainRole role) const {
  return role == DomainRole::Source ? source_ : target_;
}

void DatasetsPanel::setChoosersEnabled(bool enabled) {
  source_->setChooserEnabled(enabled);
  target_->setChooserEnabled(enabled);
}

void DatasetsPanel::cancelLoads() {
  source_->cancel();
  target_->cancel();
}

QString DatasetsPanel::matchText() const {
  return match_->text();
}

void DatasetsPanel::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (!applied_)
    applyDomains();
}

void DatasetsPanel::updateMatch() {
  const auto source = source_->dataset();
  const auto target = target_->dataset();
  QPalette palette = this->palette();
  if (!source || !target) {
    source_->setMarkedClasses({});
    target_->setMarkedClasses({});
    match_->setPalette(palette);
    match_->setText(tr("The class match shows once both datasets are loaded."));
    match_->setToolTip(QString());
    return;
  }
  const twb::ClassMatch match = twb::matchClasses(source->dataset, target->dataset);
  source_->setMarkedClasses(nameSet(match.sourceOnly));
  target_->setMarkedClasses(nameSet(match.targetOnly));
  const int common = static_cast<int>(match.common.size());
  if (match.sourceOnly.empty() && match.targetOnly.empty()) {
    palette.setColor(QPalette::Window, QColor(223, 240, 216)); // agreement: pale green
    match_->setPalette(palette);
    match_->setText(match.identical
                        ? tr("Classes in common: <b>%1</b>, the same names in the same order.").arg(common)
                        : tr("Classes in common: <b>%1</b>, matched by name (the order differs).").arg(common));
    match_->setToolTip(QString());
    return;
  }
  palette.setColor(QPalette::Window, QColor(255, 232, 204)); // a mismatch to notice: pale orange
  match_->setPalette(palette);
  QStringList parts;
  parts.append(common == 0 ? tr("<b>No classes in common</b>: a classifier trained on the source "
                                "cannot name any target class.")
                           : tr("Classes in common: <b>%1</b>, matched by name.").arg(common));
  const QString highlight = QStringLiteral("<span style=\"color:#cc5500; font-weight:bold\">%1</span>");
  if (!match.sourceOnly.empty())
    parts.append(tr("Only in the source: %1.").arg(highlight.arg(nameList(match.sourceOnly))));
  if (!match.targetOnly.empty())
    parts.append(tr("Only in the target: %1.").arg(highlight.arg(nameList(match.targetOnly))));
  match_->setText(parts.join(QLatin1Char(' ')));
  QStringList all;
  for (const auto* names : {&match.sourceOnly, &match.targetOnly}) {
    QStringList list;
    for (const std::string& name : *names)
      list.append(QString::fromStdString(name));
    all.append(list.join(QStringLiteral(", ")));
  }
  match_->setToolTip(tr("Only in the source: %1\nOnly in the target: %2").arg(all[0], all[1]));
}

void DatasetsPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    updateMatch();
  QWidget::changeEvent(event);
}

} // namespace twb::ui
