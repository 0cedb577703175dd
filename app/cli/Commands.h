#pragma once
// One function per twb command, each in its own file; TwbCli.cpp dispatches.
// Each returns the exit status and throws UsageError / InputError / RunError.
#include <string>
#include <vector>

namespace twb::cli {

using Arguments = std::vector<std::string>;

int datasetsCommand(const Arguments& args);
int trainCommand(const Arguments& args);
int tsneCommand(const Arguments& args);
int sweepLayersCommand(const Arguments& args);
int embedCommand(const Arguments& args);
int compareCommand(const Arguments& args);
int evaluateCommand(const Arguments& args);
int translateCommand(const Arguments& args);
#ifdef TWB_HAVE_REPORT
int reportCommand(const Arguments& args); // report/: Qt Gui, offscreen
#endif

} // namespace twb::cli
