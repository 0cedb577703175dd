#pragma once
// Seeded shuffles that give the same order on every platform: std::shuffle and
// std::uniform_int_distribution are implementation-defined, so splits made with
// them would differ between standard libraries.
#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace twb {

inline void seededShuffle(std::vector<std::size_t>& v, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  for (std::size_t i = v.size(); i > 1; --i) {
    const std::size_t j = static_cast<std::size_t>(rng() % i);
    std::swap(v[i - 1], v[j]);
  }
}

// Mixes a seed with a stream tag so independent uses of one seed do not correlate.
inline std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream) {
  std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (stream + 1);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

} // namespace twb
