#include "zeroshot/DescribeClass.h"

#include "base/Errors.h"
#include "zeroshot/ClassDescriptions.h"
#include "zeroshot/WordVectors.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>
#include <sstream>

namespace twb {

namespace {

std::vector<std::string> tokens(std::string text) {
  std::replace(text.begin(), text.end(), ',', ' ');
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string t; in >> t;)
    out.push_back(t);
  return out;
}

bool parseNumber(const std::string& s, float& v) {
  try {
    std::size_t used = 0;
    v = std::stof(s, &used);
    return used == s.size() && std::isfinite(v);
  } catch (const std::exception&) {
    return false;
  }
}

void scaleToUnit(std::vector<float>& v) {
  const double norm = std::sqrt(std::inner_product(v.begin(), v.end(), v.begin(), 0.0));
  if (norm > 1e-8)
    for (float& x : v)
      x = static_cast<float>(x / norm);
}

std::vector<float> parseAttributes(const EmbeddingData& d, const std::vector<std::string>& parts) {
  const auto& names = d.descriptionDimensions;
  std::vector<float> out(names.size(), 0.0f);
  // All numbers: one per attribute, in table order.
  float v = 0;
  if (std::all_of(parts.begin(), parts.end(), [&](const std::string& p) { return parseNumber(p, v); })) {
    if (parts.size() != names.size())
      throw InputError(Message::text(TWB_TR("twb", "a description as numbers needs one per attribute, %1 (%2); got %3"),
                                   {std::to_string(names.size()), listMessage(names), std::to_string(parts.size())}));
    for (std::size_t i = 0; i < parts.size(); ++i)
      parseNumber(parts[i], out[i]);
    return out;
  }
  for (const auto& part : parts) {
    const auto eq = part.find('=');
    const std::string name = part.substr(0, eq);
    float value = 1.0f;
    if (eq != std::string::npos && !parseNumber(part.substr(eq + 1), value))
      throw InputError(
          Message::text(TWB_TR("twb", "the value of attribute '%1' is not a number: '%2'"), {name, part.substr(eq + 1)}));
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end())
      throw InputError(Message::text(TWB_TR("twb", "'%1' is not an attribute of this run; its attributes: %2"),
                                   {name, listMessage(names)}));
    out[static_cast<std::size_t>(it - names.begin())] = value;
  }
  return out;
}

float cosine(const EmbeddingData& d, std::size_t a, const float* b) {
  const float* x = d.features.data() + a * d.dim;
  return std::inner_product(x, x + d.dim, b, 0.0f); // rows are unit length
}

} // namespace

std::vector<float> parseDescription(const EmbeddingData& d, const std::string& text) {
  if (!d.isZeroShot())
    throw InputError(
        Message::text(TWB_TR("twb", "only a zero-shot run's joint space can place a new class description")));
  const auto parts = tokens(text);
  if (parts.empty())
    throw InputError(areWordVectorDimensions(d.descriptionDimensions)
                         ? Message::text(TWB_TR("twb", "type a word (or several) to describe the new class"))
                         : Message::text(TWB_TR("twb", "type the new class's attributes, e.g. %1 %2=0.5"),
                                       {d.descriptionDimensions.front(), d.descriptionDimensions.back()}));
  if (!areWordVectorDimensions(d.descriptionDimensions))
    return parseAttributes(d, parts);
  std::string words;
  for (const auto& p : parts)
    words += (words.empty() ? "" : " ") + p;
  // The words are looked up as one class name: the mean of their vectors.
  auto v = classWordVectors(d.wordVectorsPath, {words}).front();
  scaleToUnit(v); // as the run's class word vectors were
  return v;
}

std::vector<float> embedDescription(const EmbeddingData& d, const std::vector<float>& a) {
  const std::size_t cols = d.descriptionDimensions.size();
  if (a.size() != cols || d.descriptionMap.size() != d.dim * cols)
    throw InputError(Message::text(TWB_TR("twb", "a description of %1 values does not fit this run's %2"),
                                 {std::to_string(a.size()), std::to_string(cols)}));
  std::vector<float> g(d.dim, 0.0f);
  for (std::size_t r = 0; r < d.dim; ++r)
    for (std::size_t c = 0; c < cols; ++c)
      g[r] += d.descriptionMap[r * cols + c] * a[c];
  scaleToUnit(g);
  return g;
}

std::vector<std::size_t> imagesNearest(const EmbeddingData& d, const std::vector<float>& g, std::size_t k) {
  const std::size_t images = d.imageCount();
  std::vector<std::pair<float, std::size_t>> scored;
  scored.reserve(images);
  for (std::size_t i = 0; i < images; ++i) {
    scored.emplace_back(-cosine(d, i, g.data()), i);
  }
  k = std::min(k, scored.size());
  std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(k), scored.end());
  std::vector<std::size_t> out;
  for (std::size_t j = 0; j < k; ++j)
    out.push_back(scored[j].second);
  return out;
}

UnseenAgreement unseenAgreement(const EmbeddingData& d) {
  UnseenAgreement out;
  for (std::size_t i = 0; i < d.imageCount(); ++i) {
    const auto label = static_cast<std::size_t>(d.labels[i]);
    if (label >= d.unseen.size() || !d.unseen[label])
      continue;
    ++out.unseenImages;
    std::size_t bestAll = 0, bestUnseen = 0;
    float all = -2, unseen = -2;
    for (std::size_t c = 0; c < d.classPoints; ++c) {
      const float s = cosine(d, i, d.features.data() + (d.imageCount() + c) * d.dim);
      if (s > all) {
        all = s;
        bestAll = c;
      }
      if (d.unseen[c] && s > unseen) {
        unseen = s;
        bestUnseen = c;
      }
    }
    out.amongUnseen += bestUnseen == label;
    out.amongAll += bestAll == label;
  }
  return out;
}

} // namespace twb
