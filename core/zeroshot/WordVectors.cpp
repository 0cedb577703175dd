#include "zeroshot/WordVectors.h"

#include "base/Errors.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace twb {

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::vector<std::string> splitAt(const std::string& s, const std::string& separators) {
  std::vector<std::string> out;
  std::string word;
  for (char c : s) {
    if (separators.find(c) != std::string::npos) {
      if (!word.empty())
        out.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty())
    out.push_back(word);
  return out;
}

// Words to look up for `word`, in order: itself, then its hyphen-separated parts.
std::vector<std::string> candidates(const std::string& word) {
  std::vector<std::string> out{word};
  for (const auto& part : splitAt(word, "-"))
    if (part != word)
      out.push_back(part);
  return out;
}

} // namespace

std::vector<std::string> classNameWords(const std::string& className) {
  return splitAt(lower(className), " \t/_");
}

std::vector<std::vector<float>> classWordVectors(const std::string& path, const std::vector<std::string>& classNames) {
  std::set<std::string> wanted;
  for (const auto& name : classNames)
    for (const auto& word : classNameWords(name))
      for (const auto& c : candidates(word))
        wanted.insert(c);

  std::ifstream in(path);
  if (!in)
    throw InputError(path + ": cannot open the word-vector file");
  // Only the words the classes need are kept: GloVe files hold hundreds of thousands.
  std::map<std::string, std::vector<float>> vectors;
  std::size_t dim = 0;
  std::string line;
  int lineNo = 0;
  while (std::getline(in, line)) {
    ++lineNo;
    std::istringstream cells(line);
    std::string word;
    if (!(cells >> word))
      continue;
    const std::string key = lower(word);
    const bool needed = wanted.count(key) > 0 && vectors.count(key) == 0;
    if (!needed && dim > 0)
      continue;
    std::vector<float> v;
    std::string number;
    while (cells >> number) {
      char* end = nullptr;
      const float x = std::strtof(number.c_str(), &end);
      if (*end != '\0')
        throw InputError(path + ": line " + std::to_string(lineNo) + ": '" + number + "' is not a number");
      v.push_back(x);
    }
    if (lineNo == 1 && v.size() == 1) // word2vec's "COUNT DIM" header line
      continue;
    if (v.empty())
      throw InputError(path + ": line " + std::to_string(lineNo) + " has a word but no numbers");
    if (dim == 0)
      dim = v.size();
    else if (v.size() != dim)
      throw InputError(path + ": line " + std::to_string(lineNo) + " has " + std::to_string(v.size()) +
                       " numbers, earlier lines have " + std::to_string(dim));
    if (needed)
      vectors[key] = std::move(v);
  }
  if (dim == 0)
    throw InputError(path + ": the word-vector file has no vectors");

  std::vector<std::vector<float>> out;
  for (const auto& name : classNames) {
    std::vector<float> sum(dim, 0.0f);
    int count = 0;
    for (const auto& word : classNameWords(name)) {
      std::vector<const std::vector<float>*> parts;
      if (vectors.count(word)) {
        parts.push_back(&vectors.at(word));
      } else {
        for (const auto& c : candidates(word)) {
          if (c == word)
            continue;
          if (!vectors.count(c))
            throw InputError(path + ": no vector for class '" + name + "' (the word '" + c + "' is not in the file)");
          parts.push_back(&vectors.at(c));
        }
        if (parts.empty())
          throw InputError(path + ": no vector for class '" + name + "' (the word '" + word + "' is not in the file)");
      }
      for (const auto* p : parts) {
        for (std::size_t k = 0; k < dim; ++k)
          sum[k] += (*p)[k];
        ++count;
      }
    }
    if (count == 0)
      throw InputError(path + ": no vector for class '" + name + "' (its name has no words)");
    for (auto& x : sum)
      x /= static_cast<float>(count);
    out.push_back(std::move(sum));
  }
  return out;
}

} // namespace twb
