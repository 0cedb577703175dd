#include "datasets/DomainView.h"

#include "datasets/ClassCountsPlot.h"
#include "common/CoreText.h"
#include "common/FitWidgets.h"
#include "data/DatasetCatalog.h"
#include "datasets/DatasetFactsView.h"
#include "datasets/SampleGridView.h"
#include "datasets/UtteranceBar.h"
#include "window/SettingsKeys.h"

#include <qcustomplot.h>

#include <algorithm>

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace twb::ui {
namespace {

constexpr int kSpecRole = Qt::UserRole;       // the spec an entry stands for
constexpr int kPickerRole = Qt::UserRole + 1; // "folder" or "idx": entries that open a dialog
constexpr int kCustomRole = Qt::UserRole + 2; // the one entry for a spec not built in
// A built-in's description in the interface's language.
constexpr int kDescriptionRole = Qt::UserRole + 3;
constexpr int kProgressIntervalMs = 100;

bool isSeparator(const QModelIndex& index) {
  return index.data(Qt::AccessibleDescriptionRole).toString() == QLatin1String("separator");
}

// The chooser's popup: a built-in's name and, on a second, smaller line, what it is,
// so a newcomer sees what each dataset holds before choosing one.
class DatasetItemDelegate : public QStyledItemDelegate {
public:
  using QStyledItemDelegate::QStyledItemDelegate;

  void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override {
    if (isSeparator(index)) {
      const int y = option.rect.center().y();
      painter->save();
      painter->setPen(option.palette.color(QPalette::Mid));
      painter->drawLine(option.rect.left() + 4, y, option.rect.right() - 4, y);
      painter->restore();
      return;
    }
    const QString description = index.data(kDescriptionRole).toString();
    if (description.isEmpty()) {
      QStyledItemDelegate::paint(painter, option, index);
      return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QPalette::ColorRole role = (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    // Where the style puts an item's text, so the two lines align with the entries below.
    QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    text.setTop(opt.rect.top() + kMargin / 2);
    painter->save();
    painter->setPen(opt.palette.color(group, role));
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QFontMetrics boldMetrics(bold);
    painter->drawText(text.left(), text.top() + boldMetrics.ascent(), name);
    const QFont small = smallFont(opt.font);
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    painter->drawText(text.left(), text.top() + boldMetrics.height() + smallMetrics.ascent(),
                      smallMetrics.elidedText(description, Qt::ElideRight, text.width()));
    painter->restore();
  }

  QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
    const QSize plain = QStyledItemDelegate::sizeHint(option, index);
    if (isSeparator(index))
      return {plain.width(), 7};
    const QString description = index.data(kDescriptionRole).toString();
    if (description.isEmpty())
      return plain;
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics smallMetrics(smallFont(option.font));
    const int width =
        std::max(boldMetrics.horizontalAdvance(index.data().toString()), smallMetrics.horizontalAdvance(description));
    return {width + 2 * kMargin, boldMetrics.height() + smallMetrics.height() + kMargin};
  }

private:
  static constexpr int kMargin = 6;

  static QFont smallFont(QFont font) {
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
  }
};

} // namespace

DomainView::DomainView(DomainRole role, DatasetStore* store, QWidget* parent)
    : QWidget(parent), role_(role), store_(store) {
  const QString stem = roleKey(role);
  setObjectName(stem + QStringLiteral("Domain"));

  title_ = new QLabel(this);
  QFont bold = title_->font();
  bold.setBold(true);
  title_->setFont(bold);
  chooser_ = new QComboBox(this);
  chooser_->setObjectName(stem + QStringLiteral("DatasetChooser"));
  chooser_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  chooser_->setMinimumContentsLength(16);
  chooser_->setItemDelegate(new DatasetItemDelegate(chooser_));
  buildChooser();
  description_ = new QLabel(this);
  description_->setObjectName(stem + QStringLiteral("DatasetDescription"));
  description_->setWordWrap(true);
  description_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  reload_ = new QToolButton(this);
  reload_->setObjectName(stem + QStringLiteral("Reload"));
  reload_->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)));
  reload_->setAutoRaise(true);

  progress_ = new QProgressBar(this);
  progress_->setObjectName(stem + QStringLiteral("LoadProgress"));
  progress_->setRange(0, 1000);
  progress_->setTextVisible(false);
  cancel_ = new QPushButton(this);
  cancel_->setObjectName(stem + QStringLiteral("CancelLoad"));
  message_ = new QLabel(this);
  message_->setObjectName(stem + QStringLiteral("LoadMessage"));
  message_->setWordWrap(true);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  QPalette errorPalette = message_->palette();
  errorPalette.setColor(QPalette::WindowText, QColor(176, 0, 32));
  message_->setPalette(errorPalette);
  retry_ = new QPushButton(this);
  retry_->setObjectName(stem + QStringLiteral("RetryLoad"));
  subset_ = new QLabel(this);
  subset_->setObjectName(stem + QStringLiteral("ClassSubset"));
  subset_->setWordWrap(true);
  labelsNote_ = new QLabel(this);
  labelsNote_->setObjectName(stem + QStringLiteral("LabelsUsed"));
  labelsNote_->setWordWrap(true);

  samplesArea_ = new SampleGridArea(this);
  samples_ = samplesArea_->grid();
  samples_->setObjectName(stem + QStringLiteral("Samples"));
  counts_ = new ClassCountsPlot(this);
  counts_->plot()->setObjectName(stem + QStringLiteral("CountsPlot"));
  facts_ = new DatasetFactsView(this);
  facts_->setObjectName(stem + QStringLiteral("Facts"));
  utterances_ = new UtteranceBar(samples_, stem, this);

  auto* header = new QHBoxLayout;
  header->addWidget(title_);
  header->addWidget(chooser_, 1);
  header->addWidget(reload_);
  auto* loadRow = new QHBoxLayout;
  loadRow->addWidget(progress_, 1);
  loadRow->addWidget(cancel_);
  auto* messageRow = new QHBoxLayout;
  messageRow->addWidget(message_, 1);
  messageRow->addWidget(retry_, 0, Qt::AlignTop);
  auto* details = new QWidget;
  auto* detailsLayout = new QVBoxLayout(details);
  detailsLayout->setContentsMargins(0, 0, 0, 0);
  // The notes on which classes and how many labels a run uses sit above the counts they
  // explain and scroll with them: on a projector they took the sample grid's height.
  detailsLayout->addWidget(subset_);
  detailsLayout->addWidget(labelsNote_);
  detailsLayout->addWidget(counts_, 1);
  detailsLayout->addWidget(facts_);
  // A short dock scrolls the numbers rather than cutting them off; the area is as wide
  // as they need, so none is cut off at the right either.
  auto* detailsArea = new VerticalScrollArea(details, this);
  auto* body = new QHBoxLayout;
  body->addWidget(samplesArea_);
  body->addWidget(detailsArea, 1);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addLayout(header);
  layout->addWidget(description_);
  layout->addLayout(loadRow);
  layout->addLayout(messageRow);
  layout->addLayout(body, 1);
  layout->addWidget(utterances_);
  for (QWidget* hidden : {static_cast<QWidget*>(progress_), static_cast<QWidget*>(cancel_),
                          static_cast<QWidget*>(message_), static_cast<QWidget*>(retry_),
                          static_cast<QWidget*>(subset_), static_cast<QWidget*>(labelsNote_)})
    hidden->hide();

  progressTimer_.setInterval(kProgressIntervalMs);
  connect(&progressTimer_, &QTimer::timeout, this, &DomainView::updateProgress);
  connect(chooser_, qOverload<int>(&QComboBox::activated), this, &DomainView::onActivated);
  connect(cancel_, &QPushButton::clicked, this, &DomainView::cancel);
  connect(retry_, &QPushButton::clicked, this, [this] { load(true); });
  connect(reload_, &QToolButton::clicked, this, [this] { load(true); });
  connect(store_, &DatasetStore::ready, this, &DomainView::onReady);
  connect(store_, &DatasetStore::failed, this, &DomainView::onFailed);
  retranslateUi();
}

