#include "zeroshot/ClassDescriptions.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"
#include "zeroshot/WordVectors.h"

#include <algorithm>

namespace twb {

AttributeTable builtinAttributeTable(const std::string& datasetName) {
  if (datasetName == "shapes")
    return shapesAttributeTable();
  if (datasetName == "fashion")
    return fashionAttributeTable();
  // Said for a newcomer: what zero-shot needs, and the two ways to give it.
  throw InputError(Message::text(TWB_TR("twb", "Zero-shot learning recognises classes from their descriptions, and "
                                             "'%1' comes without any. Pick the 'shapes' or 'fashion' dataset (both "
                                             "come with descriptions), or give a table of class attributes of your "
                                             "own: Load Table… in the Zero-shot panel, or zeroshot.attributes in the "
                                             "experiment file."),
                               {datasetName}));
}

bool areWordVectorDimensions(const std::vector<std::string>& dimensions) {
  return !dimensions.empty() && dimensions.front() == "wv1";
}

ClassDescriptions describeClasses(const ZeroShotSpec& spec, const std::string& datasetName,
                                  const std::vector<std::string>& classNames) {
  ClassDescriptions d;
  if (!spec.wordVectors.empty()) {
    d.vectors = classWordVectors(spec.wordVectors, classNames);
    for (std::size_t k = 0; k < d.vectors.front().size(); ++k)
      d.dimensions.push_back("wv" + std::to_string(k + 1));
    d.origin = "word vectors from " + spec.wordVectors;
    return d;
  }
  const bool own = spec.attributes.empty();
  const AttributeTable table =
      own ? builtinAttributeTable(datasetName) : parseAttributeTable(readFile(spec.attributes), spec.attributes);
  const Message where = own ? Message::text(TWB_TR("twb", "the built-in attribute table of '%1'"), {datasetName})
                            : Message(spec.attributes);
  const std::string origin = where.english();
  d.dimensions = table.attributes;
  for (const auto& name : classNames) {
    const auto it = std::find(table.classes.begin(), table.classes.end(), name);
    if (it == table.classes.end())
      throw InputError(Message::text(TWB_TR("twb", "%1: no row for class '%2' (the table describes: %3)"),
                                   {where, name, listMessage(table.classes)}));
    d.vectors.push_back(table.values[static_cast<std::size_t>(it - table.classes.begin())]);
  }
  if (std::all_of(d.vectors.begin(), d.vectors.end(), [&](const auto& v) { return v == d.vectors.front(); }))
    throw InputError(
        Message::text(TWB_TR("twb", "%1: every class has the same description, so none can be told apart"), {where}));
  d.origin = own ? origin : "attributes from " + origin;
  return d;
}

std::vector<std::string> defaultUnseenClasses(const std::string& datasetName) {
  if (datasetName == "shapes") // a Latin square over colour x shape, fills alternating
    return {"red filled circle",    "red outlined triangle", "green outlined square", "green filled cross",
            "blue filled triangle", "blue outlined circle",  "yellow outlined cross", "yellow filled square"};
  if (datasetName == "fashion")
    return {"Pullover", "Dress", "Sandal"};
  return {};
}

std::vector<bool> unseenMask(const ZeroShotSpec& spec, const std::string& datasetName,
                             const std::vector<std::string>& classNames) {
  const auto names = spec.unseen.empty() ? defaultUnseenClasses(datasetName) : spec.unseen;
  if (names.empty())
    throw InputError(Message::text(
        TWB_TR("twb", "zeroshot.unseen: dataset '%1' has no default split; name the classes training must not see"),
        {datasetName}));
  std::vector<bool> mask(classNames.size(), false);
  for (const auto& n : names) {
    const auto it = std::find(classNames.begin(), classNames.end(), n);
    if (it == classNames.end())
      throw InputError(Message::text(TWB_TR("twb", "zeroshot.unseen: '%1' is not a class of '%2' (%3)"),
                                   {n, datasetName, listMessage(classNames)}));
    mask[static_cast<std::size_t>(it - classNames.begin())] = true;
  }
  if (std::count(mask.begin(), mask.end(), false) < 2)
    throw InputError(Message::text(TWB_TR("twb", "zeroshot.unseen: at least two classes must stay seen for training")));
  return mask;
}

} // namespace twb
