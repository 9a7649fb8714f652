// Page metadata. Publishers state their article's facts in several vocabularies at once, often
// disagreeing (og:title with the site's name appended, a JSON-LD headline without it); the order
// of trust below is per field, most specific to the article first.
//
//   <meta property="og:title" content="United States to Lift Sudan Sanctions" />
//   <script type="application/ld+json">{"@type":"NewsArticle","headline":"...",
//     "datePublished":"2015-07-24T05:36:09+01:00","author":{"@type":"Person","name":"..."}}
#include "readers/html_metadata.h"

#include <libxml/uri.h>

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "readers/html_dom.h"
#include "readers/html_text.h"
#include "text.h"

namespace dateline {

namespace detail {

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

namespace {

// Word separators of titles: " | ", " - ", " – ", " — ", " » ", " · ", " :: ", " / ".
constexpr std::array<std::string_view, 8> title_separators{
    " | ", " - ", " \u2013 ", " \u2014 ", " \u00bb ", " \u00b7 ", " :: ", " / "};

std::size_t non_ascii_characters(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0xC0;  // a UTF-8 lead byte
  }));
}

// A headline has a few words; Chinese and Japanese write them without spaces.
bool looks_like_headline(std::string_view s) {
  return word_count(s) >= 3 || non_ascii_characters(s) >= 6;
}

bool equal_ci(std::string_view a, std::string_view b) {
  return a.size() == b.size() && starts_with_ci(a, b);
}

}  // namespace

std::string clean_document_title(std::string_view title, std::string_view site_name) {
  const std::string t = squeeze_spaces(title);
  const std::string site = squeeze_spaces(site_name);
  std::size_t last = std::string::npos;
  for (auto sep : title_separators) {
    if (!site.empty()) {
      if (t.size() > sep.size() + site.size() &&
          equal_ci(std::string_view(t).substr(t.size() - site.size()), site) &&
          std::string_view(t).substr(0, t.size() - site.size()).ends_with(sep))
        return std::string(
            trim(std::string_view(t).substr(0, t.size() - site.size() - sep.size())));
      if (starts_with_ci(t, site) && std::string_view(t).substr(site.size()).starts_with(sep))
        return std::string(trim(std::string_view(t).substr(site.size() + sep.size())));
    }
    const auto at = t.rfind(sep);
    if (at != std::string::npos && (last == std::string::npos || at > last)) last = at;
  }
  if (last != std::string::npos && looks_like_headline(std::string_view(t).substr(0, last)))
    return std::string(trim(std::string_view(t).substr(0, last)));
  return t;
}

std::string clean_byline(std::string_view byline) {
  std::string b = squeeze_spaces(byline);
  for (std::string_view lead : {"written by ", "by: ", "by "})
    if (starts_with_ci(b, lead)) {
      b.erase(0, lead.size());
      break;
    }
  return std::string(trim(b));
}

