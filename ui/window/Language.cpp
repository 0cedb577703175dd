#include "window/Language.h"

#include "window/SettingsKeys.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace twb::ui::language {
namespace {

// qt_add_translations embeds the .qm files under this resource prefix.
constexpr auto kTranslationsDir = ":/i18n";
constexpr auto kCatalogue = "transfer-workbench";

QPointer<QTranslator> appTranslator;
QPointer<QTranslator> qtTranslator;
QString currentCode = QStringLiteral("en");

void removeInstalled() {
  for (QPointer<QTranslator>* translator : {&appTranslator, &qtTranslator}) {
    if (*translator) {
      QCoreApplication::removeTranslator(*translator);
      delete translator->data();
    }
  }
}

} // namespace

QList<Choice> available() {
  return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("zh_CN"), QString::fromUtf8("简体中文")}};
}

QString apply(const QString& code) {
  removeInstalled();
  const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);

  auto* translator = new QTranslator(QCoreApplication::instance());
  // QTranslator::load(QLocale, ...) tries each of the locale's UI languages in turn.
  if (translator->load(locale, QString::fromLatin1(kCatalogue), QStringLiteral("_"),
                       QString::fromLatin1(kTranslationsDir))) {
    QCoreApplication::installTranslator(translator);
    appTranslator = translator;
    QString language = translator->language();
    if (language.isEmpty())
      language = locale.name();
    currentCode = language.replace(QLatin1Char('-'), QLatin1Char('_'));
  } else {
    delete translator;
    currentCode = QStringLiteral("en");
  }

  // Qt's own strings (standard buttons, file dialogs) where the system ships them.
  auto* qt = new QTranslator(QCoreApplication::instance());
  if (currentCode != QLatin1String("en") && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    QCoreApplication::installTranslator(qt);
    qtTranslator = qt;
  } else {
    delete qt;
  }
  // Installing or removing a translator posts QEvent::LanguageChange to every window.
  return currentCode;
}

QString applyStored() {
  return apply(settings::language.get());
}

QString current() {
  return currentCode;
}

} // namespace twb::ui::language
