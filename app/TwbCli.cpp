#include "TwbCli.h"

#include "cli/Args.h"
#include "cli/Commands.h"

#include "base/Errors.h"
#include "base/Version.h"
#include "nn/ComputeInfo.h"
#include "training/Trainer.h"

#include <iostream>

namespace twb::cli {

namespace {

constexpr const char* kMainHelp = R"(usage: twb [--version] [--help] COMMAND [ARGS]

Transfer Workbench without a window.

commands:
  datasets [--json]                 list the built-in datasets
  datasets show SPEC [--grid OUT.png] [--json]
                                    one dataset's statistics and a sample grid
  train EXPERIMENT.json [--out RUN_DIR] [--set KEY=VALUE ...] [--json]
                                    run an experiment to the end and write its run directory
  tsne VECTORS.tsv --out COORDS.tsv [--perplexity P] [--iterations N] [--json]
                                    2-D t-SNE map of a TSV of vectors
  sweep-layers EXPERIMENT.json --out DIR [--last] [--json]
                                    which layers transfer: target accuracy per k copied layers
  embed RUN_DIR --layer NAME --out DIR [--split test]
                                    a trained run's features in TensorBoard projector format
  compare EXPERIMENT.json --seeds 1,2,3 --out DIR [--methods a,b] [--plan | --collect] [--json]
                                    a method beside its baselines over seeds: the results table
  evaluate RUN_DIR SPEC [--json]    a trained run's accuracy on a dataset, overall and per class
  translate RUN_DIR --from source|target --in SPEC --out DIR [--styles N]
                                    a translation run's images of a dataset, one folder per class
  report RUN_DIR|DIR --out FILE.html|FILE.pdf
                                    a handout: recipe, curves, results with baselines, seeds

Run 'twb COMMAND --help' for one command's options.
Exit status: 0 ok, 1 the run failed, 2 bad usage or bad input.
)";

struct Entry {
  const char* name;
  int (*run)(const Arguments&);
};

const Entry kCommands[] = {
    {"datasets", datasetsCommand},
    {"train", trainCommand},
    {"tsne", tsneCommand},
    {"sweep-layers", sweepLayersCommand},
    {"embed", embedCommand},
    {"compare", compareCommand},
    {"evaluate", evaluateCommand},
    {"translate", translateCommand},
#ifdef TWB_HAVE_REPORT
    {"report", reportCommand},
#endif
};

int dispatch(const std::vector<std::string>& args) {
  if (args.empty())
    throw UsageError("twb: no command given (try 'twb --help')");
  const std::string& cmd = args[0];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::cout << kMainHelp;
    return 0;
  }
  if (cmd == "--version") {
    std::cout << "twb " << kVersion << "\n";
    useAllCores(); // the thread count a command would train with
    const ComputeInfo compute = computeInfo();
    std::cout << computeLine(compute).english() << "\n";
    if (const Message warning = computeWarning(compute); !warning.empty())
      std::cout << "warning: " << warning.english() << "\n";
    return 0;
  }
  const Arguments rest(args.begin() + 1, args.end());
  for (const Entry& entry : kCommands)
    if (cmd == entry.name)
      return entry.run(rest);
#ifndef TWB_HAVE_REPORT
  if (cmd == "report")
    throw UsageError("twb: this twb was built without Qt, so it has no 'report' command");
#endif
  throw UsageError("twb: unknown command '" + cmd + "' (try 'twb --help')");
}

} // namespace

int run(const std::vector<std::string>& args) {
  try {
    return dispatch(args);
  } catch (const UsageError& e) {
    std::cerr << e.what() << "\n";
    return 2;
  } catch (const InputError& e) {
    std::cerr << "twb: " << e.what() << "\n";
    return 2;
  } catch (const RunError& e) {
    std::cerr << "twb: " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "twb: the run failed: " << e.what() << "\n";
    return 1;
  }
}

} // namespace twb::cli
