// Every test executable links this: it uses the BLAS kernels its processor allows, as
// the programs do (core/nn/ComputeInfo.h, useBlasKernelsForThisProcessor), so that a
// test of training runs as fast as the program it tests. A static initializer, since
// QTEST_MAIN writes main(); the BLAS itself was loaded and chose before this runs.
#include "nn/ComputeInfo.h"

namespace {
const bool kernelsChosen = (twb::useBlasKernelsForThisProcessor(), true);
} // namespace
