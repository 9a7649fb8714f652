// Following a search: an Atom feed of any search, newest first (a feed reader becomes the alert
// service), and the OpenSearch description that lets a browser add the page as a search engine.
#pragma once

#include <string>
#include <string_view>

#include "page_view.h"
#include "results.h"

namespace dateline {

// The Atom 1.0 feed (RFC 4287) of `results`, found for `view`'s request. `base`: the page's
// absolute address when known (configured, or from the server), which makes every link absolute;
// else links are relative to the feed's own address, as RFC 4287 allows.
std::string render_atom(const Results& results, const PageView& view, std::string_view base);

// The OpenSearch 1.1 description: its template is `base`?q={searchTerms} (a browser needs it
// absolute; relative when the address is not known).
std::string render_opensearch(std::string_view base);

}  // namespace dateline
