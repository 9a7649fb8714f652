// A query of nothing but exclusions: `-cocoa`, `-cocoa -"sugar prices"`. Xapian's QueryParser
// reads a lone `-word` as the word itself (it needs something to exclude from), so "-cocoa" found
// the cocoa stories: the opposite of what was asked. Such a query is rewritten to the
// QueryParser's own form of "everything except", `NOT cocoa NOT "sugar prices"`.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dateline {

// The query with each `-item` written `NOT item` when every item of it is an exclusion (items
// are separated by spaces outside double quotes); nullopt otherwise.
std::optional<std::string> rewrite_pure_negation(std::string_view query);

}  // namespace dateline
