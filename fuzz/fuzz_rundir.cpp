// The files of a run directory the run list reads back (training/RunSummary.h,
// Metrics.h, RunLog.h): summary.json, metrics.csv and log.json. The first byte
// chooses the file, so one corpus holds seeds of all three.
#include "FuzzInput.h"
#include "training/Metrics.h"
#include "training/RunLog.h"
#include "training/RunSummary.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1)
    return 0;
  const std::string body = twb::fuzz::text(data + 1, size - 1);
  twb::fuzz::expectInputError([&] {
    switch (data[0] % 3) {
    case 0:
      twb::parseSummary(body, "summary.json");
      break;
    case 1:
      twb::parseMetricsCsv(body, "metrics.csv");
      break;
    default:
      for (const twb::RunEvent& event : twb::runLogFromJson(body, "log.json"))
        event.text.english(); // the run log prints its sentences, with their %1 filled in
      break;
    }
  });
  return 0;
}
