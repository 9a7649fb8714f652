// The web page's parameters: a QUERY_STRING decoded, validated and turned into the search the
// page runs, then its links and its error page, all from hostile input. A link the page makes
// must read back as the same parameters (the page's own pagination and filter links).
#include "cgi_request.h"
#include "errors.h"
#include "fuzz_support.h"
#include "render_html.h"

namespace {

bool same(const dateline::CgiParams& a, const dateline::CgiParams& b) {
  return a.q == b.q && a.places == b.places && a.from == b.from && a.to == b.to &&
         a.sort == b.sort && a.page == b.page && a.per_page == b.per_page;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dateline;
  const std::string_view qs = fuzz::as_text(data, size);
  CgiParams params;
  try {
    params = parse_cgi_params(parse_query_string(qs));
  } catch (const UsageError& e) {
    // The page answers 400 with the reason, rendered around what was asked.
    (void)render_error_html(400, e.what(), page_view(params));
    return 0;
  }
  (void)to_search_request(params);
  const std::string link = page_link(params);
  fuzz::expect(link.starts_with("?"), "a page link is a query string");
  CgiParams again;
  try {
    again = parse_cgi_params(parse_query_string(std::string_view(link).substr(1)));
  } catch (const UsageError&) {
    fuzz::expect(false, "a link the page makes is a valid request");
  }
  fuzz::expect(same(params, again), "a page link reads back as the same parameters");
  return 0;
}
