#include <fmt/format.h>

#include <algorithm>

#include "dates.h"
#include "html_escape.h"
#include "html_page.h"
#include "render_html.h"
#include "snippet_markup.h"

namespace dateline {

namespace {

// How the date was found, for a reader judging how far to trust it.
std::string_view provenance(DateSource source) {
  switch (source) {
    case DateSource::metadata:
      return "dated by the source";
    case DateSource::dateline:
      return "date read from the dateline";
    case DateSource::text:
      return "date read from the text: a guess";
    case DateSource::crawl:
      return "the day a crawler fetched the page: a guess";
    case DateSource::file_time:
      return "the file's time: a guess";
  }
  return "";
}

bool safe_url(std::string_view url) {
  return url.starts_with("https://") || url.starts_with("http://");
}

std::string article_href(const std::string& id, const std::string& q) {
  std::string link = "?id=" + url_encode(id);
  if (!q.empty()) link += "&q=" + url_encode(q);
  return link;
}

std::string date_html(const StoredDocument& d) {
  if (!d.date) return "date unknown";
  const std::string iso =
      format_iso8601(d.date->unix_seconds, std::min(d.date->precision, DatePrecision::day));
  return fmt::format("<time datetime=\"{}\">{}</time>", esc(iso), esc(iso));
}

// A list of other articles, each a link to its own page.
std::string related(std::string_view cls, std::string_view id, std::string_view title,
                    const std::vector<const StoredDocument*>& docs) {
  if (docs.empty()) return {};
  std::string out =
      fmt::format("<section class=\"related {}\"{}{}><h2>{}</h2><ol>", cls,
                  id.empty() ? "" : " id=\"", id.empty() ? "" : std::string(id) + "\"", esc(title));
  for (const auto* d : docs)
    out += fmt::format("<li><a href=\"{}\">{}</a> <span class=\"meta\">{}</span></li>",
                       esc(article_href(d->id, "")),
                       esc(d->title.empty() ? "(no title)" : d->title), date_html(*d));
  return out + "</ol></section>\n";
}

}  // namespace

std::string render_article_html(const ArticleView& a, const Results& more, const PageView& v) {
  const StoredDocument& d = a.doc;
  const std::string title = d.title.empty() ? std::string("(no title)") : d.title;
  std::string out = html_head(title + " — dateline");
  out += html_header(v);
  out += "<div class=\"layout\"><main id=\"main\">\n";
  if (!v.state.q.empty())
    out += fmt::format("<p><a href=\"{}\">← Back to the results</a></p>\n", esc(v.link(v.state)));
  out += "<article class=\"article\"><h1>" +
         (d.title.empty() ? std::string("(no title)") : mark_snippet(a.title, "<b>", "</b>", esc)) +
         "</h1>\n<p class=\"meta\">" + date_html(d);
  if (d.date) out += " (" + std::string(provenance(d.date->source)) + ")";
  out += "</p>\n<dl>";
  const auto row = [&out](std::string_view name, const std::string& html) {
    if (!html.empty()) out += fmt::format("<dt>{}</dt><dd>{}</dd>", name, html);
  };
  row("By", esc(d.byline));
  row("Source", esc(d.source));
  std::string dateline;
  std::string places;
  for (const auto& p : d.places) {
    if (p.role == PlaceRole::dateline && dateline.empty()) dateline = esc(p.name);
    PageState browse;
    browse.places = {p.id};
    browse.sort = "date";
    places += fmt::format("<li><a href=\"{}\">{}</a></li>", esc(v.link(browse)), esc(p.name));
  }
  row("Dateline", dateline);
  if (!places.empty()) row("Places", "<ul class=\"inline places\">" + places + "</ul>");
  std::string topics;
  for (const auto& t : d.topics) {
    PageState browse;
    browse.q = "topic:" + t;
    browse.sort = "date";
    topics += fmt::format("<li><a href=\"{}\">{}</a></li>", esc(v.link(browse)), esc(t));
  }
  if (!topics.empty()) row("Topics", "<ul class=\"inline topics\">" + topics + "</ul>");
  if (safe_url(d.url))
    row("Original",
        fmt::format("<a href=\"{}\" rel=\"nofollow noopener\">{}</a>", esc(d.url), esc(d.url)));
  row("Id", esc(d.id));
  out += "</dl>\n<div class=\"body\">";
  // Paragraphs are separated by blank lines in the stored text; the query's words in <b>.
  const std::string body = mark_snippet(a.body, "<b>", "</b>", esc);
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find("\n\n", start);
    if (end == std::string::npos) end = body.size();
    const std::string paragraph = body.substr(start, end - start);
    if (paragraph.find_first_not_of(" \n") != std::string::npos)
      out += "<p>" + paragraph + "</p>\n";
    start = end + 2;
  }
  out += "</div></article>\n</main>\n<aside id=\"facets\" aria-label=\"Related articles\">\n";
  std::vector<const StoredDocument*> like;
  for (const auto& hit : more.hits) like.push_back(&hit.doc);
  out += related("more-like-this", "", "More like this", like);
  std::vector<const StoredDocument*> copies;
  for (const auto& copy : a.copies) copies.push_back(&copy);
  out += related("copies", "copies", fmt::format("Other copies of this story ({})", copies.size()),
                 copies);
  out += "</aside></div>\n";
  return out + html_end();
}

}  // namespace dateline
