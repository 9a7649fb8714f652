#include "render_html.h"

#include <fmt/format.h>

#include <algorithm>

#include "count_phrase.h"
#include "dates.h"
#include "html_escape.h"
#include "html_page.h"
#include "snippet_markup.h"

namespace dateline {

namespace {

// Months are listed too when the matches span this few years (else the list grows too long).
constexpr std::size_t max_years_with_months = 3;

// The reader's words, for the article page to mark them (its "?id=" link carries them).
std::string article_link(const PageView& v, const std::string& id) {
  std::string link = "?id=" + url_encode(id);
  if (!v.state.q.empty()) link += "&q=" + url_encode(v.state.q);
  return link;
}

std::string place_name(const Results& r, const std::string& id) {
  if (r.facets) {
    for (const auto* list : {&r.facets->places, &r.facets->countries})
      for (const auto& f : *list)
        if (f.value == id) return f.label;
  }
  return id;
}

// The active filters, each with a link removing it, and on a phone a link to the facets
// (which a one-column layout puts after the hits): before the first hit, in the first screen.
std::string filter_summary(const PageView& v, const Results& r) {
  const PageState& p = v.state;
  std::string items;
  for (std::size_t i = 0; i < p.places.size(); ++i) {
    const std::string link = link_with(v, [i](PageState& q) {
      q.places.erase(q.places.begin() + static_cast<std::ptrdiff_t>(i));
    });
    const std::string name = place_name(r, p.places[i]);
    items += fmt::format("<li>{}<a href=\"{}\" aria-label=\"Remove {}\">×</a></li>", esc(name),
                         esc(link), esc(name));
  }
  if (!p.from.empty() || !p.to.empty()) {
    const std::string link = link_with(v, [](PageState& q) { q.from.clear(), q.to.clear(); });
    const std::string range = p.from == p.to ? p.from
                                             : fmt::format("{} – {}", p.from.empty() ? "…" : p.from,
                                                           p.to.empty() ? "…" : p.to);
    items += fmt::format("<li>{}<a href=\"{}\" aria-label=\"Remove the dates\">×</a></li>",
                         esc(range), esc(link));
  }
  std::string out = "<div class=\"summary\">";
  if (!items.empty())
    out += "<ul class=\"filters\" aria-label=\"Active filters\">" + items + "</ul>";
  if (r.facets) out += "<a class=\"to-facets\" href=\"#facets\">Narrow by place and date</a>";
  return out + "</div>\n";
}

std::string hit_html(const Hit& hit, const PageView& v) {
  const auto& d = hit.doc;
  // The headline's matches in <mark>: it is bold already.
  const std::string title = d.title.empty()
                                ? std::string("(no title)")
                                : mark_snippet(marked_title(hit), "<mark>", "</mark>", esc);
  const std::string page = article_link(v, d.id);
  std::string out = fmt::format(
      "<li class=\"hit\"><h2><a href=\"{}\">{}</a></h2><p class=\"meta\">", esc(page), title);
  if (d.date) {
    const std::string iso =
        format_iso8601(d.date->unix_seconds, std::min(d.date->precision, DatePrecision::day));
    out += fmt::format("<time datetime=\"{}\">{}</time>", esc(iso), esc(iso));
    if (d.date->source == DateSource::file_time) out += " (file time)";
    if (d.date->source == DateSource::crawl) out += " (crawl date)";
  } else {
    out += "date unknown";
  }
  std::string places;
  for (const auto& p : d.places) places += (places.empty() ? "" : ", ") + esc(p.name);
  if (!places.empty()) out += " · <span class=\"places\">" + places + "</span>";
  if (!d.source.empty()) out += " · " + esc(d.source);
  out += "</p><p class=\"snippet\">" + snippet_html(hit.snippet) + "</p>";
  if (hit.similar > 0)
    out += fmt::format(
        "<p class=\"similar\"><a href=\"{}#copies\">+{} similar: the other cop{} of this "
        "story</a></p>",
        esc(page), hit.similar, hit.similar == 1 ? "y" : "ies");
  return out + "</li>\n";
}

std::string facet_section(std::string_view title, std::string_view cls,
                          const std::vector<FacetCount>& counts, bool exact, const PageView& v,
                          auto&& apply) {
  if (counts.empty()) return {};
  std::string out = fmt::format("<section class=\"{}\"><h2>{}</h2><ul>", cls, title);
  for (const auto& c : counts) {
    bool chosen = false;
    const std::string link = link_with(v, [&](PageState& q) { chosen = apply(q, c); });
    // A chosen value is marked, and its link takes it away again.
    out += fmt::format("<li><a href=\"{}\"{}>{}{}</a><span class=\"n\">{}{}</span></li>", esc(link),
                       chosen ? " aria-current=\"true\"" : "", chosen ? "✓ " : "",
                       esc(c.label.empty() ? c.value : c.label), exact ? "" : "~", c.count);
  }
  return out + "</ul></section>\n";
}

std::string facets_html(const Results& r, const PageView& v) {
  if (!r.facets) return {};
  const auto& f = *r.facets;
  // Places OR within their list (the counts are disjunctive: facets.h), so a click adds one,
  // or takes a chosen one away.
  auto toggle_place = [&v](PageState& q, const FacetCount& c) {
    const auto it = std::find(q.places.begin(), q.places.end(), c.value);
    if (it != q.places.end()) {
      q.places.erase(it);
      return true;
    }
    if (q.places.size() < v.max_places) q.places.push_back(c.value);
    return false;
  };
  auto set_dates = [](PageState& q, const FacetCount& c) {
    const bool chosen = q.from == c.value && q.to == c.value;
    q.from = chosen ? "" : c.value;
    q.to = chosen ? "" : c.value;
    return chosen;
  };
  std::string out = "<aside class=\"facets\" id=\"facets\" aria-label=\"Narrow the results\">\n";
  if (!f.exact)
    out += fmt::format(
        "<p class=\"estimate\">Counts estimated from a sample of {} matching articles.</p>\n",
        f.sampled);
  out += facet_section("Countries", "countries", f.countries, f.exact, v, toggle_place);
  out += facet_section("Places", "places", f.places, f.exact, v, toggle_place);
  out += facet_section("Years", "years", f.years, f.exact, v, set_dates);
  if (f.years.size() <= max_years_with_months)
    out += facet_section("Months", "months", f.months, f.exact, v, set_dates);
  if (!f.days.empty()) out += facet_section("Days", "days", f.days, f.exact, v, set_dates);
  return out + "</aside>\n";
}

// The last page a reader can reach: the stories, page by page, within the page's bound.
std::uint64_t last_page(const Results& r, const PageView& v) {
  const unsigned per_page = std::max(v.state.per_page, 1U);
  return std::min<std::uint64_t>((r.stories + per_page - 1) / per_page, v.max_page);
}

std::string page_link_at(const PageView& v, std::uint64_t page) {
  PageState q = v.state;
  q.page = static_cast<unsigned>(page);
  return v.link(q);
}

std::string pages_html(const Results& r, const PageView& v) {
  const PageState& p = v.state;
  const std::uint64_t last = last_page(r, v);
  if (last <= 1) return {};
  std::string out = "<nav class=\"pages\" aria-label=\"Pages\">";
  if (p.page > 1)
    out +=
        fmt::format("<a rel=\"prev\" href=\"{}\">← Previous</a>", esc(page_link_at(v, p.page - 1)));
  out += fmt::format("<span>Page {} of {}{}</span>", p.page, last, r.exact() ? "" : " or more");
  if (p.page < last)
    out += fmt::format("<a rel=\"next\" href=\"{}\">Next →</a>", esc(page_link_at(v, p.page + 1)));
  return out + "</nav>\n";
}

// Nothing matched: each active filter can be taken away on its own (the reader may want to keep
// the others), and all of them at once.
std::string no_results_html(const PageView& v, const Results& r) {
  const PageState& p = v.state;
  std::string out = "<div class=\"empty\"><p><strong>No articles match";
  if (!p.q.empty()) out += " “" + esc(p.q) + "”";
  out += ".</strong></p><ul>";
  // Not "every word must match": a plain query that no article matches in full is relaxed to
  // any of its words (relax_rule.h), so here not one word matched, or the operators excluded all.
  if (!p.q.empty()) out += "<li>Use fewer or more general words.</li>";
  for (std::size_t i = 0; i < p.places.size(); ++i) {
    const std::string link = link_with(v, [i](PageState& q) {
      q.places.erase(q.places.begin() + static_cast<std::ptrdiff_t>(i));
    });
    out += fmt::format("<li><a href=\"{}\">Search without the place {}</a>.</li>", esc(link),
                       esc(place_name(r, p.places[i])));
  }
  if (!p.from.empty() || !p.to.empty()) {
    const std::string link = link_with(v, [](PageState& q) { q.from.clear(), q.to.clear(); });
    out += fmt::format("<li><a href=\"{}\">Search without the dates</a>.</li>", esc(link));
  }
  const std::size_t filters = p.places.size() + (p.from.empty() && p.to.empty() ? 0 : 1);
  if (filters > 1) {
    const std::string link =
        link_with(v, [](PageState& q) { q.places.clear(), q.from.clear(), q.to.clear(); });
    out += fmt::format("<li><a href=\"{}\">Search without any filter</a>.</li>", esc(link));
  }
  out +=
      "<li>Check the spelling, or try another name for the place (Kiev, Kyiv).</li></ul></div>\n";
  return out;
}

// "121 stories (131 articles)" when copies collapsed, else "131 articles"; the numbers in data
// attributes for scripts and tests.
std::string count_html(const Results& r) {
  std::string text = articles_phrase(r);
  if (r.stories < r.estimate)
    text = fmt::format("{}{} stor{} ({})", r.stories_exact ? "" : "about ", r.stories,
                       r.stories == 1 ? "y" : "ies", text);
  return fmt::format(
      "<p class=\"count\" data-articles=\"{}\" data-stories=\"{}\"><span "
      "class=\"total\">{}</span>{} · {:.2f} s</p>\n",
      r.estimate, std::min(r.stories, r.estimate), esc(text),
      r.relaxed ? " with some of your words (none has them all)" : "", r.seconds);
}

std::string heading(const PageView& v, const Results& r) {
  const PageState& p = v.state;
  if (!p.q.empty()) return "Articles matching “" + p.q + "”";
  if (!p.places.empty()) return "Articles at " + place_name(r, p.places.front());
  if (!p.from.empty() || !p.to.empty()) return "Articles by date";
  return "Newest articles";
}

}  // namespace

std::string render_html(const Results& r, const PageView& v) {
  const PageState& p = v.state;
  PageState feed = p;
  feed.page = 1;
  const std::string title = heading(v, r);
  std::string out = html_head(title + " — dateline", v.link(feed) + "&format=atom");
  out += html_header(v);
  out += "<div class=\"layout\"><main id=\"main\">\n";
  out += "<h1 class=\"sr-only\">" + esc(title) + "</h1>\n";
  out += filter_summary(v, r);
  if (r.partial())
    out += "<p class=\"partial\" role=\"status\">" + esc(partial_phrase(r, false)) + "</p>\n";
  if (!r.suggestion.empty()) {
    const std::string link = link_with(v, [&](PageState& q) { q.q = r.suggestion; });
    out += fmt::format("<p class=\"suggestion\">Did you mean <a href=\"{}\">{}</a>?</p>\n",
                       esc(link), esc(r.suggestion));
  }
  if (r.hits.empty() && r.estimate > 0) {
    const std::uint64_t last = std::max<std::uint64_t>(last_page(r, v), 1);
    out += fmt::format(
        "<div class=\"empty\"><p>{} — this page is past the last one.</p><p><a "
        "href=\"{}\">Go to the last page (page {})</a></p></div>\n",
        esc(articles_phrase(r)), esc(page_link_at(v, last)), last);
  } else if (r.hits.empty()) {
    out += no_results_html(v, r);
  } else {
    out += count_html(r);
    out += fmt::format("<ol class=\"hits\" start=\"{}\">\n", r.hits.front().rank);
    for (const auto& hit : r.hits) out += hit_html(hit, v);
    out += "</ol>\n";
    out += pages_html(r, v);
  }
  out += "</main>\n" + facets_html(r, v) + "</div>\n";
  return out + html_end();
}

std::string render_error_html(int status, std::string_view message, const PageView& view) {
  std::string out = html_head(fmt::format("{} — dateline", status));
  out += html_header(view);
  out += fmt::format(
      "<div class=\"layout\"><main id=\"main\"><h1 class=\"sr-only\">{}</h1><div "
      "class=\"empty\"><p><strong>{}</strong></p>",
      status == 400   ? "The search could not be read"
      : status == 404 ? "No such article"
                      : "The page could not be shown",
      esc(message));
  if (!view.state.q.empty()) {
    PageState plain;
    plain.q = view.state.q;
    out += fmt::format("<p><a href=\"{}\">Search for “{}” alone</a></p>", esc(view.link(plain)),
                       esc(view.state.q));
  }
  out += "</div></main></div>\n";
  return out + html_end();
}

}  // namespace dateline
