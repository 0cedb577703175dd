#include "cli/Print.h"

#include <cstdio>

namespace twb::cli {

void printEvent(const RunEvent& event) {
  std::fprintf(stderr, "%s\n", event.text.english().c_str());
}

} // namespace twb::cli
