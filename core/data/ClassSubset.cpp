#include "data/ClassSubset.h"

#include "base/Errors.h"

namespace twb {

namespace {
void relabel(ImageSet& set, const std::vector<std::int64_t>& newLabel) {
  std::vector<std::size_t> keep;
  for (std::size_t i = 0; i < set.size(); ++i)
    if (newLabel[static_cast<std::size_t>(set.labels[i])] >= 0)
      keep.push_back(i);
  set = set.subset(keep);
  for (auto& label : set.labels)
    label = newLabel[static_cast<std::size_t>(label)];
}
} // namespace

void selectClasses(Dataset& d, const std::vector<int>& classes, const std::string& key) {
  if (classes.empty())
    return;
  const std::size_t n = d.classNames.size();
  std::vector<std::int64_t> newLabel(n, -1);
  std::vector<std::string> names;
  std::vector<std::vector<float>> attributes;
  for (std::size_t i = 0; i < classes.size(); ++i) {
    const auto c = static_cast<std::size_t>(classes[i]);
    if (c >= n)
      throw InputError(
          Message::text(TWB_TR("twb", "%1 names class %2, but '%3' has %4 classes (0 to %5)"),
                      {key, std::to_string(classes[i]), d.name, std::to_string(n), std::to_string(n - 1)}));
    newLabel[c] = static_cast<std::int64_t>(i);
    names.push_back(d.classNames[c]);
    if (!d.classAttributes.empty())
      attributes.push_back(d.classAttributes[c]);
  }
  relabel(d.train, newLabel);
  relabel(d.test, newLabel);
  d.classNames = std::move(names);
  if (!d.classAttributes.empty())
    d.classAttributes = std::move(attributes);
}

} // namespace twb
