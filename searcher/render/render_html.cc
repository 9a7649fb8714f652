#include "render_html.h"

#include <fmt/format.h>

#include <algorithm>

#include "count_phrase.h"
#include "dates.h"
#include "html_escape.h"
#include "snippet_markup.h"

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
.facets h3{font-size:.95rem;margin:.1rem 0 .4rem}
.facets ul{list-style:none;padding:0;margin:0}
.facets li{display:flex;justify-content:space-between;gap:.5rem}
.facets a{color:var(--accent);text-decoration:none}
.facets .n{color:var(--muted);font-variant-numeric:tabular-nums}
.facets .estimate{color:var(--muted);font-size:.85rem;margin:0 0 .5rem}
.pages{display:flex;gap:.75rem;align-items:center;margin:1rem 0}
.pages a{color:var(--accent)}
.empty{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem}
footer{color:var(--muted);font-size:.8rem;text-align:center;padding:1rem}
)css";

// Months are listed too when the matches span this few years (else the list grows too long).
constexpr std::size_t max_years_with_months = 3;

std::string esc(std::string_view s) { return html_escape(s); }

std::string head(std::string_view title) {
  return fmt::format(
      "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>{}</title><style>{}</style></head><body>\n",
      esc(title), style);
}

std::string search_form(const PageView& v) {
  const PageState& p = v.state;
  std::string out = "<header><a class=\"brand\" href=\"?\">dateline</a>";
  out += "<form method=\"get\" action=\"\" role=\"search\">";
  out += fmt::format(
      "<input type=\"search\" name=\"q\" value=\"{}\" aria-label=\"Search words\" "
      "placeholder=\"Search the archive\" maxlength=\"{}\">",
      esc(p.q), v.max_query_bytes);
  for (const auto& place : p.places)
    out += fmt::format("<input type=\"hidden\" name=\"place\" value=\"{}\">", esc(place));
  out += fmt::format(
      "<input class=\"date\" name=\"from\" value=\"{}\" placeholder=\"from 1987-03\" "
      "aria-label=\"From date\">"
      "<input class=\"date\" name=\"to\" value=\"{}\" placeholder=\"to 1987-04\" aria-label=\"To "
      "date\">",
      esc(p.from), esc(p.to));
  out += fmt::format(
      "<select name=\"sort\" aria-label=\"Order\"><option value=\"relevance\"{}>Best match</option>"
      "<option value=\"date\"{}>Newest first</option></select>",
      p.sort == "relevance" ? " selected" : "", p.sort == "date" ? " selected" : "");
  out += "<button type=\"submit\">Search</button></form></header>\n";
  return out;
}

// A link to the first page of the request `change` makes of the reader's.
std::string with(const PageView& v, auto&& change) {
  PageState p = v.state;
  change(p);
  p.page = 1;
  return v.link(p);
}

std::string active_filters(const PageView& v, const Results& r) {
  const PageState& p = v.state;
  std::string items;
  auto name_of = [&](const std::string& id) {
    if (r.facets) {
      for (const auto* list : {&r.facets->places, &r.facets->countries})
        for (const auto& f : *list)
          if (f.value == id) return f.label;
    }
    return id;
  };
  for (std::size_t i = 0; i < p.places.size(); ++i) {
    const std::string link = with(v, [i](PageState& q) {
      q.places.erase(q.places.begin() + static_cast<std::ptrdiff_t>(i));
    });
    items += fmt::format("<li>{}<a href=\"{}\" aria-label=\"Remove {}\">×</a></li>",
                         esc(name_of(p.places[i])), esc(link), esc(name_of(p.places[i])));
  }
  if (!p.from.empty() || !p.to.empty()) {
    const std::string link = with(v, [](PageState& q) { q.from.clear(), q.to.clear(); });
    const std::string range = p.from == p.to ? p.from
                                             : fmt::format("{} – {}", p.from.empty() ? "…" : p.from,
                                                           p.to.empty() ? "…" : p.to);
    items += fmt::format("<li>{}<a href=\"{}\" aria-label=\"Remove the dates\">×</a></li>",
                         esc(range), esc(link));
  }
  return items.empty() ? std::string() : "<ul class=\"filters\">" + items + "</ul>\n";
}

bool safe_url(std::string_view url) {
  return url.starts_with("https://") || url.starts_with("http://");
}

std::string hit_html(const Hit& hit) {
  const auto& d = hit.doc;
  // The headline's matches in <mark>: it is bold already.
  const std::string title = d.title.empty()
                                ? std::string("(no title)")
                                : mark_snippet(marked_title(hit), "<mark>", "</mark>", esc);
  std::string out = "<li class=\"hit\"><h2>";
  out += safe_url(d.url) ? fmt::format("<a href=\"{}\">{}</a>", esc(d.url), title) : title;
  out += "</h2><p class=\"meta\">";
  if (d.date) {
    const std::string iso =
        format_iso8601(d.date->unix_seconds, std::min(d.date->precision, DatePrecision::day));
    out += fmt::format("<time datetime=\"{}\">{}</time>", esc(iso), esc(iso));
    if (d.date->source == DateSource::file_time) out += " (file time)";
  } else {
    out += "date unknown";
  }
  std::string places;
  for (const auto& p : d.places) places += (places.empty() ? "" : ", ") + esc(p.name);
  if (!places.empty()) out += " · <span class=\"places\">" + places + "</span>";
  if (!d.source.empty()) out += " · " + esc(d.source);
  out += "</p><p class=\"snippet\">" + snippet_html(hit.snippet) + "</p></li>\n";
  return out;
}

