// The terminal renderer: ranked hits with bold matches (when colour is on), then facets.
#pragma once

#include <string>
#include <string_view>

#include "results.h"
#include "search_request.h"

namespace dateline {

struct TextStyle {
  bool color = false;  // ANSI bold/dim; off when piped or NO_COLOR is set
  unsigned width = 100;
};

std::string render_text(const Results& results, const SearchRequest& request,
                        const TextStyle& style);

// One article whole (dateline-search --show): headline, date with its provenance, byline,
// dateline, places, topics, URL, id, the text paragraph by paragraph with the query's words in
// bold, and the story's other copies.
std::string render_article_text(const ArticleView& article, const TextStyle& style);

// Drops control characters (an article must not drive the terminal); tabs and newlines become
// spaces.
std::string terminal_safe(std::string_view s);

}  // namespace dateline
