#include "help/ConceptsWindow.h"

#include "window/Language.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QListWidget>
#include <QPointer>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace twb::ui::help {
namespace {

QPointer<ConceptsWindow> theWindow;

constexpr int kConceptRole = Qt::UserRole;

// The pages use these two classes; the rest is Qt's rich text as it is. A formula is
// set in italics except in Chinese, where slanted characters read badly.
QString pageStyle() {
  const bool chinese = language::current().startsWith(QLatin1String("zh"));
  return QStringLiteral(".formula { margin-left: 24px; %1 } .where { margin-top: 14px; }")
      .arg(chinese ? QString() : QStringLiteral("font-style: italic;"));
}

QUrl pageUrl(Concept c) {
  // QTextBrowser reads qrc: URLs from the resources and resolves a page's relative links against them.
  return QUrl(QStringLiteral("qrc") + conceptPage(c, language::current()));
}

} // namespace

ConceptsWindow::ConceptsWindow(QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("conceptsWindow"));
  setModal(false);
  list_ = new QListWidget(this);
  list_->setObjectName(QStringLiteral("conceptList"));
  list_->setWordWrap(true); // long titles take two lines rather than being cut
  list_->setResizeMode(QListView::Adjust);
  list_->setSpacing(2);
  for (const Concept c : allConcepts()) {
    auto* item = new QListWidgetItem(list_);
    item->setData(kConceptRole, static_cast<int>(c));
  }
  page_ = new QTextBrowser(this);
  page_->setObjectName(QStringLiteral("conceptPage"));
  page_->setOpenExternalLinks(true);
  page_->document()->setDocumentMargin(12);

  auto* splitter = new QSplitter(this);
  splitter->addWidget(list_);
  splitter->addWidget(page_);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes({200, 560});
  splitter->setChildrenCollapsible(false);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(splitter, 1);
  layout->addWidget(buttons);
  resize(760, 520);

  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
  connect(list_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
    if (item)
      showPage(static_cast<Concept>(item->data(kConceptRole).toInt()));
  });
  connect(page_, &QTextBrowser::sourceChanged, this, &ConceptsWindow::onSourceChanged);
  retranslateUi();
}

ConceptsWindow* ConceptsWindow::instance(QWidget* parent) {
  if (!theWindow) {
    theWindow = new ConceptsWindow(parent ? parent->window() : nullptr);
    if (!theWindow->parentWidget())
      theWindow->setAttribute(Qt::WA_DeleteOnClose);
  }
  return theWindow;
}

ConceptsWindow* ConceptsWindow::existing() {
  return theWindow;
}

void ConceptsWindow::showPage(Concept c) {
  current_ = c;
  loadPage();
}

void ConceptsWindow::loadPage() {
  page_->document()->setDefaultStyleSheet(pageStyle());
  const QUrl url = pageUrl(current_);
  if (page_->source() == url)
    page_->reload(); // a language change may have replaced what a URL of the same name holds
  else
    page_->setSource(url);
  const int row = static_cast<int>(allConcepts().indexOf(current_));
  if (list_->currentRow() != row) {
    const QSignalBlocker blocker(list_);
    list_->setCurrentRow(row);
  }
}

// A link from one page to another ("gradient_reversal.html") moves the list along.
void ConceptsWindow::onSourceChanged(const QUrl& url) {
  const QString stem = QFileInfo(url.path()).completeBaseName();
  for (const Concept c : allConcepts())
    if (conceptId(c) == stem && c != current_) {
      current_ = c;
      const QSignalBlocker blocker(list_);
      list_->setCurrentRow(static_cast<int>(allConcepts().indexOf(c)));
    }
}

void ConceptsWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QDialog::changeEvent(event);
}

void ConceptsWindow::retranslateUi() {
  setWindowTitle(tr("Concepts"));
  for (int row = 0; row < list_->count(); ++row) {
    QListWidgetItem* item = list_->item(row);
    item->setText(conceptTitle(static_cast<Concept>(item->data(kConceptRole).toInt())));
  }
  loadPage();
}

QString ConceptsWindow::buttonToolTip(Concept c) {
  return tr("What is %1?").arg(conceptTitle(c));
}

QString ConceptsWindow::actionText() {
  return tr("&Concepts…");
}

QString ConceptsWindow::actionStatusTip() {
  return tr("Short explanations of the ideas this window shows: fine-tuning, the baselines, DANN, the domain "
            "measures, t-SNE and zero-shot learning");
}

} // namespace twb::ui::help