std::string facet_section(std::string_view title, std::string_view cls,
                          const std::vector<FacetCount>& counts, bool exact, const PageView& v,
                          auto&& apply) {
  if (counts.empty()) return {};
  std::string out = fmt::format("<section class=\"{}\"><h3>{}</h3><ul>", cls, title);
  for (const auto& c : counts) {
    const std::string link = with(v, [&](PageState& q) { apply(q, c); });
    out += fmt::format("<li><a href=\"{}\">{}</a><span class=\"n\">{}{}</span></li>", esc(link),
                       esc(c.label.empty() ? c.value : c.label), exact ? "" : "~", c.count);
  }
  return out + "</ul></section>\n";
}

std::string facets_html(const Results& r, const PageView& v) {
  if (!r.facets) return {};
  const auto& f = *r.facets;
  auto add_place = [&v](PageState& q, const FacetCount& c) {
    if (std::find(q.places.begin(), q.places.end(), c.value) == q.places.end() &&
        q.places.size() < v.max_places)
      q.places.push_back(c.value);
  };
  auto set_dates = [](PageState& q, const FacetCount& c) { q.from = c.value, q.to = c.value; };
  std::string out = "<aside class=\"facets\" aria-label=\"Narrow the results\">\n";
  if (!f.exact)
    out += fmt::format(
        "<p class=\"estimate\">Counts estimated from a sample of {} matching articles.</p>\n",
        f.sampled);
  out += facet_section("Countries", "countries", f.countries, f.exact, v, add_place);
  out += facet_section("Places", "places", f.places, f.exact, v, add_place);
  out += facet_section("Years", "years", f.years, f.exact, v, set_dates);
  if (f.years.size() <= max_years_with_months)
    out += facet_section("Months", "months", f.months, f.exact, v, set_dates);
  if (!f.days.empty()) out += facet_section("Days", "days", f.days, f.exact, v, set_dates);
  return out + "</aside>\n";
}

std::string pages_html(const Results& r, const PageView& v) {
  const PageState& p = v.state;
  const std::uint64_t last =
      std::min<std::uint64_t>((r.stories + p.per_page - 1) / p.per_page, v.max_page);
  if (last <= 1) return {};
  std::string out = "<nav class=\"pages\" aria-label=\"Pages\">";
  if (p.page > 1)
    out += fmt::format("<a rel=\"prev\" href=\"{}\">← Previous</a>", esc(v.link([&] {
                         auto q = p;
                         --q.page;
                         return q;
                       }())));
  out += fmt::format("<span>Page {} of {}{}</span>", p.page, last, r.exact() ? "" : " or more");
  if (p.page < last)
    out += fmt::format("<a rel=\"next\" href=\"{}\">Next →</a>", esc(v.link([&] {
                         auto q = p;
                         ++q.page;
                         return q;
                       }())));
  return out + "</nav>\n";
}

std::string no_results_html(const PageView& v) {
  const PageState& p = v.state;
  std::string out = "<div class=\"empty\"><p><strong>No articles match";
  if (!p.q.empty()) out += " “" + esc(p.q) + "”";
  out += ".</strong></p><ul>";
  // Not "every word must match": a plain query that no article matches in full is relaxed to
  // any of its words (relax_rule.h), so here not one word matched, or the operators excluded all.
  out += "<li>Use fewer or more general words.</li>";
  if (!p.places.empty() || !p.from.empty() || !p.to.empty()) {
    const std::string link =
        with(v, [](PageState& q) { q.places.clear(), q.from.clear(), q.to.clear(); });
    out += fmt::format("<li><a href=\"{}\">Search without the place and date filters</a>.</li>",
                       esc(link));
  }
  out +=
      "<li>Check the spelling, or try another name for the place (Kiev, Kyiv).</li></ul></div>\n";
  return out;
}

}  // namespace

std::string render_html(const Results& r, const PageView& v) {
  const PageState& p = v.state;
  std::string out = head(p.q.empty() ? std::string("dateline") : p.q + " — dateline");
  out += search_form(v);
  out += "<div class=\"layout\"><main>\n";
  out += active_filters(v, r);
  if (r.partial())
    out += "<p class=\"partial\" role=\"status\">" + esc(partial_phrase(r, false)) + "</p>\n";
  if (!r.suggestion.empty()) {
    const std::string link = with(v, [&](PageState& q) { q.q = r.suggestion; });
    out += fmt::format("<p class=\"suggestion\">Did you mean <a href=\"{}\">{}</a>?</p>\n",
                       esc(link), esc(r.suggestion));
  }
  if (r.hits.empty()) {
    out += r.estimate > 0
               ? fmt::format("<p class=\"count\">{} articles; this page is past the last one.</p>",
                             r.estimate)
               : no_results_html(v);
  } else {
    out += fmt::format("<p class=\"count\"><span class=\"total\">{}</span>{} · {:.2f} s</p>\n",
                       esc(articles_phrase(r)),
                       r.relaxed ? " with some of your words (none has them all)" : "", r.seconds);
    out += fmt::format("<ol class=\"hits\" start=\"{}\">\n", r.hits.front().rank);
    for (const auto& hit : r.hits) out += hit_html(hit);
    out += "</ol>\n";
    out += pages_html(r, v);
  }
  out += "</main>\n" + facets_html(r, v) + "</div>\n";
  out += "<footer>Place data: GeoNames, CC BY 4.0.</footer></body></html>\n";
  return out;
}

std::string render_error_html(int status, std::string_view message, const PageView& view) {
  std::string out = head(fmt::format("{} — dateline", status));
  out += search_form(view);
  out += fmt::format(
      "<div class=\"layout\"><main><div "
      "class=\"empty\"><p><strong>{}</strong></p></div></main></div>",
      esc(message));
  return out + "</body></html>\n";
}

}  // namespace dateline
