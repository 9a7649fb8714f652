// The evaluation's tables: one per collection with every system's figures, zero-result counts
// and timings, then the average over the collections (each weighing the same).
#pragma once

#include <string>
#include <vector>

#include "evaluation.h"

namespace dateline::eval {

std::string format_report(const std::vector<CollectionRun>& runs, std::size_t depth);

// The same figures as one Markdown table, as the README shows them.
std::string format_markdown(const std::vector<CollectionRun>& runs);

}  // namespace dateline::eval
