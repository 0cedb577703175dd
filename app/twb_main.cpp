// twb: Transfer Workbench without a window, for scripts, batch jobs and CI.
#include "TwbCli.h"
#include "base/AtomicFile.h"
#include "nn/ComputeInfo.h"

int main(int argc, char** argv) {
  twb::useBlasKernelsForThisProcessor(); // may restart the program once, before anything else
  twb::reportFileSizeLimitAsWriteErrors();
  return twb::cli::run(std::vector<std::string>(argv + 1, argv + argc));
}
