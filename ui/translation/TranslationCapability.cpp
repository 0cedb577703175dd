#include "translation/TranslationCapability.h"

#include "methods/Registry.h"

#include <algorithm>

namespace twb::ui {

bool translatesImages(const twb::Method& method) {
  // Until MethodNeeds says so: a method that logs a cycle-consistency loss translates
  // images there and back (UNIT, MUNIT; CycleGAN would too). No other method logs one.
  const std::vector<twb::MetricInfo> metrics = method.metrics();
  return std::any_of(metrics.begin(), metrics.end(), [](const twb::MetricInfo& m) { return m.name == "loss/cycle"; });
}

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
