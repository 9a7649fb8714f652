#include "html_page.h"

#include <fmt/format.h>

#include "html_escape.h"

namespace dateline {

namespace {

// One stylesheet, inline: the CGI answers in one response, and the page must read well on a
// phone (one column) and a desktop (facets beside the hits).
constexpr std::string_view style = R"css(
:root{--ink:#1d1f21;--muted:#5f6368;--line:#e3e3e3;--accent:#0b5cad;--mark:#fff3b0}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fafafa}
header{background:#fff;border-bottom:1px solid var(--line);padding:.75rem 1rem}
.brand{font-weight:700;font-size:1.25rem;color:var(--ink);text-decoration:none;margin-right:1rem}
form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-top:.5rem}
input[type=search]{flex:1 1 16rem;min-width:0;padding:.55rem .7rem;font-size:1rem;border:1px solid #bbb;border-radius:6px}
input.date{width:7.5rem;padding:.45rem;border:1px solid #bbb;border-radius:6px}
select,button{padding:.5rem .7rem;font-size:1rem;border:1px solid #bbb;border-radius:6px;background:#fff}
button{background:var(--accent);color:#fff;border-color:var(--accent)}
.layout{display:grid;grid-template-columns:1fr;gap:1rem;max-width:72rem;margin:0 auto;padding:1rem}
@media(min-width:52rem){.layout{grid-template-columns:minmax(0,1fr) 16rem}}
.count{color:var(--muted);margin:.25rem 0 1rem}
.filters{list-style:none;padding:0;margin:0 0 1rem;display:flex;flex-wrap:wrap;gap:.5rem}
.filters li{background:#e8f0fe;border-radius:999px;padding:.15rem .75rem}
.filters a{margin-left:.4rem;text-decoration:none;color:var(--accent);font-weight:700}
.hits{list-style:none;padding:0;margin:0}
.hit{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem;margin-bottom:.75rem}
.hit h2{font-size:1.1rem;margin:0 0 .2rem;line-height:1.3}
.hit h2 a{color:var(--accent);text-decoration:none}
.meta{color:var(--muted);font-size:.9rem;margin:0 0 .35rem}
.snippet{margin:0}
.snippet b{background:var(--mark);font-weight:600}
.facets section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.6rem .9rem;margin-bottom:.75rem}
.facets h2{font-size:.95rem;margin:.1rem 0 .4rem}
.facets ul{list-style:none;padding:0;margin:0}
.facets li{display:flex;justify-content:space-between;gap:.5rem}
.facets a{color:var(--accent);text-decoration:none}
.facets .n{color:var(--muted);font-variant-numeric:tabular-nums}
.facets .estimate{color:var(--muted);font-size:.85rem;margin:0 0 .5rem}
.pages{display:flex;gap:.75rem;align-items:center;margin:1rem 0}
.pages a{color:var(--accent)}
.empty{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem}
footer{color:var(--muted);font-size:.8rem;text-align:center;padding:1rem}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.skip:focus{position:static;width:auto;height:auto;margin:0;clip:auto}
a:focus-visible,input:focus-visible,select:focus-visible,button:focus-visible{outline:3px solid #e37400;outline-offset:2px}
label.field{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted)}
.summary{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:0 0 .75rem}
.to-facets{font-weight:600;color:var(--accent)}
@media(min-width:52rem){.to-facets{display:none}}
.facets a[aria-current]{font-weight:700;color:var(--ink)}
.similar a{color:var(--accent)}
.article{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem}
.article h1{font-size:1.5rem;line-height:1.25;margin:0 0 .5rem}
.article .body p{margin:0 0 .9rem}
.article .body b{background:var(--mark)}
.article dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .75rem;margin:0 0 1rem;font-size:.95rem}
.article dt{color:var(--muted)}
.article dd{margin:0}
.inline{list-style:none;padding:0;margin:0;display:inline}
.inline li{display:inline}
.inline li+li:before{content:", "}
.related{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.6rem .9rem;margin-bottom:.75rem}
.related h2{font-size:1rem;margin:.1rem 0 .4rem}
.related ol{padding-left:1.2rem;margin:0}
)css";

}  // namespace

std::string esc(std::string_view s) { return html_escape(s); }

std::string html_head(std::string_view title, std::string_view feed) {
  std::string out = fmt::format(
      "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>{}</title><style>{}</style>"
      "<link rel=\"search\" type=\"application/opensearchdescription+xml\" title=\"dateline\" "
      "href=\"?format=opensearch\">",
      esc(title), style);
  if (!feed.empty())
    out += fmt::format(
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"This search, newest "
        "first\" href=\"{}\">",
        esc(feed));
  return out + "</head><body>\n<a class=\"skip sr-only\" href=\"#main\">Skip to the content</a>\n";
}

std::string html_header(const PageView& v) {
  const PageState& p = v.state;
  std::string out = "<header><a class=\"brand\" href=\"?\">dateline</a>";
  out += "<form method=\"get\" action=\"\" role=\"search\">";
  out += fmt::format(
      "<label class=\"sr-only\" for=\"q\">Search words</label>"
      "<input id=\"q\" type=\"search\" name=\"q\" value=\"{}\" placeholder=\"Search the archive\" "
      "maxlength=\"{}\">",
      esc(p.q), v.max_query_bytes);
  for (const auto& place : p.places)
    out += fmt::format("<input type=\"hidden\" name=\"place\" value=\"{}\">", esc(place));
  out += fmt::format(
      "<label class=\"field\" for=\"from\">From<input id=\"from\" class=\"date\" name=\"from\" "
      "value=\"{}\" placeholder=\"1987-03\"></label>"
      "<label class=\"field\" for=\"to\">To<input id=\"to\" class=\"date\" name=\"to\" "
      "value=\"{}\" placeholder=\"1987-04\"></label>",
      esc(p.from), esc(p.to));
  out += fmt::format(
      "<label class=\"field\" for=\"sort\">Order<select id=\"sort\" name=\"sort\">"
      "<option value=\"relevance\"{}>Best match</option>"
      "<option value=\"date\"{}>Newest first</option></select></label>",
      p.sort == "relevance" ? " selected" : "", p.sort == "date" ? " selected" : "");
  out += "<button type=\"submit\">Search</button></form></header>\n";
  return out;
}

std::string html_end() {
  return "<footer>Place data: GeoNames, CC BY 4.0.</footer></body></html>\n";
}

}  // namespace dateline
