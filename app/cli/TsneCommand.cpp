// twb tsne: a 2-D t-SNE map of a vectors file (TensorBoard projector's vectors.tsv).
#include "cli/Args.h"
#include "cli/Commands.h"
#include "cli/Interrupt.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"
#include "tsne/Tsne.h"
#include "tsne/VectorsTsv.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdio>
#include <iostream>

namespace twb::cli {

namespace {

constexpr const char* kTsneHelp = R"(usage: twb tsne VECTORS.tsv --out COORDS.tsv [--perplexity 30] [--iterations 1000]
                [--theta 0.5] [--seed 1] [--init pca|random] [--learning-rate 0]
                [--threads 0] [--json]

Maps vectors (one per line, values separated by tabs) to 2-D with Barnes-Hut t-SNE
and writes one 'x<TAB>y' line per vector, in the input's order.

options:
  --out COORDS.tsv     where to write the coordinates (required)
  --perplexity P       effective number of neighbours (default 30); needs more than
                       3 * P vectors
  --iterations N       gradient descent iterations (default 1000; the first 250 with
                       early exaggeration 12)
  --theta T            Barnes-Hut accuracy, 0 (exact, slow) to 1 (default 0.5)
  --seed S             seed of the initial layout and the neighbour search (default 1)
  --init pca|random    initial layout (default pca)
  --learning-rate R    step size (default 0: max(n / 12, 200))
  --threads N          worker threads (default 0: every core)
  --json               print {"n", "dim", "seconds", "kl", ...} on stdout
Progress goes to stderr. Ctrl+C stops the run; nothing is written then.
)";

// t-SNE stops on a flag it reads between iterations: Ctrl+C sets it.
struct StopFlag {
  std::atomic<bool> stop{false};
  void requestStop() { stop.store(true); }
};

} // namespace

int tsneCommand(const Arguments& raw) {
  const Args args(
      raw, "twb tsne", {"--json"},
      {"--out", "--perplexity", "--iterations", "--theta", "--seed", "--init", "--learning-rate", "--threads"});
  if (args.help()) {
    std::cout << kTsneHelp;
    return 0;
  }
  args.expectPositionals({"vectors file"});
  const std::string in = args.positionals()[0];
  const std::string out = args.value("--out");
  if (out.empty())
    throw UsageError("twb tsne: no --out COORDS.tsv given");

  TsneParams p;
  p.perplexity = args.number("--perplexity", p.perplexity);
  p.iterations = static_cast<int>(args.wholeNumber("--iterations", p.iterations));
  p.theta = args.number("--theta", p.theta);
  p.seed = static_cast<std::uint64_t>(args.wholeNumber("--seed", static_cast<double>(p.seed)));
  p.init = args.value("--init", p.init);
  p.learningRate = args.number("--learning-rate", p.learningRate);
  p.threads = static_cast<int>(args.wholeNumber("--threads", p.threads));
  p.reportEvery = 50;

  const Vectors v = readVectorsTsv(in);
  try {
    checkTsneInput(v.values, v.n, v.dim, p);
  } catch (const InputError& e) {
    throw InputError(in + ": " + e.what());
  }

  TsneResult r;
  try {
    StopFlag flag;
    const InterruptStops<StopFlag> interrupt(flag);
    r = runTsne(
        v.values, v.n, v.dim, p,
        [&](int iteration, const std::vector<float>&, double kl) {
          if (iteration % 100 == 0 || iteration == p.iterations)
            std::fprintf(stderr, "iteration %d/%d  KL divergence %.4f\n", iteration, p.iterations, kl);
        },
        &flag.stop);
  } catch (const Cancelled&) {
    throw RunError("t-SNE of " + in + " stopped before the end; " + out + " was not written");
  }
  writeFileAtomic(out, formatTsv(r.coords, 2));

  if (args.flag("--json")) {
    nlohmann::ordered_json j;
    j["n"] = v.n;
    j["dim"] = v.dim;
    j["seconds"] = r.seconds;
    j["kl"] = r.kl;
    j["iterations"] = r.iterations;
    j["perplexity"] = p.perplexity;
    j["theta"] = p.theta;
    j["seed"] = p.seed;
    j["out"] = out;
    std::cout << j.dump(2) << "\n";
  } else {
    std::printf("t-SNE of %zu vectors of %zu values: KL divergence %.4f after %d iterations, %.2f s\n", v.n, v.dim,
                r.kl, r.iterations, r.seconds);
    std::printf("coordinates           %s\n", out.c_str());
  }
  return 0;
}

} // namespace twb::cli
