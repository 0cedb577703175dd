#pragma once
// Help > Concepts: one short page per idea the window shows, in the interface's
// language, and the small "?" buttons beside the panels that open it. The pages are
// HTML files embedded from resources/concepts/<language>/<id>.html; a page's <title>
// (plain text, no entities) is its name in the list and in the buttons' tooltips, so
// a translator edits one file per page.
#include <QList>
#include <QString>

class QAction;
class QObject;
class QToolButton;
class QWidget;

namespace twb::ui::help {

enum class Concept { Finetuning, BaselinesAndGap, Dann, DomainAccuracy, ProxyADistance, DomainMixing, Tsne, ZeroShot };

// Every concept, in the order the Concepts window lists them.
QList<Concept> allConcepts();
// The page's file stem, also the suffix of its button's objectName: "fine_tuning", "gradient_reversal", ...
QString conceptId(Concept c);
// The page's title in the interface's language.
QString conceptTitle(Concept c);
// The page's resource path in `language` ("en", "zh_CN"); English where that language has none.
QString conceptPage(Concept c, const QString& language);

// Opens the one Concepts window (or raises it) on that page. The window belongs to
// parent's top-level window; without a parent it deletes itself when closed.
void showConcept(Concept c, QWidget* parent);

// A small "?" button whose tooltip asks "What is <title>?" and whose click opens the
// page. objectName "conceptButton_<id>"; it follows language changes by itself.
QToolButton* conceptButton(Concept c, QWidget* parent);

// "&Concepts…" for the Help menu: opens the window on the first page (or as it was
// left). Its texts follow language changes when `parent` is a widget.
QAction* conceptsAction(QObject* parent);

} // namespace twb::ui::help
