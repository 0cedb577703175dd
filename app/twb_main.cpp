// twb: Transfer Workbench without a window, for scripts, batch jobs and CI.
#include "TwbCli.h"

int main(int argc, char** argv) {
  return twb::cli::run(std::vector<std::string>(argv + 1, argv + argc));
}
