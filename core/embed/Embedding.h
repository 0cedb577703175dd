#pragma once
// The features a trained run gives its images at one named layer, for the embedding
// view and `twb embed`: the test split of the source and the target, sub-sampled to
// a count per domain that is always reported, with labels, domain, predicted class,
// the images themselves (thumbnails) and each point's nearest neighbours in the
// original feature space. Plus the numbers that tell the story of a domain
// adaptation run: how mixed the domains are, how separated the classes are, and how
// well a linear probe still tells the domains apart (the proxy A-distance).
#include "nn/DomainProbe.h"
#include "base/Message.h"
#include "experiment/Experiment.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace twb {

// Description: a class embedding g(y) of a zero-shot run's joint space, not an image.
enum class EmbeddingDomain : std::uint8_t { Source = 0, Target = 1, Description = 2 };

// The pseudo-layer of a zero-shot run: its joint space, image embeddings f(x) of
// the test images and class embeddings g(y) together (both scaled to unit length,
// so that nearness is the cosine the view and the t-SNE map can show).
inline constexpr const char* kJointLayer = "joint";

struct EmbeddingRequest {
  std::string runDir;          // holds experiment.json and model.pt
  std::string layer = "conv2"; // a name from runLayerNames(runDir)
  std::string split = "test";  // "test" or "train"
  // At most this many images of each domain, drawn at random (seeded); 0 takes all.
  std::size_t maxPerDomain = 1000;
  std::uint64_t seed = 1;
  // Neighbours kept per point (for the numbers and for "nearest neighbours" lists).
  std::size_t neighbours = 10;
  const std::atomic<bool>* cancel = nullptr; // when true, stops soon with Cancelled
};

struct DomainCount {
  std::string dataset;       // the spec, e.g. "digits-m"
  std::size_t available = 0; // images in the split
  std::size_t used = 0;      // images embedded (available, or the sub-sample)
};

struct EmbeddingData {
  std::string runDir, layer, split;
  Experiment experiment; // the run's recipe
  std::vector<std::string> classNames;
  DomainCount source, target;

  std::size_t n = 0, dim = 0;
  std::vector<float> features;  // n * dim, row-major
  std::vector<int> labels;      // class index
  std::vector<int> predictions; // the run's predicted class
  std::vector<EmbeddingDomain> domains;
  std::vector<std::size_t> splitIndex; // the image's index in its domain's split

  int thumbSide = 0;                    // thumbnails are thumbSide^2 RGB, row-major
  std::vector<std::uint8_t> thumbnails; // n * thumbSide * thumbSide * 3

  // Each point's `k` nearest other points by Euclidean distance in feature space,
  // nearest first: neighbours[i * k + j].
  std::size_t k = 0;
  std::vector<std::uint32_t> neighbours;

  // The proxy A-distance of these features (probeDomains below); perDomain 0 when
  // not measured (a zero-shot run's joint space).
  DomainProbe domainProbe;

  // Zero-shot joint space only (layer kJointLayer): the last `classPoints` rows are
  // the class embeddings g(y), one per class in class order (domain Description);
  // which classes training never saw; and g itself, so a new description can be
  // placed: g(a) = descriptionMap * a, descriptionMap [dim][dimensions] row-major.
  std::size_t classPoints = 0;
  std::vector<bool> unseen;
  std::vector<std::string> descriptionDimensions; // attribute names, or wv1, wv2, ... for word vectors
  std::vector<float> descriptionMap;
  std::string wordVectorsPath; // the run's word-vector file, when its descriptions are word vectors

  bool isZeroShot() const { return classPoints > 0; }
  std::size_t imageCount() const { return n - classPoints; }

  const std::uint8_t* thumbnail(std::size_t i) const {
    return thumbnails.data() + i * static_cast<std::size_t>(thumbSide) * thumbSide * 3;
  }
  // "1,000 of 3,000 source (digits) and 1,000 of 3,000 target (digits-m) test images"
  Message countsText() const;
};

// The layer names of a run's network, in forward order ("conv1", ..., "head"); a
// zero-shot run's list starts with kJointLayer.
// InputError naming the directory when it holds no model.pt of ours.
std::vector<std::string> runLayerNames(const std::string& runDir);

// Loads the run's model and data and computes everything above. InputError naming
// the directory, the layer or the split when they are wrong; Cancelled when asked.
EmbeddingData extractEmbedding(const EmbeddingRequest& request);

// The k nearest neighbours of every row (excluding itself), nearest first, by
// Euclidean distance. n * k entries; k is capped at n - 1.
std::vector<std::uint32_t> nearestNeighbours(const std::vector<float>& features, std::size_t n, std::size_t dim,
                                             std::size_t k);

// Domain mixing: the fraction of each point's k nearest neighbours (in feature space)
// that come from the other domain, averaged over all images (class embeddings are
// neither domain: they count as no image's other-domain neighbour). 0 when the domains form
// separate clusters; about 0.5 when they are perfectly mixed in equal numbers
// (in general, about 2 * ns * nt / n^2). The "entropy of batch mixing" family of
// measures (Haghverdi et al. 2018) in its simplest, most readable form.
double domainMixing(const EmbeddingData& data);

// Class separation: leave-one-out k-nearest-neighbour class agreement, the fraction
// of each point's k nearest neighbours that share its label, averaged - the kNN
// evaluation of representations (e.g. Wu et al. 2018; Caron et al. 2021). 1 when
// every class is its own tight cluster, about 1 / classes when classes are mixed.
// `only` restricts the averaged points to one domain (neighbours still come from both).
// Averaged over images only, never over class embeddings.
double classSeparation(const EmbeddingData& data);
double classSeparation(const EmbeddingData& data, EmbeddingDomain only);

// The proxy A-distance of the layer (DomainProbe.h): a linear probe trained on half of
// the source and target images, scored on the other half. Class embeddings take no part.
// extractEmbedding stores it in domainProbe, off the caller's thread.
DomainProbe probeDomains(const EmbeddingData& data);

// Writes the TensorBoard projector files into `outDir` (vectors.tsv, metadata.tsv
// with a header row "label<TAB>domain<TAB>prediction", sprite.png,
// projector_config.pbtxt). The directory appears whole or not at all: everything is
// written to a temporary directory beside it and renamed. InputError when `outDir`
// exists and is not empty (nothing is overwritten).
void writeProjector(const EmbeddingData& data, const std::string& outDir);

// The run, layer, counts, domain mixing, class separation and proxy A-distance as JSON: the
// projector folder's embedding.json, and what `twb embed --json` prints.
std::string embeddingSummaryJson(const EmbeddingData& data);

} // namespace twb
