// The web page's request: CGI parameters (QUERY_STRING, or NAME=VALUE arguments when run from
// a shell, as Omega's CGI can be) turned into a SearchRequest. Everything in it is hostile:
// it is decoded, bounded and validated here, and nothing in it ever names a file.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "page_view.h"
#include "search_request.h"

namespace dateline {

// The page's own fields (page_view.h), and the format asked for.
struct CgiParams : PageState {
  bool json = false;
  std::string format = "html";  // html, json, atom (a feed of the search), opensearch
  std::string id;               // an article's own page (?id=)
};

// Limits: what a browser can reasonably send; anything past them is a 400, not a slow query.
// The whole query string: every parameter the page reads fits in 3 KiB even %-escaped, and
// 8 KiB is what servers allow in a request line (Apache's LimitRequestLine is 8190).
inline constexpr std::size_t max_query_string_bytes = 8192;
inline constexpr std::size_t max_query_bytes = 400;
inline constexpr std::size_t max_places = 5;
inline constexpr std::size_t max_value_bytes = 100;
inline constexpr unsigned max_page = 50;
inline constexpr unsigned max_per_page = 50;
// The most a query may cost (SearchRequest::max_cost, query_cost.h): the index's postings read
// 15 times over. On all of Reuters-21578 that is at most about 0.15 s of CPU, against 0.04 s
// for a one-word search and 0.12 s for the front page; a reader's few words with a wildcard or
// two cost under 6, a sentence pasted in quotes about 1.5 (tests/e2e/cgi_cost.sh).
inline constexpr unsigned max_query_cost = 15;

// "a=1&b=x+y" -> pairs, %XX and '+' decoded. Malformed escapes are kept literally. Throws
// UsageError past max_query_string_bytes.
std::vector<std::pair<std::string, std::string>> parse_query_string(std::string_view qs);

// NAME=VALUE command-line arguments (a shell; already decoded) -> pairs. argv[0] is skipped.
std::vector<std::pair<std::string, std::string>> parse_arguments(int argc, const char* const* argv);

// Throws UsageError (-> 400) naming the offending parameter. Unknown names are ignored.
CgiParams parse_cgi_params(const std::vector<std::pair<std::string, std::string>>& pairs);

// The request's q when it is readable text, whatever else in the request is not: a 400 page
// keeps the reader's words in its box. Empty otherwise.
std::string salvage_query(const std::vector<std::pair<std::string, std::string>>& pairs);

// The search the page runs (with facets, for the side lists). The front page (nothing asked
// yet, HTML) browses every dated article for its country and year lists, with no hits.
SearchRequest to_search_request(const CgiParams& params);

// What the HTML renderer needs of the request: its fields, these bounds, page_link.
PageView page_view(const CgiParams& params);

// The page's absolute address, for feeds and the OpenSearch description: $DATELINE_BASE_URL
// when set (an http(s) URL, else none), else the scheme, the Host header (a plain host name
// and port only) and SCRIPT_NAME. Empty when not known: the links stay relative.
std::string page_base(const char* configured, const char* https, const char* host,
                      const char* script);

// A link to this page with `params` (stable order: q, place..., from, to, sort, page, n).
std::string page_link(const PageState& params);

}  // namespace dateline
