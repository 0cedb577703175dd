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
  bool referenceBlas = false; // netlib's unoptimised BLAS (Debian's libblas3)
  int threads = 1;          // torch's intra-op threads
  unsigned cores = 1;       // std::thread::hardware_concurrency()
};

ComputeInfo computeInfo();

// "BLAS: OpenBLAS 0.3.21 (OpenMP); 2 threads on 2 cores"
Message computeLine(const ComputeInfo& info);
// Empty unless only the reference BLAS is there: then what it costs and the fix.
Message computeWarning(const ComputeInfo& info);

} // namespace twb
