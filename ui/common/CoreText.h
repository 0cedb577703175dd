#pragma once
// Core's sentences in the window's language. Core has no Qt, so it hands over a
// Message (its English template, marked for lupdate under the context "twb", and the
// arguments); here the template is looked up in the installed translation and the
// translated arguments are put in. Nothing core writes is ever parsed back.
#include "base/Message.h"

#include <QString>

#include <exception>

namespace twb::ui {

QString coreText(const twb::Message& message);

// An exception's sentence: a core error's message translated, anything else's what().
QString errorText(const std::exception& error);

} // namespace twb::ui
