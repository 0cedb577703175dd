#include "translation/TranslationCapability.h"

#include "methods/Registry.h"


namespace twb::ui {

bool translatesImages(const twb::Method& method) { return method.needs().translatesImages; }

bool isTranslationRun(const twb::Experiment& experiment) {
  const twb::Method* method = twb::findMethod(experiment.method.name);
  return method && translatesImages(*method);
}

std::vector<SampleGridBlock> sampleGridBlocks(const twb::SampleGridLayout& layout) {
  // Core writes the source's block, then the target's, with as many rows each, each
  // starting with the images themselves (methods/translate/TranslationParts.cpp).
  const int rows = static_cast<int>(std::min(layout.rowTop.size(), layout.rows.size()));
  if (rows < 2)
    return {};
  const int half = rows / 2;
  return {{false, 0, half}, {true, half, rows - half}};
}

} // namespace twb::ui