DomainView::~DomainView() {
  if (waiting_ && store_)
    store_->release(key_);
}

void DomainView::buildChooser() {
  auto* model = qobject_cast<QStandardItemModel*>(chooser_->model());
  for (const twb::DatasetInfo& info : twb::builtinDatasets()) {
    const QString name = QString::fromStdString(info.name);
    chooser_->addItem(name, name);
    if (!info.available && model)
      model->item(chooser_->count() - 1)->setEnabled(false);
  }
  chooser_->insertSeparator(chooser_->count());
  chooser_->addItem(QString());
  chooser_->setItemData(chooser_->count() - 1, QStringLiteral("folder"), kPickerRole);
  chooser_->addItem(QString());
  chooser_->setItemData(chooser_->count() - 1, QStringLiteral("idx"), kPickerRole);
}

void DomainView::selectInChooser(const QString& spec) {
  const QSignalBlocker blocker(chooser_);
  int index = chooser_->findData(spec, kSpecRole);
  if (index < 0) {
    // A folder, an IDX file or a name typed in the experiment: one entry after the built-ins.
    const int custom = chooser_->findData(true, kCustomRole);
    if (custom >= 0)
      chooser_->removeItem(custom);
    index = chooser_->findData(QStringLiteral("folder"), kPickerRole) - 1; // before the separator
    chooser_->insertItem(index, spec, spec);
    chooser_->setItemData(index, true, kCustomRole);
    chooser_->setItemData(index, spec, Qt::ToolTipRole);
  }
  chooser_->setCurrentIndex(index);
  updateDescription();
}

