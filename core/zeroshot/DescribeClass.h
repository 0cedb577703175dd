#pragma once
// "Describe a new class": what a person types about a class the run has never
// heard of, turned into its embedding g(a) in a zero-shot run's joint space, and the
// images nearest to it. Plain C++ on the EmbeddingData of the joint space (the
// window calls it on its GUI thread: it is a small matrix product).
#include "embed/Embedding.h"

#include <cstddef>
#include <string>
#include <vector>

namespace twb {

// The description vector of `text`. For attribute tables: attribute names, each
// optionally "=value" ("upper_body long_sleeves heel=0.5"; unnamed attributes are 0),
// or one number per attribute in table order, separated by spaces or commas. For
// word-vector runs: one or more words, averaged, looked up in the run's word-vector
// file. InputError naming the attribute, the word or the file that does not fit.
std::vector<float> parseDescription(const EmbeddingData& joint, const std::string& text);

// g(a), scaled to unit length like the class embeddings in `joint`.
std::vector<float> embedDescription(const EmbeddingData& joint, const std::vector<float>& description);

// The `k` images (never class embeddings) with the highest cosine to `embedding`,
// nearest first.
std::vector<std::size_t> imagesNearest(const EmbeddingData& joint, const std::vector<float>& embedding, std::size_t k);

// How many images of unseen classes have their own class's embedding as the nearest
// one (cosine, as the map draws it): among the unseen classes only (the zero-shot
// setting) and among all classes (the generalised one).
struct UnseenAgreement {
  std::size_t unseenImages = 0, amongUnseen = 0, amongAll = 0;
};
UnseenAgreement unseenAgreement(const EmbeddingData& joint);

} // namespace twb
