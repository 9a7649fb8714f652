// Paired significance of a difference between two systems' per-query scores: Fisher's
// randomisation (permutation) test, as Smucker, Allan & Carterette (CIKM 2007) recommend for
// IR evaluation. Under the null hypothesis the two systems are exchangeable on each query, so
// each query's difference is as likely to have either sign; the p-value is the share of random
// sign assignments whose statistic is at least as far from 0 as the one observed (two-sided).
#pragma once

#include <cstdint>
#include <vector>

namespace dateline::eval {

// One collection's per-query differences (system A minus system B, the same queries in the
// same order).
using Differences = std::vector<double>;

// The statistic: the mean over collections of each collection's mean difference (a macro
// average, each collection once, as the report's averages are). Empty collections are skipped.
double macro_mean(const std::vector<Differences>& collections);

// Two-sided p-value of macro_mean over `trials` random sign flips (with the observed
// assignment counted, so never 0). A fixed seed makes a report reproducible. 1 when every
// difference is 0.
double randomisation_p(const std::vector<Differences>& collections, unsigned trials = 10000,
                       std::uint64_t seed = 20071106);

}  // namespace dateline::eval
