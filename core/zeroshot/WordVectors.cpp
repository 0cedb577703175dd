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
    throw InputError(Message::text(TWB_TR("twb", "%1: cannot open the word-vector file"), {path}));
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
        throw InputError(
            Message::text(TWB_TR("twb", "%1: line %2: '%3' is not a number"), {path, std::to_string(lineNo), number}));
      v.push_back(x);
    }
    if (lineNo == 1 && v.size() == 1) // word2vec's "COUNT DIM" header line
      continue;
    if (v.empty())
      throw InputError(
          Message::text(TWB_TR("twb", "%1: line %2 has a word but no numbers"), {path, std::to_string(lineNo)}));
    if (dim == 0)
      dim = v.size();
    else if (v.size() != dim)
      throw InputError(Message::text(TWB_TR("twb", "%1: line %2 has %3 numbers, earlier lines have %4"),
                                   {path, std::to_string(lineNo), std::to_string(v.size()), std::to_string(dim)}));
    if (needed)
      vectors[key] = std::move(v);
  }
  if (dim == 0)
    throw InputError(Message::text(TWB_TR("twb", "%1: the word-vector file has no vectors"), {path}));

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
            throw InputError(Message::text(
                TWB_TR("twb", "%1: no vector for class '%2' (the word '%3' is not in the file)"), {path, name, c}));
          parts.push_back(&vectors.at(c));
        }
        if (parts.empty())
          throw InputError(Message::text(TWB_TR("twb", "%1: no vector for class '%2' (the word '%3' is not in the file)"),
                                       {path, name, word}));
      }
      for (const auto* p : parts) {
        for (std::size_t k = 0; k < dim; ++k)
          sum[k] += (*p)[k];
        ++count;
      }
    }
    if (count == 0)
      throw InputError(
          Message::text(TWB_TR("twb", "%1: no vector for class '%2' (its name has no words)"), {path, name}));
    for (auto& x : sum)
      x /= static_cast<float>(count);
    out.push_back(std::move(sum));
  }
  return out;
}

} // namespace twb
