// What the web page shows besides the results: the reader's request as the page's fields hold
// it, the bounds its links keep to, and how to link to a variant of the request. The CGI fills
// it (cgi/cgi_request.h page_view); the HTML renderer knows nothing of CGI.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace dateline {

// The request as typed into the page (dates as the reader wrote them: "1987-03").
struct PageState {
  std::string q;
  std::vector<std::string> places;
  std::string from;
  std::string to;
  std::string sort = "relevance";  // or "date"
  unsigned page = 1;
  unsigned per_page = 10;
};

struct PageView {
  PageState state;
  std::size_t max_query_bytes = 0;  // the search box's maxlength
  std::size_t max_places = 0;       // a place facet adds no filter past this many
  unsigned max_page = 0;            // no page is offered past this one
  // A link ("?q=…") to the page for `state`.
  std::function<std::string(const PageState& state)> link;
};

}  // namespace dateline
