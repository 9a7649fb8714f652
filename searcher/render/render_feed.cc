#include "render_feed.h"

#include <fmt/format.h>

#include "dates.h"
#include "html_escape.h"
#include "snippet_markup.h"

namespace dateline {

namespace {

// XML escaping is HTML's for text and attributes: & < > " ' (control characters left out,
// as XML 1.0 forbids them).
std::string xml(std::string_view s) { return html_escape(s); }

std::string rfc3339(std::int64_t seconds) { return format_iso8601(seconds, DatePrecision::second); }

// A stable IRI naming an article or a search wherever the page is served from.
std::string urn(std::string_view kind, std::string_view value) {
  return fmt::format("urn:dateline:{}:{}", kind, url_encode(value));
}

}  // namespace

std::string render_atom(const Results& results, const PageView& view, std::string_view base) {
  PageState search = view.state;
  search.page = 1;
  const std::string page = std::string(base) + view.link(search);
  const std::string title =
      view.state.q.empty() ? std::string("dateline: newest articles") : "dateline: " + view.state.q;
  // The feed is as new as its newest entry (the epoch when there is none: nothing changed).
  std::int64_t updated = 0;
  for (const auto& hit : results.hits)
    if (hit.doc.date) updated = std::max(updated, hit.doc.date->unix_seconds);
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
      "<title>{}</title>\n<id>{}</id>\n<updated>{}</updated>\n"
      "<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n"
      "<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n"
      "<author><name>dateline</name></author>\n<generator>dateline</generator>\n",
      xml(title), xml(urn("search", view.link(search))), rfc3339(updated),
      xml(page + "&format=atom"), xml(page));
  for (const auto& hit : results.hits) {
    const StoredDocument& d = hit.doc;
    const std::int64_t when = d.date ? d.date->unix_seconds : 0;
    std::string article = std::string(base) + "?id=" + url_encode(d.id);
    out += fmt::format(
        "<entry>\n<title>{}</title>\n<id>{}</id>\n<updated>{}</updated>\n"
        "<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml(d.title.empty() ? "(no title)" : d.title), xml(urn("article", d.id)), rfc3339(when),
        xml(article));
    if (!d.byline.empty()) out += fmt::format("<author><name>{}</name></author>\n", xml(d.byline));
    for (const auto& p : d.places)
      out += fmt::format("<category term=\"{}\" label=\"{}\"/>\n", xml(p.id), xml(p.name));
    out += fmt::format("<summary>{}</summary>\n</entry>\n", xml(snippet_plain(hit.snippet)));
  }
  return out + "</feed>\n";
}

std::string render_opensearch(std::string_view base) {
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">\n"
      "<ShortName>dateline</ShortName>\n"
      "<Description>Search the news archive</Description>\n"
      "<InputEncoding>UTF-8</InputEncoding>\n"
      "<Url type=\"text/html\" method=\"get\" template=\"{0}?q={{searchTerms}}\"/>\n"
      "<Url type=\"application/atom+xml\" method=\"get\" "
      "template=\"{0}?q={{searchTerms}}&amp;format=atom\"/>\n"
      "<Url type=\"application/opensearchdescription+xml\" rel=\"self\" "
      "template=\"{0}?format=opensearch\"/>\n"
      "</OpenSearchDescription>\n",
      xml(base));
}

}  // namespace dateline
