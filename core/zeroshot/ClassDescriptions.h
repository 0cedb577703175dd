#pragma once
// What zero-shot learning knows about each class: a description vector per class
// (attributes or a word vector) and which classes training never sees. Plain C++:
// the window shows and edits these.
#include "data/AttributeTable.h"
#include "experiment/Experiment.h"

#include <string>
#include <vector>

namespace twb {

struct Dataset;

struct ClassDescriptions {
  std::vector<std::string> dimensions;     // attribute names, or "wv1", "wv2", ... for word vectors
  std::vector<std::vector<float>> vectors; // [class][dimension], in the dataset's class order
  std::string origin;                      // where they came from, for people
};

// Whether description dimensions are a word vector's ("wv1", "wv2", ...), which are
// scaled to unit length before use, rather than attribute names.
bool areWordVectorDimensions(const std::vector<std::string>& dimensions);

// The dataset's own table: `shapes` its generator's, `fashion` the shipped
// resources/attributes/fashion.csv; InputError for a dataset with none.
AttributeTable builtinAttributeTable(const std::string& datasetName);

// The descriptions of `classNames` as `spec` chooses: word vectors from
// spec.wordVectors when set, else the table at spec.attributes, else the dataset's
// own. Rows are matched by class name; InputError naming the file and a class with
// no row, or a table whose rows are all equal (nothing to tell classes apart by).
ClassDescriptions describeClasses(const ZeroShotSpec& spec, const std::string& datasetName,
                                  const std::vector<std::string>& classNames);

// The held-out classes when an experiment names none: for `shapes`, eight
// colour-shape-fill combinations whose every single value (a colour, a shape, a fill)
// and every colour-shape pair is still seen in training; for `fashion`, Pullover,
// Dress and Sandal (see resources/attributes/README.md). Empty for other datasets.
std::vector<std::string> defaultUnseenClasses(const std::string& datasetName);

// unseen[c] for each class of `classNames`: spec.unseen, or the default. InputError
// for a name that is not a class, for no unseen class, or for fewer than two seen.
std::vector<bool> unseenMask(const ZeroShotSpec& spec, const std::string& datasetName,
                             const std::vector<std::string>& classNames);

} // namespace twb
