#pragma once
// Which runs the Translation tab shows, asked of the method (MethodNeeds::
// translatesImages) rather than of its name, and how a run's sample grid is read: one
// place each, so that when core declares the grid's rows by role only this file changes.
#include "methods/Method.h"
#include "methods/translate/Translation.h"

#include <vector>

namespace twb::ui {

// A method whose runs translate images between the domains (and so write sample grids
// and a TranslationModel can load).
bool translatesImages(const twb::Method& method);
bool isTranslationRun(const twb::Experiment& experiment);

// One block of a sample grid: the rows drawn from one domain's fixed test images, the
// first of them the images themselves.
struct SampleGridBlock {
  bool target = false;        // the target's images (translated into the source)
  int firstRow = 0, rows = 0; // indices into SampleGridLayout::rowTop and rows
};
// The grid's two blocks, the source's then the target's; empty for a grid with no rows.
std::vector<SampleGridBlock> sampleGridBlocks(const twb::SampleGridLayout& layout);

} // namespace twb::ui
