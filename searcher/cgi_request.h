// The web page's request: CGI parameters (QUERY_STRING, or NAME=VALUE arguments when run from
// a shell, as Omega's CGI can be) turned into a SearchRequest. Everything in it is hostile:
// it is decoded, bounded and validated here, and nothing in it ever names a file.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "search_request.h"

namespace dateline {

struct CgiParams {
  std::string q;
  std::vector<std::string> places;
  std::string from;
  std::string to;
  std::string sort = "relevance";
  unsigned page = 1;
  unsigned per_page = 10;
  bool json = false;
};

// Limits: what a browser can reasonably send; anything past them is a 400, not a slow query.
inline constexpr std::size_t max_query_bytes = 400;
inline constexpr std::size_t max_places = 5;
inline constexpr std::size_t max_value_bytes = 100;
inline constexpr unsigned max_page = 50;
inline constexpr unsigned max_per_page = 50;

// "a=1&b=x+y" -> pairs, %XX and '+' decoded. Malformed escapes are kept literally.
std::vector<std::pair<std::string, std::string>> parse_query_string(std::string_view qs);

// Throws UsageError (-> 400) naming the offending parameter. Unknown names are ignored.
CgiParams parse_cgi_params(const std::vector<std::pair<std::string, std::string>>& pairs);

// The search the page runs (with facets, for the side lists).
SearchRequest to_search_request(const CgiParams& params);

// A link to this page with `params` (stable order: q, place..., from, to, sort, page, n).
std::string page_link(const CgiParams& params);

std::string url_encode(std::string_view s);

}  // namespace dateline
