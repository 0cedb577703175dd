#pragma once
// What `twb datasets` and the window's dataset pickers list, without loading anything.
#include "base/Message.h"

#include <string>
#include <vector>

namespace twb {

struct DatasetInfo {
  std::string name;
  std::string description; // in English, as `twb datasets` prints it
  int classes = 0;
  int trainCount = 0;
  int testCount = 0;
  int width = 0;
  int height = 0;
  int channels = 0;
  std::string origin;    // the files it is made from, or "generated"
  bool available = true; // its files are present on this machine
  std::string problem;   // why not, and which package provides them

  // The description for the window to translate: it is a TWB_TR template without arguments.
  Message describe() const { return Message::text(description.c_str()); }
};

std::vector<DatasetInfo> builtinDatasets();

} // namespace twb
