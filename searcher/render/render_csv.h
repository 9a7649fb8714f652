// dateline-search --format csv: one row per hit for a spreadsheet (RFC 4180: a header row,
// CRLF line ends, fields with commas, quotes or line breaks quoted, quotes doubled).
#pragma once

#include <string>
#include <string_view>

#include "results.h"

namespace dateline {

// Columns id, date (ISO 8601, empty when unknown), title, places (names separated by "; "),
// url, score (0 when browsing). Totals and facets are not rows: --json has them.
std::string render_csv(const Results& results);

// One field, quoted when it must be, and never read as a formula by a spreadsheet.
std::string csv_field(std::string_view value);

}  // namespace dateline
