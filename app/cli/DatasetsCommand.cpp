// twb datasets: the built-in datasets, without loading them.
#include "cli/Args.h"
#include "cli/Commands.h"

#include "DatasetCatalog.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace twb::cli {

namespace {
constexpr const char* kHelp = R"(usage: twb datasets [--json]

Lists the built-in datasets: name, classes, train/test counts, image size,
channels, and the files each is made from.
)";
} // namespace

int datasetsCommand(const Arguments& raw) {
  const Args args(raw, "twb datasets", {"--json"}, {});
  if (args.help()) {
    std::cout << kHelp;
    return 0;
  }
  args.expectPositionals({});
  const auto list = builtinDatasets();
  if (args.flag("--json")) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& d : list)
      out.push_back({{"name", d.name}, {"description", d.description}, {"classes", d.classes},
                     {"train", d.trainCount}, {"test", d.testCount}, {"width", d.width},
                     {"height", d.height}, {"channels", d.channels}, {"origin", d.origin},
                     {"available", d.available}, {"problem", d.problem}});
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  std::printf("%-10s %7s %7s %7s %8s  %s\n", "name", "classes", "train", "test", "size", "origin");
  for (const auto& d : list) {
    const std::string size = std::to_string(d.width) + "x" + std::to_string(d.height) + "x" + std::to_string(d.channels);
    const std::string missing = d.available ? "" : "  [missing: " + d.problem + "]";
    std::printf("%-10s %7d %7d %7d %8s  %s%s\n", d.name.c_str(), d.classes, d.trainCount, d.testCount,
                size.c_str(), d.origin.c_str(), missing.c_str());
  }
  return 0;
}

} // namespace twb::cli