std::string language_from_tag(std::string_view tag) {
  const std::string t = ascii_lower(trim(tag));
  const std::string primary = t.substr(0, t.find_first_of("-_"));
  if (primary.size() != 2 ||
      !std::all_of(primary.begin(), primary.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return {};
  return primary;
}

}  // namespace detail

namespace {

using detail::attribute;
using detail::element_name;

// Entities survive in JSON-LD strings ("Don&#8217;t") and whitespace in attributes.
std::string clean_field(std::string_view s) {
  if (s.find('&') != std::string_view::npos || s.find('<') != std::string_view::npos)
    return html_to_text(s);
  return squeeze_spaces(s);
}

// <meta> values by key, keyed by property, name and itemprop alike ("og:title", "author").
// A property (RDFa, the form Open Graph and Dublin Core define) beats a name for the same key;
// otherwise the first wins.
class MetaTags {
 public:
  void add(const xmlNode* meta) {
    std::string content = attribute(meta, "content");
    if (trim(content).empty()) return;
    // property="dc:creator twitter:site_name": RDFa allows several at once.
    for (const std::string& key : split(attribute(meta, "property"))) put(key, content, true);
    for (const char* attr : {"name", "itemprop", "http-equiv"})
      if (std::string key = ascii_lower(trim(attribute(meta, attr))); !key.empty())
        put(key, content, false);
  }
  // The first of `keys` present: its value and key.
  std::pair<std::string, std::string> first(std::initializer_list<std::string_view> keys) const {
    for (auto key : keys)
      if (auto it = values_.find(std::string(key)); it != values_.end())
        return {clean_field(it->second.value), std::string(key)};
    return {};
  }

 private:
  struct Value {
    std::string value;
    bool from_property;
  };
  static std::vector<std::string> split(const std::string& s) {
    std::vector<std::string> out;
    std::string word;
    for (char c : s + ' ') {
      if (c == ' ' || c == '\t' || c == '\n') {
        if (!word.empty()) out.push_back(ascii_lower(word));
        word.clear();
      } else {
        word += c;
      }
    }
    return out;
  }
  void put(const std::string& key, const std::string& value, bool from_property) {
    auto [it, inserted] = values_.try_emplace(key, Value{value, from_property});
    if (!inserted && from_property && !it->second.from_property) it->second = {value, true};
  }
  std::map<std::string, Value> values_;
};

// schema.org's article types: every *Article, and the postings news sites use.
bool is_article_type(const nlohmann::json& type) {
  auto one = [](const nlohmann::json& t) {
    if (!t.is_string()) return false;
    const std::string s = t.get<std::string>();
    static constexpr std::array<std::string_view, 6> postings{
        "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "DiscussionForumPosting",
        "Report",      "APIReference"};
    return s.ends_with("Article") ||
           std::find(postings.begin(), postings.end(), s) != postings.end();
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), one);
  return one(type);
}

const nlohmann::json* find_article_object(const nlohmann::json& j) {
  if (j.is_array()) {
    for (const auto& item : j)
      if (const auto* found = find_article_object(item)) return found;
    return nullptr;
  }
  if (!j.is_object()) return nullptr;
  if (auto type = j.find("@type"); type != j.end() && is_article_type(*type)) return &j;
  if (auto graph = j.find("@graph"); graph != j.end()) return find_article_object(*graph);
  return nullptr;
}

std::string json_string(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return {};
  if (it->is_string()) return clean_field(it->get<std::string>());
  if (it->is_object()) return json_string(*it, "name");
  return {};
}

// "author": "Jane", {"name": "Jane"}, or a list of either.
std::string json_authors(const nlohmann::json& article) {
  auto it = article.find("author");
  if (it == article.end()) return {};
  std::vector<std::string> names;
  auto add = [&](const nlohmann::json& a) {
    std::string name = a.is_string()   ? clean_field(a.get<std::string>())
                       : a.is_object() ? json_string(a, "name")
                                       : std::string();
    if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end())
      names.push_back(std::move(name));
  };
  if (it->is_array()) {
    for (const auto& a : *it) add(a);
  } else {
    add(*it);
  }
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

struct JsonLdArticle {
  std::string headline, name, author, published, modified, publisher;
};

JsonLdArticle read_json_ld(const std::vector<std::string>& scripts) {
  for (std::string script : scripts) {
    // Some sites wrap the object in CDATA (for XHTML parsers) or leave a trailing semicolon.
    if (const auto at = script.find("<![CDATA["); at != std::string::npos) script.erase(at, 9);
    if (const auto at = script.rfind("]]>"); at != std::string::npos) script.erase(at, 3);
    const auto begin = script.find_first_of("{[");
    const auto end = script.find_last_of("}]");
    if (begin == std::string::npos || end == std::string::npos || end < begin) continue;
    const auto json = nlohmann::json::parse(script.substr(begin, end - begin + 1), nullptr, false);
    if (json.is_discarded()) continue;
    const nlohmann::json* article = find_article_object(json);
    if (!article) continue;
    return {json_string(*article, "headline"),
            json_string(*article, "name"),
            json_authors(*article),
            json_string(*article, "datePublished"),
            json_string(*article, "dateModified"),
            json_string(*article, "publisher")};
  }
  return {};
}

std::set<std::string> words_of(std::string_view s) {
  std::set<std::string> out;
  std::string word;
  for (char c : std::string(s) + ' ') {
    if (c == ' ') {
      if (!word.empty()) out.insert(ascii_lower(word));
      word.clear();
    } else {
      word += c;
    }
  }
  return out;
}

// How alike two titles are: the Dice coefficient of their words.
double similarity(std::string_view a, std::string_view b) {
  const auto wa = words_of(a), wb = words_of(b);
  if (wa.empty() || wb.empty()) return 0;
  const auto shared = static_cast<double>(
      std::count_if(wa.begin(), wa.end(), [&](const std::string& w) { return wb.count(w) > 0; }));
  return 2 * shared / static_cast<double>(wa.size() + wb.size());
}

bool is_url(std::string_view s) { return s.starts_with("http://") || s.starts_with("https://"); }

bool has_class_word(const xmlNode* node, std::string_view word) {
  const std::string classes = ascii_lower(attribute(node, "class") + " " + attribute(node, "id"));
  return classes.find(word) != std::string::npos;
}

// Everything a document holds that metadata is read from, gathered in one walk.
struct Gathered {
  MetaTags meta;
  std::vector<std::string> json_ld;
  std::string title_element, first_h1, base_href, canonical;
  std::string itemprop_author, rel_author, class_byline;
  std::string itemprop_published, article_time, pubdate_time, only_time;
  std::size_t time_elements = 0;
};

// A byline element holds a name, not a paragraph.
constexpr std::size_t max_byline_chars = 100;

std::string short_text(const xmlNode* node) {
  std::string t = squeeze_spaces(detail::raw_text(node));
  return t.size() <= max_byline_chars ? t : std::string();
}

// A class that says "author" is also on an author's other stories and bio: a byline is a few
// names ("By Jane Doe and John Roe, Reuters"), not a headline.
constexpr std::size_t max_byline_words = 10;

std::string name_like(std::string text) {
  return detail::word_count(text) <= max_byline_words ? text : std::string();
}

void gather(const xmlNode* root, Gathered& g) {
  int article_depth = 0;
  auto visit = [&](auto&& self, const xmlNode* node) -> void {
    const std::string_view name = element_name(node);
    const bool is_article = name == "article";
    if (is_article) ++article_depth;
    if (name == "meta") {
      g.meta.add(node);
    } else if (name == "script") {
      if (ascii_lower(attribute(node, "type")) == "application/ld+json")
        g.json_ld.push_back(detail::raw_text(node));
      return;
    } else if (name == "title" && g.title_element.empty()) {
      g.title_element = squeeze_spaces(detail::raw_text(node));
    } else if (name == "h1" && g.first_h1.empty()) {
      g.first_h1 = squeeze_spaces(detail::raw_text(node));
    } else if (name == "base" && g.base_href.empty()) {
      g.base_href = attribute(node, "href");
    } else if (name == "link") {
      const std::string rel = ascii_lower(attribute(node, "rel"));
      if (rel == "canonical" && g.canonical.empty()) g.canonical = trim(attribute(node, "href"));
    } else if (name == "time" && detail::has_attribute(node, "datetime")) {
      std::string when = attribute(node, "datetime");
      ++g.time_elements;
      if (g.only_time.empty()) g.only_time = when;
      if (article_depth > 0 && g.article_time.empty()) g.article_time = when;
      if (detail::has_attribute(node, "pubdate") && g.pubdate_time.empty()) g.pubdate_time = when;
    }
    const std::string itemprop = ascii_lower(attribute(node, "itemprop"));
    if (itemprop == "author" && g.itemprop_author.empty() && name != "meta") {
      // <span itemprop="author" itemscope><span itemprop="name">Jane</span></span>, or the text.
      std::string found;
      detail::for_each_element(node, [&](const xmlNode* n) {
        if (found.empty() && ascii_lower(attribute(n, "itemprop")) == "name")
          found = attribute(n, "content").empty() ? short_text(n) : attribute(n, "content");
        return found.empty();
      });
      g.itemprop_author = !found.empty() ? found : short_text(node);
    }
    if (itemprop == "datepublished" && g.itemprop_published.empty() && name != "meta") {
      g.itemprop_published = !attribute(node, "datetime").empty() ? attribute(node, "datetime")
                             : !attribute(node, "content").empty()
                                 ? attribute(node, "content")
                                 : squeeze_spaces(detail::raw_text(node));
    }
    if (g.rel_author.empty() && name == "a" && ascii_lower(attribute(node, "rel")) == "author")
      g.rel_author = short_text(node);
    if (g.class_byline.empty() && name != "body" && name != "html" && name != "meta" &&
        name != "link" && (has_class_word(node, "byline") || has_class_word(node, "author")))
      g.class_byline = name_like(short_text(node));
    for (const xmlNode* c = node->children; c; c = c->next)
      if (c->type == XML_ELEMENT_NODE) self(self, c);
    if (is_article) --article_depth;
  };
  visit(visit, root);
}

std::string canonical_url(const Gathered& g) {
  if (is_url(g.canonical)) return g.canonical;
  const std::string og_url = g.meta.first({"og:url"}).first;
  if (is_url(og_url)) return og_url;
  if (!g.canonical.empty() && is_url(g.base_href)) {
    xmlChar* built = xmlBuildURI(reinterpret_cast<const xmlChar*>(g.canonical.c_str()),
                                 reinterpret_cast<const xmlChar*>(g.base_href.c_str()));
    if (built) {
      std::string url(reinterpret_cast<const char*>(built));
      xmlFree(built);
      if (is_url(url)) return url;
    }
  }
  return {};
}

}  // namespace