// Each built-in's description in the interface's language, in its popup entry and tooltip.
void DomainView::describeBuiltins() {
  for (const twb::DatasetInfo& info : twb::builtinDatasets()) {
    const int row = chooser_->findData(QString::fromStdString(info.name), kSpecRole);
    if (row < 0 || chooser_->itemData(row, kCustomRole).toBool())
      continue;
    const QString description = coreText(info.describe());
    QString tip = description;
    if (!info.available)
      tip += QLatin1Char('\n') + tr("Not available: %1").arg(QString::fromStdString(info.problem));
    chooser_->setItemData(row, description, kDescriptionRole);
    chooser_->setItemData(row, tip, Qt::ToolTipRole);
  }
  // The popup is as wide as its longest description (QComboBox measures only the names), up to a limit.
  QStyleOptionViewItem option;
  option.initFrom(chooser_->view());
  int width = 0;
  for (int row = 0; row < chooser_->count(); ++row)
    width = std::max(width, chooser_->itemDelegate()->sizeHint(option, chooser_->model()->index(row, 0)).width());
  chooser_->view()->setMinimumWidth(std::min(width + 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth), 640));
  updateDescription();
}

// The chosen built-in's description under the chooser; a folder or a file is described by its path.
void DomainView::updateDescription() {
  const int index = chooser_->currentIndex();
  const QString description = index < 0 ? QString() : chooser_->itemData(index, kDescriptionRole).toString();
  description_->setText(description);
  description_->setVisible(!description.isEmpty());
  chooser_->setToolTip(description.isEmpty() ? spec() : description);
}

void DomainView::onActivated(int index) {
  const QString picker = chooser_->itemData(index, kPickerRole).toString();
  QString spec = chooser_->itemData(index, kSpecRole).toString();
  if (picker == QLatin1String("folder"))
    spec = askFolder();
  else if (picker == QLatin1String("idx"))
    spec = askIdxFile();
  // The chooser shows the experiment's spec until the experiment says otherwise.
  selectInChooser(this->spec());
  if (!spec.isEmpty() && spec != this->spec())
    emit chosen(spec);
}

QString DomainView::askFolder() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose an Image Folder (One Sub-Folder per Class)"),
                                                        settings::datasetDialogDirectory());
  if (dir.isEmpty())
    return {};
  settings::lastDatasetDirectory.set(QFileInfo(dir).absolutePath());
  return QStringLiteral("folder:") + QDir::cleanPath(dir);
}

QString DomainView::askIdxFile() {
  const QString file =
      QFileDialog::getOpenFileName(this, tr("Choose an IDX Images File"), settings::datasetDialogDirectory(),
                                   tr("IDX images (*idx3-ubyte *idx3-ubyte.gz);;All files (*)"));
  if (file.isEmpty())
    return {};
  settings::lastDatasetDirectory.set(QFileInfo(file).absolutePath());
  return QStringLiteral("idx:") + QDir::cleanPath(file);
}

void DomainView::setSpec(const QString& spec, quint64 seed, const std::vector<int>& classes) {
  const DatasetStore::Key key{spec.trimmed().toStdString(), seed, classes};
  if (hasKey_ && key == key_)
    return;
  if (waiting_ && store_)
    store_->release(key_);
  waiting_ = false;
  key_ = key;
  hasKey_ = true;
  selectInChooser(this->spec());
  updateSubsetNote();
  load(false);
}

void DomainView::load(bool reread) {
  if (!store_)
    return;
  if (waiting_)
    store_->release(key_);
  waiting_ = false;
  cancelled_ = false;
  if (key_.spec.empty()) {
    display(nullptr);
    showMessage(tr("Choose a dataset."), false);
    return;
  }
  if (reread)
    store_->forget(key_);
  if (auto cached = store_->find(key_)) {
    display(std::move(cached));
    return;
  }
  display(nullptr);
  waiting_ = true;
  store_->request(key_);
  progress_->setValue(0);
  progress_->show();
  cancel_->show();
  reload_->setEnabled(false);
  progressTimer_.start();
}

void DomainView::cancel() {
  if (!waiting_)
    return;
  store_->release(key_);
  waiting_ = false;
  cancelled_ = true;
  progressTimer_.stop();
  progress_->hide();
  cancel_->hide();
  reload_->setEnabled(true);
  showMessage(tr("Loading cancelled."), true);
}

