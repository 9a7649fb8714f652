// The HTML renderer: the web page (search box, hits, facets, filters, pages), escaped
// throughout; it needs no JavaScript.
#pragma once

#include <string>
#include <string_view>

#include "page_view.h"
#include "results.h"

namespace dateline {

std::string render_html(const Results& results, const PageView& view);

// A complete page for a failure (400, 503, 500): a message for people, no details.
std::string render_error_html(int status, std::string_view message, const PageView& view);

}  // namespace dateline
