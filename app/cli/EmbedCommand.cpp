// twb embed: a trained run's features at one layer, in TensorBoard projector format.
#include "cli/Args.h"
#include "cli/Commands.h"

#include "embed/Embedding.h"
#include "base/Errors.h"
#include "base/Text.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>

namespace twb::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* kEmbedHelp = R"(usage: twb embed RUN_DIR --layer NAME --out DIR [--split test|train]
                 [--max-per-domain 2000] [--seed 1] [--json]

Writes the features a trained run gives the source's and the target's images at one
layer, in TensorBoard projector format: vectors.tsv (one vector a line), metadata.tsv
(a header row, then label, domain and predicted class per line), sprite.png (the
images), projector_config.pbtxt, and embedding.json (counts, domain mixing, class
separation and proxy A-distance). DIR appears whole or not at all, and an existing
non-empty DIR is refused.

options:
  --layer NAME          the layer, e.g. conv2 (the features DANN aligns) or fc2;
                        'twb embed RUN_DIR --layer ?' lists the run's layers
  --out DIR             where to write the files (required)
  --split test|train    which split of each domain (default test)
  --max-per-domain N    embed at most N images of each domain, drawn at random with
                        --seed (default 2000; 0 takes all); the counts are printed
  --seed S              seed of the sub-sample (default 1)
  --json                print counts and numbers as JSON on stdout

Domain mixing: the fraction of each point's 10 nearest neighbours (Euclidean, in the
layer's feature space) that come from the other domain, averaged; about 0.5 when
equal-sized domains are perfectly mixed, 0 when they are apart.
Class separation: the fraction of those neighbours that share the point's label
(leave-one-out 10-NN class agreement), averaged over all points.
Proxy A-distance: 2 (1 - 2 err), err the error of a linear classifier trained on half
of the images to tell source from target and scored on the other half (Ben-David et
al. 2007; Ganin et al. 2016); 0 when the domains are indistinguishable, 2 when apart.
The same probe measures every run at its end (summary.json's proxy_a_distance).
)";

} // namespace

int embedCommand(const Arguments& raw) {
  const Args args(raw, "twb embed", {"--json"}, {"--layer", "--out", "--split", "--max-per-domain", "--seed"});
  if (args.help()) {
    std::cout << kEmbedHelp;
    return 0;
  }
  args.expectPositionals({"run directory"});
  EmbeddingRequest req;
  req.runDir = args.positionals()[0];
  req.layer = args.value("--layer");
  if (req.layer.empty())
    throw UsageError("twb embed: no --layer NAME given (the run's layers: " + joinedList(runLayerNames(req.runDir)) + ")");
  if (req.layer == "?") {
    std::cout << joinedList(runLayerNames(req.runDir)) << "\n";
    return 0;
  }
  const std::string out = args.value("--out");
  if (out.empty())
    throw UsageError("twb embed: no --out DIR given");
  req.split = args.value("--split", "test");
  if (req.split != "test" && req.split != "train")
    throw UsageError("twb embed: --split must be 'test' or 'train', not '" + req.split + "'");
  req.maxPerDomain = static_cast<std::size_t>(args.wholeNumber("--max-per-domain", 2000));
  req.seed = static_cast<std::uint64_t>(args.wholeNumber("--seed", 1));
  // Refused before any work (writeProjector checks again when it writes).
  if (fs::exists(out) && !(fs::is_directory(out) && fs::is_empty(out)))
    throw InputError(out + ": already exists and is not an empty directory; choose another --out (nothing was "
                           "overwritten)");

  const EmbeddingData d = extractEmbedding(req);
  writeProjector(d, out);
  const double mixing = domainMixing(d);
  const double separation = classSeparation(d);

  if (args.flag("--json")) {
    auto j = nlohmann::ordered_json::parse(embeddingSummaryJson(d));
    j["out"] = out;
    std::cout << j.dump(2) << "\n";
  } else {
    std::printf("%s at layer %s: %zu vectors of %zu values\n", d.runDir.c_str(), d.layer.c_str(), d.n, d.dim);
    std::printf("embedded              %s\n", d.countsText().english().c_str());
    std::printf("domain mixing         %.3f (10-NN from the other domain; 0.5 = mixed)\n", mixing);
    std::printf("class separation      %.3f (10-NN with the same label)\n", separation);
    std::printf("projector files       %s\n", out.c_str());
  }
  return 0;
}

} // namespace twb::cli