void DomainView::display(std::shared_ptr<const LoadedDataset> loaded) {
  shown_ = std::move(loaded);
  progressTimer_.stop();
  progress_->hide();
  cancel_->hide();
  reload_->setEnabled(true);
  message_->hide();
  retry_->hide();
  if (shown_) {
    const twb::Dataset& dataset = shown_->dataset;
    QStringList names;
    for (const std::string& name : dataset.classNames)
      names.append(QString::fromStdString(name));
    samples_->setDataset(dataset, key_.seed);
    samplesArea_->refit();
    counts_->setCounts(names, shown_->stats.train.classCounts, shown_->stats.test.classCounts);
    facts_->setDataset(shown_);
  } else {
    samples_->clear();
    samplesArea_->refit();
    counts_->clear();
    facts_->clear();
  }
  utterances_->setDataset(shown_, key_);
  updateLabelsNote();
  emit datasetChanged();
}

void DomainView::showMessage(const QString& text, bool offerRetry) {
  message_->setText(text);
  message_->show();
  retry_->setVisible(offerRetry);
}

void DomainView::onReady(const DatasetKey& key) {
  if (!waiting_ || key != key_)
    return; // another domain's dataset, or one this view has moved away from
  waiting_ = false;
  display(store_->find(key_));
}

void DomainView::onFailed(const DatasetKey& key, const QString& message) {
  if (!waiting_ || key != key_)
    return;
  waiting_ = false;
  display(nullptr);
  showMessage(message.isEmpty() ? tr("Loading “%1” failed.").arg(spec()) : message, true);
}

void DomainView::updateProgress() {
  if (waiting_ && store_)
    progress_->setValue(static_cast<int>(store_->progress(key_) * progress_->maximum()));
}

void DomainView::setMarkedClasses(const QSet<QString>& classNames) {
  samples_->setMarkedClasses(classNames);
}

void DomainView::setChooserEnabled(bool enabled) {
  chooser_->setEnabled(enabled);
}

void DomainView::setPlayer(UtterancePlayer* player) {
  utterances_->setPlayer(player);
}

void DomainView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void DomainView::updateSubsetNote() {
  subset_->setVisible(!key_.classes.empty());
  QStringList indices;
  for (const int c : key_.classes)
    indices.append(QString::number(c));
  subset_->setText(tr("Only classes %1 of it, as the experiment's %2.classes says; a run numbers them 0, 1, … in "
                      "this order.")
                       .arg(indices.join(QStringLiteral(", ")), roleKey(role_)));
}

void DomainView::setLabelsUsed(int perClass) {
  labelsUsed_ = std::max(0, perClass);
  updateLabelsNote();
}

void DomainView::updateLabelsNote() {
  labelsNote_->setVisible(labelsUsed_ > 0);
  if (labelsUsed_ == 0)
    return;
  QString text = labelsUsed_ == 1
                     ? tr("A run of this experiment trains on one labelled image per class of this training split")
                     : tr("A run of this experiment trains on %1 labelled images per class of this training split")
                           .arg(labelsUsed_);
  if (shown_) {
    // As fewShotIndices draws them: up to that many of each class.
    std::size_t used = 0, all = 0;
    for (const std::size_t count : shown_->stats.train.classCounts) {
      used += std::min<std::size_t>(count, static_cast<std::size_t>(labelsUsed_));
      all += count;
    }
    text += tr(": %1 of its %2 images, drawn with the seed").arg(QLocale().toString(qulonglong(used)),
                                                                   QLocale().toString(qulonglong(all)));
  }
  labelsNote_->setText(text + tr(" (%1.labels_per_class). The samples and counts show the whole split.")
                                  .arg(roleKey(role_)));
}

void DomainView::retranslateUi() {
  title_->setText(role_ == DomainRole::Source ? tr("Source:") : tr("Target:"));
  describeBuiltins();
  updateSubsetNote();
  updateLabelsNote();
  chooser_->setItemText(chooser_->findData(QStringLiteral("folder"), kPickerRole), tr("Folder…"));
  chooser_->setItemText(chooser_->findData(QStringLiteral("idx"), kPickerRole), tr("IDX file…"));
  chooser_->setItemData(chooser_->findData(QStringLiteral("folder"), kPickerRole),
                        tr("An image folder with one sub-folder per class"), Qt::ToolTipRole);
  chooser_->setItemData(chooser_->findData(QStringLiteral("idx"), kPickerRole),
                        tr("MNIST's IDX files: an images file with its labels file beside it"), Qt::ToolTipRole);
  reload_->setToolTip(tr("Read the dataset's files again"));
  cancel_->setText(tr("Cancel"));
  cancel_->setToolTip(tr("Stop loading this dataset"));
  retry_->setText(tr("Retry"));
  if (cancelled_)
    message_->setText(tr("Loading cancelled."));
  counts_->setToolTip(tr("Images per class in the train and test splits"));
}

} // namespace twb::ui
