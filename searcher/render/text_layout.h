// Laying text out on a terminal, for the search results and the article page alike.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "article.h"

namespace dateline {

// Code points, not bytes, so UTF-8 wraps where it looks right; ANSI escapes take no room.
std::size_t display_width(std::string_view s);

// `text`'s words in lines of at most `width` columns, each line starting with `indent`.
std::string wrap(std::string_view text, std::size_t width, std::string_view indent);

// " (from dateline)" for a date the source did not give: an estimate a reader should see at a
// glance; nothing for the source's own date.
std::string date_source_note(DateSource source);

}  // namespace dateline
