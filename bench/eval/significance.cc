#include "significance.h"

#include <cmath>
#include <random>

namespace dateline::eval {

double macro_mean(const std::vector<Differences>& collections) {
  double sum = 0;
  std::size_t n = 0;
  for (const auto& c : collections) {
    if (c.empty()) continue;
    double s = 0;
    for (double d : c) s += d;
    sum += s / static_cast<double>(c.size());
    ++n;
  }
  return n == 0 ? 0 : sum / static_cast<double>(n);
}

double randomisation_p(const std::vector<Differences>& collections, unsigned trials,
                       std::uint64_t seed) {
  const double observed = std::fabs(macro_mean(collections));
  bool any = false;
  for (const auto& c : collections)
    for (double d : c) any = any || d != 0;
  if (!any) return 1.0;
  std::mt19937_64 random(seed);
  // Differences equal to the observed statistic up to rounding count as "as extreme".
  const double tolerance = 1e-12 * std::max(1.0, observed);
  unsigned as_extreme = 0;
  std::vector<Differences> flipped = collections;
  for (unsigned t = 0; t < trials; ++t) {
    for (std::size_t i = 0; i < collections.size(); ++i)
      for (std::size_t q = 0; q < collections[i].size(); ++q)
        flipped[i][q] = (random() & 1U) != 0 ? -collections[i][q] : collections[i][q];
    if (std::fabs(macro_mean(flipped)) >= observed - tolerance) ++as_extreme;
  }
  return (as_extreme + 1.0) / (trials + 1.0);
}

}  // namespace dateline::eval
