#include "common/CoreText.h"

#include "base/Errors.h"

#include <QCoreApplication>

#include <string>
#include <vector>

namespace twb::ui {

QString coreText(const twb::Message& message) {
  if (!message.translatable())
    return QString::fromStdString(message.pattern());
  const QString pattern = QCoreApplication::translate("twb", message.pattern().c_str());
  if (message.args().empty())
    return pattern;
  std::vector<std::string> args;
  args.reserve(message.args().size());
  for (const twb::Message& a : message.args())
    args.push_back(coreText(a).toStdString());
  // The same one-pass substitution core uses, so an argument's own "%2" stays as it is.
  return QString::fromStdString(twb::substitute(pattern.toStdString(), args));
}

QString errorText(const std::exception& error) {
  if (const auto* e = dynamic_cast<const twb::Error*>(&error))
    return coreText(e->message());
  return QString::fromUtf8(error.what());
}

} // namespace twb::ui
