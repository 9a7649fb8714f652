// The evaluation's comparisons: one system against another on every metric, per collection and
// on the macro average, each difference with its paired randomisation p-value
// (significance.h); and each system's per-query latency.
#pragma once

#include <string>
#include <vector>

#include "evaluation.h"

namespace dateline::eval {

// `system` against each of `against` (system names as in the runs), per collection and on
// average: the difference of each mean (relative for MAP) and its p-value.
std::string format_comparisons(const std::vector<CollectionRun>& runs, const std::string& system,
                               const std::vector<std::string>& against, bool markdown);

// Every system whose name starts with `prefix` against `baseline` on MAP: each collection's
// MAP, the average, its difference and p-value (a variant must not lose on any collection).
std::string format_variants(const std::vector<CollectionRun>& runs, const std::string& prefix,
                            const std::string& baseline, bool markdown);

// Per-query wall time of each system over every collection's queries: p50 and p90 in
// milliseconds, and the p50 against `baseline`'s.
std::string format_latency(const std::vector<CollectionRun>& runs, const std::string& baseline);

}  // namespace dateline::eval
