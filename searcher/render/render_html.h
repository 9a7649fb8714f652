// The HTML renderer: the web page (search box, hits, facets, filters, pages), escaped
// throughout; it needs no JavaScript.
#pragma once

#include <string>
#include <string_view>

#include "page_view.h"
#include "results.h"

namespace dateline {

std::string render_html(const Results& results, const PageView& view);

// An article's own page (the page's ?id=): headline, date with its provenance, byline,
// dateline, places (each a link browsing that place), topics, the text with the words of the
// reader's query (view.state.q) marked, the source's URL, "more like this" (`more`, the --like
// search's results) and the story's other copies.
std::string render_article_html(const ArticleView& article, const Results& more,
                                const PageView& view);

// A complete page for a failure (400, 503, 500): a message for people, no details.
std::string render_error_html(int status, std::string_view message, const PageView& view);

}  // namespace dateline