PageMetadata read_page_metadata(const xmlDoc* doc) {
  PageMetadata m;
  const xmlNode* root = detail::document_root(doc);
  if (!root) return m;
  Gathered g;
  gather(root, g);
  const JsonLdArticle ld = read_json_ld(g.json_ld);
  const MetaTags& meta = g.meta;

  m.site_name = meta.first({"og:site_name"}).first;
  if (m.site_name.empty()) m.site_name = ld.publisher;

  // A JSON-LD headline is the article's own and never carries the site's name; when its name
  // and headline disagree (Wikipedia puts a description in the headline), the one nearer the
  // page's <title> is the title.
  m.title = ld.headline.empty() ? ld.name : ld.headline;
  if (!ld.headline.empty() && !ld.name.empty() && ld.headline != ld.name &&
      similarity(ld.name, g.title_element) > similarity(ld.headline, g.title_element))
    m.title = ld.name;
  if (m.title.empty())
    m.title = meta.first({"dc:title", "dc.title", "dcterms:title", "dcterms.title", "og:title",
                          "twitter:title", "title", "parsely-title"})
                  .first;
  // <title> before <h1>: on the pages measured (bench/html-extraction.sh) an h1 is as often the
  // site's logo or a section name as the headline, and <title> is the headline plus a suffix.
  if (m.title.empty()) m.title = detail::clean_document_title(g.title_element, m.site_name);
  if (m.title.empty()) m.title = g.first_h1;

  std::string byline = ld.author;
  if (byline.empty())
    byline = meta.first({"dc:creator", "dc.creator", "dcterms:creator", "dcterms.creator", "author",
                         "parsely-author", "sailthru.author", "byl", "og:article:author"})
                 .first;
  if (std::string article_author = meta.first({"article:author"}).first;
      byline.empty() && !is_url(article_author))
    byline = article_author;
  for (const std::string* from : {&g.itemprop_author, &g.rel_author, &g.class_byline})
    if (byline.empty()) byline = *from;
  m.byline = detail::clean_byline(byline);

  // JSON-LD first, as for the title: where they disagree (a Medium page of
  // bench/html-extraction.sh), article:published_time is a later edit's date.
  if (!ld.published.empty())
    std::tie(m.published, m.published_field) = std::pair{ld.published, "datePublished"};
  if (m.published.empty())
    std::tie(m.published, m.published_field) = meta.first({"article:published_time"});
  if (m.published.empty() && !g.itemprop_published.empty())
    std::tie(m.published, m.published_field) =
        std::pair{g.itemprop_published, "itemprop=datePublished"};
  if (m.published.empty())
    std::tie(m.published, m.published_field) = meta.first(
        {"datepublished", "og:published_time", "published_time", "publish-date", "publishdate",
         "pubdate", "parsely-pub-date", "sailthru.date", "dc:date", "dc.date", "dc.date.issued",
         "dcterms:issued", "dcterms.issued", "dcterms:created", "dcterms.created", "date"});
  m.article_time = !g.article_time.empty()   ? g.article_time
                   : !g.pubdate_time.empty() ? g.pubdate_time
                   : g.time_elements == 1    ? g.only_time
                                             : std::string();
  std::tie(m.modified, m.modified_field) =
      meta.first({"article:modified_time", "datemodified", "og:updated_time", "last-modified"});
  if (m.modified.empty() && !ld.modified.empty())
    std::tie(m.modified, m.modified_field) = std::pair{ld.modified, "dateModified"};

  m.language = detail::language_from_tag(attribute(root, "lang"));
  if (m.language.empty()) m.language = detail::language_from_tag(attribute(root, "xml:lang"));
  if (m.language.empty())
    m.language = detail::language_from_tag(meta.first({"content-language", "og:locale"}).first);
  m.url = canonical_url(g);
  return m;
}

}  // namespace dateline
