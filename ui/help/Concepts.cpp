#include "help/Concepts.h"

#include "help/ConceptsWindow.h"
#include "window/Language.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QRegularExpression>
#include <QToolButton>

namespace twb::ui::help {
namespace {

// A "?" that retranslates its tooltip itself, so the panel that holds it need not.
class ConceptButton : public QToolButton {
public:
  ConceptButton(Concept c, QWidget* parent) : QToolButton(parent), concept_(c) {
    setObjectName(QStringLiteral("conceptButton_") + conceptId(c));
    setText(QStringLiteral("?"));
    setAutoRaise(true);
    setCursor(Qt::WhatsThisCursor);
    // A small round "?" in the palette's link colour: it reads as help, not as a stray character.
    setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(link); border-radius: 8px; color: palette(link);"
                                 " font-weight: bold; min-width: 14px; max-width: 14px; min-height: 14px;"
                                 " max-height: 14px; padding: 0px; }"
                                 "QToolButton:hover { background: palette(link); color: palette(base); }"));
    connect(this, &QToolButton::clicked, this, [this] { showConcept(concept_, this); });
    retranslate();
  }

protected:
  void changeEvent(QEvent* event) override {
    if (event->type() == QEvent::LanguageChange)
      retranslate();
    QToolButton::changeEvent(event);
  }

private:
  void retranslate() {
    const QString tip = ConceptsWindow::buttonToolTip(concept_);
    setToolTip(tip);
    setAccessibleName(tip);
  }

  Concept concept_;
};

// An action gets no LanguageChange of its own; it watches the widget it belongs to.
class ConceptsAction : public QAction {
public:
  explicit ConceptsAction(QObject* parent) : QAction(parent) {
    if (parent && parent->isWidgetType())
      parent->installEventFilter(this);
    connect(this, &QAction::triggered, this, [this] {
      ConceptsWindow* existing = ConceptsWindow::existing();
      showConcept(existing ? existing->current() : allConcepts().front(), qobject_cast<QWidget*>(this->parent()));
    });
    retranslate();
  }

protected:
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (event->type() == QEvent::LanguageChange)
      retranslate();
    return QAction::eventFilter(watched, event);
  }

private:
  void retranslate() {
    setText(ConceptsWindow::actionText());
    setStatusTip(ConceptsWindow::actionStatusTip());
  }
};

QString pageTitle(const QString& resourcePath) {
  QFile file(resourcePath);
  if (!file.open(QIODevice::ReadOnly))
    return {};
  static const QRegularExpression title(QStringLiteral("<title>(.*)</title>"),
                                        QRegularExpression::DotMatchesEverythingOption |
                                            QRegularExpression::InvertedGreedinessOption);
  const QRegularExpressionMatch match = title.match(QString::fromUtf8(file.readAll()));
  return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

} // namespace

QList<Concept> allConcepts() {
  return {Concept::Finetuning,     Concept::BaselinesAndGap, Concept::Dann, Concept::DomainAccuracy,
          Concept::ProxyADistance, Concept::DomainMixing,    Concept::Tsne, Concept::ZeroShot};
}

QString conceptId(Concept c) {
  switch (c) {
  case Concept::Finetuning:
    return QStringLiteral("fine_tuning");
  case Concept::BaselinesAndGap:
    return QStringLiteral("baselines");
  case Concept::Dann:
    return QStringLiteral("gradient_reversal");
  case Concept::DomainAccuracy:
    return QStringLiteral("domain_accuracy");
  case Concept::ProxyADistance:
    return QStringLiteral("proxy_a_distance");
  case Concept::DomainMixing:
    return QStringLiteral("domain_mixing");
  case Concept::Tsne:
    return QStringLiteral("tsne");
  case Concept::ZeroShot:
    return QStringLiteral("zero_shot");
  }
  return {};
}

QString conceptPage(Concept c, const QString& language) {
  const QString page = QStringLiteral(":/concepts/%1/%2.html").arg(language, conceptId(c));
  if (QFile::exists(page))
    return page;
  return QStringLiteral(":/concepts/en/%1.html").arg(conceptId(c));
}

QString conceptTitle(Concept c) {
  const QString title = pageTitle(conceptPage(c, language::current()));
  return title.isEmpty() ? conceptId(c) : title;
}

void showConcept(Concept c, QWidget* parent) {
  ConceptsWindow* window = ConceptsWindow::instance(parent);
  window->showPage(c);
  window->show();
  window->raise();
  window->activateWindow();
}

QToolButton* conceptButton(Concept c, QWidget* parent) {
  return new ConceptButton(c, parent);
}

QAction* conceptsAction(QObject* parent) {
  return new ConceptsAction(parent);
}

} // namespace twb::ui::help
