#include "nn/ComputeInfo.h"

#include <ATen/Parallel.h>

#include <dlfcn.h>
#include <link.h>

#include <filesystem>
#include <sstream>
#include <thread>

namespace twb {

namespace {

// The first loaded object that is a BLAS: Debian's libblas.so.3 (an alternative),
// or an OpenBLAS, BLIS or MKL linked directly.
std::string loadedBlas() {
  std::string found;
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void* out) {
        const std::string name = info->dlpi_name ? info->dlpi_name : "";
        const std::string file = std::filesystem::path(name).filename().string();
        for (const char* blas : {"libblas.so", "libopenblas", "libblis", "libmkl_rt"})
          if (file.rfind(blas, 0) == 0) {
            *static_cast<std::string*>(out) = name;
            return 1;
          }
        return 0;
      },
      &found);
  if (found.empty())
    return found;
  std::error_code ec;
  const auto real = std::filesystem::canonical(found, ec);
  return ec ? found : real.string();
}

using Text = char* (*)();

// OpenBLAS says its version ("OpenBLAS 0.3.21 DYNAMIC_ARCH ... MAX_THREADS=64") and
// which kernels it chose for this processor ("Haswell": AVX2, also on newer cores it
// does not know).
std::string openBlasVersion() {
  std::string out = "OpenBLAS";
  if (auto* config = reinterpret_cast<Text>(dlsym(RTLD_DEFAULT, "openblas_get_config"))) {
    std::istringstream words(config());
    std::string name, version;
    words >> name >> version;
    out = name + " " + version;
  }
  return out;
}

std::string openBlasKernels() {
  if (auto* core = reinterpret_cast<Text>(dlsym(RTLD_DEFAULT, "openblas_get_corename")))
    return std::string(core()) + " kernels";
  return {};
}

} // namespace

ComputeInfo computeInfo() {
  ComputeInfo info;
  info.threads = at::get_num_threads();
  info.cores = std::max(1u, std::thread::hardware_concurrency());
  info.blasPath = loadedBlas();
  const std::string& p = info.blasPath;
  if (p.empty()) {
    info.blas = "no BLAS loaded";
  } else if (p.find("openblas") != std::string::npos) {
    std::string how = p.find("openmp") != std::string::npos    ? "OpenMP"
                      : p.find("pthread") != std::string::npos ? "pthreads"
                      : p.find("serial") != std::string::npos  ? "one thread"
                                                               : "";
    if (const std::string kernels = openBlasKernels(); !kernels.empty())
      how = how.empty() ? kernels : how + ", " + kernels;
    info.blas = openBlasVersion() + (how.empty() ? "" : " (" + how + ")");
  } else if (p.find("blis") != std::string::npos) {
    info.blas = "BLIS";
  } else if (p.find("mkl") != std::string::npos) {
    info.blas = "MKL";
  } else if (p.find("/blas/") != std::string::npos || p.find("libblas.so") != std::string::npos) {
    info.blas = "the reference BLAS";
    info.referenceBlas = true;
  } else {
    info.blas = std::filesystem::path(p).filename().string();
  }
  return info;
}

Message computeLine(const ComputeInfo& info) {
  return Message::text(TWB_TR("twb", "BLAS: %1 (%2); %3 threads on %4 cores"),
                       {info.blas, info.blasPath.empty() ? std::string("-") : info.blasPath,
                        std::to_string(info.threads), std::to_string(info.cores)});
}

Message computeWarning(const ComputeInfo& info) {
  if (!info.referenceBlas)
    return {};
  return Message::text(TWB_TR("twb", "only the reference BLAS is installed, which makes training about half as fast; "
                                     "install an optimised one: sudo apt-get install libopenblas0-openmp"));
}

} // namespace twb
