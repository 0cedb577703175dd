#pragma once
// The joint space of a finished zero-shot run, for the embedding view and `twb
// embed --layer joint`: image embeddings f(x) of test images and the class
// embeddings g(y) in one EmbeddingData, both scaled to unit length. Internal to core
// (reached through extractEmbedding with layer kJointLayer).
#include "embed/Embedding.h"

namespace twb {

// Images: the source's test (or train) split, sub-sampled to request.maxPerDomain
// (seeded); then one class embedding per class. Predictions are the generalised
// zero-shot rule of the run (every class a candidate, highest f(x).g(y)). InputError
// naming the folder when it does not hold a finished zero-shot run.
EmbeddingData extractJointEmbedding(const EmbeddingRequest& request);

} // namespace twb
