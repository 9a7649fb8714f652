// The JSON renderer: the stable interface scripts and the CGI page read (schema in README.md).
#pragma once

#include <string>

#include "results.h"
#include "search_request.h"

namespace dateline {

std::string render_json(const Results& results, const SearchRequest& request);

// One article whole (dateline-search --show --json): a hit's fields without rank and score,
// its language, body (plain) and body_html (the query's words in <b>), and its copies.
std::string render_article_json(const ArticleView& article);

}  // namespace dateline
