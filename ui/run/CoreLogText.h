#pragma once
// The lines core writes to a run's log are English: core has no Qt, so no tr(). The
// window shows them in its own language: each known shape of line is recognised and
// rebuilt from a translatable template, its numbers and names kept as they came. A
// line of a shape not listed here is shown as it came (known = false), and a test
// feeds real runs' lines through it, so a new core line is noticed.
#include <QCoreApplication>
#include <QString>

#include <string>

namespace twb::ui {

struct CoreLine {
  QString text;
  bool known = false;
};

class CoreLogText {
  Q_DECLARE_TR_FUNCTIONS(CoreLogText)

public:
  // Without a translator installed, a known line comes back exactly as core wrote it.
  static CoreLine translate(const std::string& line);
};

} // namespace twb::ui
