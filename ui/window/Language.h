#pragma once
// The interface language: follows the system locale unless the user picked one in
// the Language menu. Switching installs new translators at once; every widget then
// gets QEvent::LanguageChange and re-reads its texts, so no restart is needed.
#include <QList>
#include <QString>

namespace twb::ui::language {

struct Choice {
  QString code;       // "en", "zh_CN"; empty means the system's language
  QString nativeName; // the language's name in itself, the same in every UI language
};

// The languages this build has translations for (English is the source language).
QList<Choice> available();

// Installs the translators for `code` ("" = the system's), replacing any installed
// before. Returns the code actually in use ("en" when nothing matched).
QString apply(const QString& code);

// The stored choice ("" = system), applied; called once at start-up.
QString applyStored();

// The code whose translation is installed now ("en" for the source texts).
QString current();

} // namespace twb::ui::language
