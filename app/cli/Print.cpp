#include "cli/Print.h"

#include <cstdio>

namespace twb::cli {

void printEvent(const RunEvent& event) {
  std::fprintf(stderr, "%s\n", event.text.english().c_str());
}

std::string percentText(double fraction) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f%%", fraction * 100.0);
  return text;
}

std::string spreadText(double mean, double sd, bool percent, int decimals) {
  char text[64];
  const double scale = percent ? 100.0 : 1.0;
  std::snprintf(text, sizeof text, "%.*f ± %.*f%s", decimals, mean * scale, decimals, sd * scale, percent ? "%" : "");
  return text;
}

} // namespace twb::cli
