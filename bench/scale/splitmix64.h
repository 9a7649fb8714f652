// The benchmark's PRNG: splitmix64, a pure function of its input, so article k and query i
// depend on k and i alone and the same sizes give the same bytes on every machine.
#pragma once

#include <cstdint>

namespace dateline::scale {

constexpr std::uint64_t splitmix64(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

}  // namespace dateline::scale
