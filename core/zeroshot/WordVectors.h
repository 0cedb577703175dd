#pragma once
// Class descriptions from word vectors: a GloVe-style text file (one word per line,
// then its floats, separated by spaces) a user points to. A class's vector is the
// mean of its words' vectors, looked up case-insensitively.
#include <string>
#include <vector>

namespace twb {

// The words a class name is looked up by: lower-cased, split at spaces, '/' and '_'
// ("T-shirt/top" -> "t-shirt", "top"). A hyphenated word missing from the file is
// looked up by its parts ("t-shirt" -> "t", "shirt").
std::vector<std::string> classNameWords(const std::string& className);

// One vector per class, in the order of `classNames`. InputError naming `path` and
// the class (and its word) that has no vector, a line that is not a word and numbers,
// or lines of different lengths.
std::vector<std::vector<float>> classWordVectors(const std::string& path, const std::vector<std::string>& classNames);

} // namespace twb
