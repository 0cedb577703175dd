#pragma once
// Small seeded draws for the generated domains; platform-independent (unlike
// std::uniform_*_distribution), so a seed gives the same images everywhere.
#include <cstdint>
#include <random>

namespace twb {

class SynthRandom {
public:
  explicit SynthRandom(std::uint64_t seed) : rng_(seed) {}
  double uniform(double lo, double hi) { return lo + (hi - lo) * static_cast<double>(rng_() >> 11) * 0x1.0p-53; }
  int integer(int lo, int hiInclusive) {
    return lo + static_cast<int>(rng_() % static_cast<std::uint64_t>(hiInclusive - lo + 1));
  }
  bool chance(double p) { return uniform(0.0, 1.0) < p; }
  // Approximately normal (Irwin-Hall with 4 terms): enough for pixel noise.
  double normal(double sigma) {
    double s = 0;
    for (int i = 0; i < 4; ++i)
      s += uniform(-1.0, 1.0);
    return s * sigma * 0.8660254037844386; // 4 uniforms on [-1,1] have variance 4/3
  }

private:
  std::mt19937_64 rng_;
};

} // namespace twb
