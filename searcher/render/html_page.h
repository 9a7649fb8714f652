// What every page of the site shares: the stylesheet, the <head> (with the OpenSearch
// description and, for a search, its Atom feed), the header with the search form, and the
// footer. Landmarks (header, main, aside, nav, footer), a label for every field, visible focus.
#pragma once

#include <string>
#include <string_view>

#include "page_view.h"

namespace dateline {

// `s` escaped for HTML text and attribute values.
std::string esc(std::string_view s);

// From <!doctype> to the skip link after <body>: `title`, and `feed` (a link to this search's
// Atom feed) when not empty.
std::string html_head(std::string_view title, std::string_view feed = {});

// The banner: the site's name (a link to the front page) and the search form holding the
// reader's request.
std::string html_header(const PageView& view);

// The footer and the end of the document.
std::string html_end();

// A link to the first page of the request `change` makes of the reader's.
template <typename Change>
std::string link_with(const PageView& view, Change&& change) {
  PageState state = view.state;
  change(state);
  state.page = 1;
  return view.link(state);
}

}  // namespace dateline
