#include "nn/ComputeInfo.h"

#include <ATen/Parallel.h>

#include <dlfcn.h>
#include <link.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <strings.h>
#include <thread>
#include <vector>

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

// Set beside OPENBLAS_CORETYPE by useBlasKernelsForThisProcessor: the kernels OpenBLAS
// had chosen itself, so the compute line can say why others are in use.
constexpr const char* kFallbackVariable = "TWB_OPENBLAS_FALLBACK";

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

std::string openBlasCore() {
  if (auto* core = reinterpret_cast<Text>(dlsym(RTLD_DEFAULT, "openblas_get_corename")))
    return core();
  return {};
}

std::string openBlasKernels() {
  const std::string core = openBlasCore();
  return core.empty() ? core : core + " kernels";
}

// OpenBLAS's x86-64 kernels with AVX2 and FMA or better (its names, any case); every
// other choice on a processor with AVX2 is a fallback.
bool kernelsUseAvx2(const std::string& core) {
  for (const char* name : {"Haswell", "Zen", "SkylakeX", "Cooperlake", "SapphireRapids"})
    if (strcasecmp(core.c_str(), name) == 0)
      return true;
  return false;
}

// The OpenBLAS kernels this processor's instructions allow: "SkylakeX" with the
// AVX-512 subsets they use, "Haswell" with AVX2 and FMA, none otherwise.
std::string kernelsForThisProcessor() {
#if defined(__x86_64__)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
      __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512cd"))
    return "SkylakeX";
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
    return "Haswell";
#endif
  return {};
}

std::vector<std::string> ownCommandLine() {
  std::ifstream in("/proc/self/cmdline", std::ios::binary);
  const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::string> args;
  for (size_t start = 0; start < all.size();) {
    const size_t end = all.find('\0', start);
    args.push_back(all.substr(start, end == std::string::npos ? std::string::npos : end - start));
    start = end == std::string::npos ? all.size() : end + 1;
  }
  return args;
}

} // namespace

void useBlasKernelsForThisProcessor() {
  if (std::getenv("OPENBLAS_CORETYPE"))
    return;
  const std::string chosen = openBlasCore();
  const std::string better = kernelsForThisProcessor();
  if (chosen.empty() || better.empty() || kernelsUseAvx2(chosen))
    return;
  std::vector<std::string> args = ownCommandLine();
  if (args.empty())
    return;
  std::vector<char*> argv;
  for (std::string& a : args)
    argv.push_back(a.data());
  argv.push_back(nullptr);
  setenv("OPENBLAS_CORETYPE", better.c_str(), 1);
  setenv(kFallbackVariable, chosen.c_str(), 1);
  execv("/proc/self/exe", argv.data());
  // Not restarted (no /proc, say): go on with the kernels there are, and say so.
  unsetenv("OPENBLAS_CORETYPE");
  unsetenv(kFallbackVariable);
}

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
    std::string kernels = openBlasKernels();
    if (const char* fallback = std::getenv(kFallbackVariable); fallback && !kernels.empty()) {
      info.fallbackKernels = fallback;
      kernels += std::string(" instead of its ") + fallback + " for this processor";
    }
    if (!kernels.empty())
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
