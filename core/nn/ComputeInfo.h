#pragma once
// What the training runs on, for people: which BLAS this process loaded (LibTorch's
// linear layers call whatever libblas.so.3 Debian's alternatives point to) and how
// many threads torch uses. Debian 12 installs only the reference BLAS unless told
// otherwise, which made the DANN step about half as fast as with OpenBLAS; the line
// says so and a warning says what to install. Plain C++: `twb --version` and the
// run log read it.
#include "base/Message.h"

#include <string>

namespace twb {

struct ComputeInfo {
  std::string blas;         // "OpenBLAS 0.3.21 (OpenMP)", "the reference BLAS", "no BLAS loaded"
  std::string blasPath;     // the library file behind libblas.so.3, resolved
  std::string fallbackKernels; // what OpenBLAS chose before useBlasKernelsForThisProcessor overrode it
  bool referenceBlas = false; // netlib's unoptimised BLAS (Debian's libblas3)
  int threads = 1;          // torch's intra-op threads
  unsigned cores = 1;       // std::thread::hardware_concurrency()
};

ComputeInfo computeInfo();

// "BLAS: OpenBLAS 0.3.21 (OpenMP); 2 threads on 2 cores"
Message computeLine(const ComputeInfo& info);
// Empty unless only the reference BLAS is there: then what it costs and the fix.
Message computeWarning(const ComputeInfo& info);

// OpenBLAS picks its kernels by processor model when it loads, and a model newer than
// the library falls back to old ones: Debian 12's OpenBLAS 0.3.21 runs Intel's
// Sapphire/Emerald Rapids Xeons (family 6, model 143 and 207) with its "Prescott"
// (SSE3) kernels, sgemm at 60 GFLOP/s where its AVX-512 "SkylakeX" kernels reach 300
// on the same two cores. OpenBLAS's documented override, the OPENBLAS_CORETYPE
// environment variable, is read only when the library loads, so when this process's
// BLAS chose kernels without AVX2 on a processor that has AVX2 (or AVX-512), this sets
// OPENBLAS_CORETYPE to the matching kernels and executes the program again: same
// process id, same arguments (read from /proc/self/cmdline). It returns when there is
// nothing to do: not OpenBLAS, kernels already fit, OPENBLAS_CORETYPE already set (by
// the user, or by this function before the restart), or the restart failed. Call it
// first thing in main(), before any thread or file is opened.
void useBlasKernelsForThisProcessor();

} // namespace twb
