// RSS 2.0 and Atom 1.0 feeds, one article per <item> or <entry>:
//
//   <item><title>Port strike ends</title><link>https://news.example/port</link>
//     <pubDate>Fri, 01 Mar 2024 09:30:00 +0100</pubDate><dc:creator>Ana Ruiz</dc:creator>
//     <category>Labour</category><content:encoded><![CDATA[<p>ROTTERDAM — ...</p>]]>
//     </content:encoded><georss:featurename>Rotterdam</georss:featurename></item>
//
// Content is HTML (RSS description, content:encoded, Atom type="html"/"xhtml") made text by
// html_to_text. A place is read from georss:featurename; a bare georss:point or geo:lat/long
// names no place the gazetteer can look up by name, and is left out.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "log_text.h"
#include "readers/html_metadata.h"
#include "readers/html_text.h"
#include "readers/leading_dateline.h"
#include "readers/reader.h"
#include "readers/xml_tree.h"
#include "text.h"

namespace dateline::detail {

namespace {

namespace ns {
constexpr std::string_view none = "";
constexpr std::string_view atom = "http://www.w3.org/2005/Atom";
constexpr std::string_view content = "http://purl.org/rss/1.0/modules/content/";
constexpr std::string_view dc = "http://purl.org/dc/elements/1.1/";
constexpr std::string_view georss = "http://www.georss.org/georss";
}  // namespace ns

// What the feed says once for all its items.
struct FeedDefaults {
  std::string source;
  std::string language;
  std::string byline;  // Atom: the feed's author stands for entries without their own
};

std::string joined(const std::vector<std::string>& names) {
  return fmt::format("{}", fmt::join(names, ", "));
}

// The body's leading dateline ("ROTTERDAM — Dock workers ...") moves to Article::dateline.
void take_dateline(Article& a) {
  const auto first_end = a.body.find("\n\n");
  if (auto dl = split_dateline(a.body.substr(0, first_end))) {
    a.dateline = std::move(dl->first);
    a.body = dl->second + (first_end == std::string::npos ? "" : a.body.substr(first_end));
  }
}

void add_georss_places(const xmlNode* item, Article& a) {
  for (const xmlNode* n : children(item, ns::georss, "featurename"))
    add_place_name(a, clean_text_of(n), PlaceRole::tag);
}

// The id, else the link, else the item's place in its file: an item without an id keeps one
// across re-indexing as long as the feed file is not rewritten.
void set_id(Article& a, std::string id, const SourceFile& file) {
  id = std::string(trim(id));
  if (id.empty()) id = a.url;
  a.id = id.empty() ? fmt::format("{}#{}", file.id_path(), a.line) : std::move(id);
}

// Both formats end alike: an item with nothing to index is rejected alone.
void finish(Article&& a, std::string_view what, ReaderOutput& out) {
  if (a.title.empty() && a.body.empty()) {
    out.problem(
        {a.line, fmt::format("{} has neither title nor text", what), Problem::Kind::rejected});
    return;
  }
  take_dateline(a);
  warn_if_bodiless(a, out);
  out.article(std::move(a));
}

// "editor@news.example (Ana Ruiz)" -> "Ana Ruiz": RSS <author> is an address.
std::string rss_author(std::string text) {
  const auto open = text.find('(');
  const auto close = text.rfind(')');
  if (open != std::string::npos && close != std::string::npos && close > open)
    return std::string(trim(std::string_view(text).substr(open + 1, close - open - 1)));
  return text;
}

void read_rss_item(const xmlNode* item, const FeedDefaults& feed, const ElementLines& lines,
                   ReaderOutput& out) {
  Article a = new_article("feed", lines.file(), lines.line(item));
  a.source = feed.source;
  a.language = feed.language;
  a.title = clean_text_of(first_child(item, ns::none, "title"));
  a.url = clean_text_of(first_child(item, ns::none, "link"));
  const xmlNode* content = first_child(item, ns::content, "encoded");
  if (!content) content = first_child(item, ns::none, "description");
  a.body = html_to_text(text_of(content));
  std::vector<std::string> creators;
  for (const xmlNode* c : children(item, ns::dc, "creator")) add_unique(creators, clean_text_of(c));
  if (creators.empty())
    add_unique(creators, rss_author(clean_text_of(first_child(item, ns::none, "author"))));
  a.byline = joined(creators);
  for (const xmlNode* c : children(item, ns::none, "category"))
    add_unique(a.topics, clean_text_of(c));
  for (const xmlNode* c : children(item, ns::dc, "subject")) add_unique(a.topics, clean_text_of(c));
  if (const xmlNode* date = first_child(item, ns::none, "pubDate"))
    a.date = metadata_date(clean_text_of(date), lines.line(date), "pubDate", out);
  else if (const xmlNode* dc_date = first_child(item, ns::dc, "date"))
    a.date = metadata_date(clean_text_of(dc_date), lines.line(dc_date), "dc:date", out);
  add_georss_places(item, a);
  set_id(a, clean_text_of(first_child(item, ns::none, "guid")), lines.file());
  finish(std::move(a), "<item>", out);
}

// An Atom text construct: type="text" (the default) is text, "html" escaped markup, "xhtml" a
// <div> of markup.
std::string atom_text(const xmlNode* node) {
  if (node == nullptr) return {};
  const std::string type = attribute(node, "type");
  if (type == "html") return html_to_text(text_of(node));
  if (type == "xhtml") return html_to_text(inner_markup(node));
  return plain_paragraphs(text_of(node));
}

std::string atom_link(const xmlNode* entry) {
  const auto links = children(entry, ns::atom, "link");
  for (const xmlNode* l : links) {
    const std::string rel = attribute(l, "rel");
    if (rel.empty() || rel == "alternate") return std::string(trim(attribute(l, "href")));
  }
  return links.empty() ? std::string() : std::string(trim(attribute(links.front(), "href")));
}

std::string atom_authors(const xmlNode* parent) {
  std::vector<std::string> names;
  for (const xmlNode* au : children(parent, ns::atom, "author"))
    add_unique(names, clean_text_of(first_child(au, ns::atom, "name")));
  return joined(names);
}

void read_atom_entry(const xmlNode* entry, const FeedDefaults& feed, const ElementLines& lines,
                     ReaderOutput& out) {
  Article a = new_article("feed", lines.file(), lines.line(entry));
  a.source = feed.source;
  a.language = language_from_tag(xml_lang(entry));
  if (a.language.empty()) a.language = feed.language;
  a.title = squeeze_spaces(atom_text(first_child(entry, ns::atom, "title")));
  a.url = atom_link(entry);
  const xmlNode* content = first_child(entry, ns::atom, "content");
  // Content elsewhere (src=) is not fetched: the summary is what the feed holds.
  if (content && !attribute(content, "src").empty()) content = nullptr;
  a.body = atom_text(content ? content : first_child(entry, ns::atom, "summary"));
  a.byline = atom_authors(entry);
  if (a.byline.empty()) a.byline = feed.byline;
  for (const xmlNode* c : children(entry, ns::atom, "category")) {
    std::string label = squeeze_spaces(attribute(c, "label"));
    add_unique(a.topics, label.empty() ? squeeze_spaces(attribute(c, "term")) : std::move(label));
  }
  for (std::string_view field : {"published", "updated"}) {
    if (const xmlNode* date = first_child(entry, ns::atom, field)) {
      a.date = metadata_date(clean_text_of(date), lines.line(date), field, out);
      break;
    }
  }
  add_georss_places(entry, a);
  set_id(a, clean_text_of(first_child(entry, ns::atom, "id")), lines.file());
  finish(std::move(a), "<entry>", out);
}

}  // namespace

void read_feed(std::string_view content, const SourceFile& file, ReaderOutput& out) {
  const XmlDocPtr doc = read_xml(content, file, out);
  if (!doc) return;
  const ElementLines lines(content, file);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  FeedDefaults feed;
  if (is_element(root, ns::none, "rss")) {
    const xmlNode* channel = first_child(root, ns::none, "channel");
    feed.source = clean_text_of(first_child(channel, ns::none, "title"));
    feed.language = language_from_tag(clean_text_of(first_child(channel, ns::none, "language")));
    if (feed.language.empty())
      feed.language = language_from_tag(clean_text_of(first_child(channel, ns::dc, "language")));
    for (const xmlNode* item : children(channel, ns::none, "item"))
      read_rss_item(item, feed, lines, out);
  } else if (is_element(root, ns::atom, "feed")) {
    feed.source = squeeze_spaces(atom_text(first_child(root, ns::atom, "title")));
    feed.language = language_from_tag(xml_lang(root));
    feed.byline = atom_authors(root);
    for (const xmlNode* entry : children(root, ns::atom, "entry"))
      read_atom_entry(entry, feed, lines, out);
  } else {
    out.problem({lines.line(root),
                 fmt::format("root element <{}> is neither RSS <rss> nor Atom <feed>",
                             excerpt(local_name(root))),
                 Problem::Kind::rejected});
  }
}

}  // namespace dateline::detail
