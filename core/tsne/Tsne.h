#pragma once
// t-SNE: a 2-D map of high-dimensional vectors in which near neighbours stay near
// (van der Maaten & Hinton 2008), with Barnes-Hut repulsion (van der Maaten 2014).
//
// runTsne() is a long job: call it on a worker thread (10,000 points of 50 values
// take about 4 s on two cores). It reports the layout every `reportEvery` iterations
// through `onProgress` (on the thread that called runTsne, so copy what you need and
// return quickly), and ends within one iteration (milliseconds for tens of thousands
// of points) after `*stop` becomes true, by throwing twb::Cancelled. For one seed and
// one input the result is bit-identical whatever the thread count and scheduling.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace twb {

struct TsneParams {
  // Effective number of neighbours each point keeps; needs n > 3 * perplexity.
  double perplexity = 30;
  int iterations = 1000;
  // Barnes-Hut accuracy: a cell of width w at distance d is summarised when
  // w / d < theta. 0 computes every pair exactly (O(n^2), small n only).
  double theta = 0.5;
  // Step size; 0 picks max(n / earlyExaggeration, 200), the openTSNE / FIt-SNE rule.
  // The gradient here has no factor 4, so this equals scikit-learn's 'auto' (n / 48).
  double learningRate = 0;
  double earlyExaggeration = 12;
  int exaggerationIterations = 250;
  // "pca" (the first two principal components, scaled to a standard deviation of
  // 1e-4, plus 1 % seeded jitter) or "random" (Gaussian with that deviation).
  std::string init = "pca";
  // Seeds the initial layout (with "pca", only its jitter) and the neighbour search
  // (whose answer does not depend on it).
  std::uint64_t seed = 1;
  // Worker threads; 0 uses every core.
  int threads = 0;
  // Iterations between progress reports (and KL divergence evaluations).
  int reportEvery = 10;
};

struct TsneResult {
  std::vector<float> coords; // n * 2: x0, y0, x1, y1, ...
  // KL(P || Q) of the final layout: P the symmetric input affinities (without
  // exaggeration), Q with the Barnes-Hut estimate of its normalisation.
  double kl = 0;
  double seconds = 0; // wall time of the whole run, neighbour search included
  int iterations = 0;
};

// iteration counts from 1; coords as in TsneResult; kl as there, for this layout.
using TsneProgress = std::function<void(int iteration, const std::vector<float>& coords, double kl)>;

// Throws InputError when the parameters cannot work for these data (say, n <= 3 *
// perplexity, a non-finite value, dim == 0), with a sentence that names the problem.
void checkTsneInput(const std::vector<float>& data, std::size_t n, std::size_t dim, const TsneParams& params);

// data is row-major, n rows of dim values. Throws InputError (see checkTsneInput)
// and Cancelled (see above).
TsneResult runTsne(const std::vector<float>& data, std::size_t n, std::size_t dim, const TsneParams& params,
                   const TsneProgress& onProgress = {}, const std::atomic<bool>* stop = nullptr);

// How well a layout keeps neighbourhoods (Venna & Kaski 2001; scikit-learn's
// trustworthiness): 1 when every point's k nearest neighbours in the layout are
// among its k nearest in the data, lower as strangers intrude. O(n^2 * dim): meant for
// tests and benchmarks of a few thousand points.
double trustworthiness(const std::vector<float>& data, std::size_t n, std::size_t dim, const std::vector<float>& coords,
                       std::size_t k = 10);

} // namespace twb
