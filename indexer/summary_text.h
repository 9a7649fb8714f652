// The lines dateline-index prints at the end of a run, and its exit code. The last line is
// read by scripts and the e2e tests (`tail -1`): keep its words.
#pragma once

#include <string>
#include <vector>

#include "pipeline.h"

namespace dateline {

// Every line of the summary, without newlines, in the order they are printed.
std::vector<std::string> summary_lines(const IndexSummary& s, const std::string& db, bool rebuild);

// The lines of an --extract run: no database, so no changes and no documents; "N extracted".
std::vector<std::string> extract_summary_lines(const IndexSummary& s);

// 0, or 1 when files could not be read or the run was interrupted, or 3 when records were
// rejected (exit_codes.h).
int exit_code_of(const IndexSummary& s);

}  // namespace dateline
