// The dateline that opens a story's first paragraph, shared by every reader whose format leaves
// it in the text (scraped text, HTML pages, feeds).
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace dateline::detail {

// "MIAMI — ...", "KYIV, Ukraine (AP) — ...", "LONDON - ...", "MIAMI, Dec. 5 (AP) — ...": an
// upper-case place, an optional region, day and agency, then a dash. Returns the dateline (with
// its day, as Reuters writes it: "MIAMI, Dec. 5") and the rest of the paragraph.
std::optional<std::pair<std::string, std::string>> split_dateline(const std::string& paragraph);

}  // namespace dateline::detail
