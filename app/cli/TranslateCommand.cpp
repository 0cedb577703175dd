// twb translate: a translation run's images of a dataset, one sub-folder per class.
#include "cli/Args.h"
#include "cli/Commands.h"
#include "cli/Interrupt.h"

#include "base/Errors.h"
#include "methods/translate/Translation.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdio>
#include <iostream>

namespace twb::cli {

namespace {

constexpr const char* kTranslateHelp = R"(usage: twb translate RUN_DIR --from source|target --in SPEC --out DIR
                     [--styles N] [--json]

Translates the images of SPEC with a translation run (method translate, UNIT or
MUNIT) from the run's source domain into its target (--from source) or back (--from
target), and writes them as PNGs in one sub-folder per class, DIR/CLASS/00000.png,
the folder: layout, so that 'twb evaluate CLASSIFIER_RUN folder:DIR' scores them.
SPEC is a built-in name (its test split, drawn with the run's seed), or folder:PATH
or idx:PATH (every image). DIR appears whole or not at all, and an existing
non-empty DIR is refused.

options:
  --from source|target  the domain SPEC's images are in (required)
  --in SPEC             the images to translate (required)
  --out DIR             where to write them (required)
  --styles N            MUNIT: N translations of each image, each with a style drawn
                        from the prior (DIR/CLASS/00000_s1.png ...); default 1
  --json                print {"out", "images", "classes", "side", "channels"}
)";

// What Ctrl+C stops: the translation ends after its current chunk, nothing written.
struct TranslationJob {
  std::atomic<bool> stop{false};
  void requestStop() { stop.store(true); }
};

} // namespace

int translateCommand(const Arguments& raw) {
  const Args args(raw, "twb translate", {"--json"}, {"--from", "--in", "--out", "--styles"});
  if (args.help()) {
    std::cout << kTranslateHelp;
    return 0;
  }
  args.expectPositionals({"run directory"});
  const std::string from = args.value("--from");
  if (from != "source" && from != "target")
    throw UsageError(from.empty() ? "twb translate: no --from source|target given"
                                  : "twb translate: --from must be 'source' or 'target', not '" + from + "'");
  const std::string spec = args.value("--in");
  if (spec.empty())
    throw UsageError("twb translate: no --in SPEC given (the images to translate)");
  const std::string out = args.value("--out");
  if (out.empty())
    throw UsageError("twb translate: no --out DIR given");
  const double styles = args.number("--styles", 1);
  if (styles < 1 || styles > 64 || styles != static_cast<double>(static_cast<int>(styles)))
    throw UsageError("twb translate: --styles must be a whole number from 1 to 64");

  TranslationJob job;
  const InterruptStops<TranslationJob> interrupt(job);
  TranslatedFolder written;
  try {
    written = translateToFolder(args.positionals()[0],
                                from == "source" ? TranslationDirection::SourceToTarget
                                                 : TranslationDirection::TargetToSource,
                                spec, out, static_cast<int>(styles), &job.stop);
  } catch (const Cancelled&) {
    std::fprintf(stderr, "twb translate: stopped; nothing was written\n");
    return 1;
  }
  if (args.flag("--json")) {
    const nlohmann::ordered_json j{{"out", out},
                                   {"images", written.images},
                                   {"classes", written.classes},
                                   {"side", written.side},
                                   {"channels", written.channels}};
    std::cout << j.dump(2) << "\n";
  } else {
    std::printf("%zu translated images of %s in %zu class folders under %s (%dx%d, %s)\n", written.images, spec.c_str(),
                written.classes, out.c_str(), written.side, written.side, written.channels == 1 ? "grey" : "colour");
  }
  return 0;
}

} // namespace twb::cli
